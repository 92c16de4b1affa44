package org.scolarite.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

class StaffUserTest {

    private final Academy normandie = withId(new Academy("NORMANDIE", "Normandie", "http://x/"), 1L);
    private final Academy other = withId(new Academy("LILLE", "Lille", "http://y/"), 2L);
    private final Establishment college = withId(new Establishment(normandie, Uai.fromDigits(140070),
            EstablishmentKind.COLLEGE, "Collège"), 10L);
    private final Establishment lycee = withId(new Establishment(normandie, Uai.fromDigits(141990),
            EstablishmentKind.LYCEE, "Lycée"), 11L);
    private final Establishment elsewhere = withId(new Establishment(other, Uai.fromDigits(590001),
            EstablishmentKind.LYCEE, "Lycée du Nord"), 12L);

    @Test
    @DisplayName("R-ROLE-1: an establishment role covers that establishment only")
    void establishment_roles_are_scoped() {
        StaffUser head = new StaffUser("principal", "hash", "Mme Principale", null);
        head.grant(StaffRole.HEAD, college);
        assertThat(head.rolesIn(college)).containsExactly(StaffRole.HEAD);
        assertThat(head.rolesIn(lycee)).isEmpty();
    }

    @Test
    @DisplayName("R-ROLE-1: a user may hold different roles in different establishments")
    void roles_per_establishment() {
        StaffUser accountant = new StaffUser("comptable", "hash", "M. Comptable", null);
        accountant.grant(StaffRole.ACCOUNTANT, college);
        accountant.grant(StaffRole.DELEGATE, lycee);
        assertThat(accountant.rolesIn(college)).containsExactly(StaffRole.ACCOUNTANT);
        assertThat(accountant.rolesIn(lycee)).containsExactly(StaffRole.DELEGATE);
        assertThat(accountant.roles()).containsExactlyInAnyOrder(StaffRole.ACCOUNTANT, StaffRole.DELEGATE);
    }

    @Test
    @DisplayName("the académie role covers every establishment of its académie and none elsewhere")
    void academy_role() {
        StaffUser rectorat = new StaffUser("rectorat", "hash", "Rectorat", null);
        rectorat.grantAcademy(normandie);
        assertThat(rectorat.rolesIn(college)).containsExactly(StaffRole.ACADEMY);
        assertThat(rectorat.rolesIn(lycee)).containsExactly(StaffRole.ACADEMY);
        assertThat(rectorat.rolesIn(elsewhere)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> rectorat.grant(StaffRole.ACADEMY, college));
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
