package org.scolarite.infosheet.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

class ChangeRequestTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 10, 0);

    private final Establishment school = new Establishment(new Academy("NORMANDIE", "Normandie",
            "https://teleservices.example/"), Uai.fromDigits(140001), EstablishmentKind.COLLEGE, "Collège");
    private final Student lea = new Student(school, "E1", "Durand", "Léa", LocalDate.of(2013, 3, 4), Sex.FEMALE);
    private final Guardian claire = new Guardian(school, "P1", "MME", "Durand", "Claire");

    private ChangeRequest request(SheetField field, String oldValue, String newValue) {
        return new ChangeRequest(1L, lea, claire, 9L, new SheetReview.Change(field, oldValue, newValue), T0);
    }

    @Test
    @DisplayName("R-FICHE-1: a request is pending and holds its field's open key until the school decides")
    void pending_then_accepted() {
        ChangeRequest request = request(SheetField.GUARDIAN_HOME_PHONE, "0231000000", "0231998877");
        assertThat(request.isPending()).isTrue();
        assertThat(request.getOpenKey()).endsWith(":GUARDIAN_HOME_PHONE").startsWith("G");
        request.accept("principal.college", T0.plusHours(1));
        assertThat(request.getStatus()).isEqualTo(ChangeStatus.ACCEPTED);
        assertThat(request.getOpenKey()).isNull();
        assertThat(request.getDecidedBy()).isEqualTo("principal.college");
    }

    @Test
    @DisplayName("R-FICHE-1: a pupil's field is keyed by the pupil (one pending change for both guardians)")
    void pupil_field_keyed_by_pupil() {
        assertThat(request(SheetField.PUPIL_EMAIL, null, "lea@example.org").getOpenKey()).startsWith("S");
    }

    @Test
    @DisplayName("R-FICHE-1: a refused request is decided once; deciding it again or changing it throws")
    void decided_once() {
        ChangeRequest request = request(SheetField.PUPIL_EMAIL, null, "lea@example.org");
        request.refuse("delegue.college", T0);
        assertThat(request.getStatus()).isEqualTo(ChangeStatus.REFUSED);
        assertThatThrownBy(() -> request.accept("principal.college", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.replace(new SheetReview.Change(SheetField.PUPIL_EMAIL, null, "x@y.fr"), 9L,
                T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("R-FICHE-1: the last change of a pending field replaces its new value, the old one stays the school's")
    void last_change_wins() {
        ChangeRequest request = request(SheetField.GUARDIAN_HOME_PHONE, "0231000000", "0231998877");
        request.replace(new SheetReview.Change(SheetField.GUARDIAN_HOME_PHONE, "0231000000", "0231555555"), 9L,
                T0.plusMinutes(5));
        assertThat(request.getNewValue()).isEqualTo("0231555555");
        assertThat(request.getOldValue()).isEqualTo("0231000000");
    }

    @Test
    @DisplayName("R-FICHE-1: accepted values are written into the school's record, field by field")
    void accepted_values_written() {
        Guardian guardian = new Guardian(school, "P2", "M.", "Martin", "Paul");
        SheetRecords.write(SheetField.GUARDIAN_POSTAL_CODE, "14000", lea, guardian);
        SheetRecords.write(SheetField.GUARDIAN_CITY, "Caen", lea, guardian);
        SheetRecords.write(SheetField.GUARDIAN_ACCEPTS_SMS, "true", lea, guardian);
        SheetRecords.write(SheetField.PUPIL_MOBILE_PHONE, "0611223344", lea, guardian);
        assertThat(guardian.getAddress().getPostalCode()).isEqualTo("14000");
        assertThat(guardian.getAddress().getCity()).isEqualTo("Caen");
        assertThat(guardian.isAcceptsSms()).isTrue();
        assertThat(SheetRecords.read(lea, guardian)).containsEntry(SheetField.PUPIL_MOBILE_PHONE, "0611223344")
                .containsEntry(SheetField.GUARDIAN_ADDRESS_SHARED, "true");
    }

    @Test
    @DisplayName("R-FICHE-1: regime and pupil address are not fields of the sheet (a request naming them is forged)")
    void read_only_fields_unknown() {
        for (String name : List.of("REGIME", "PUPIL_ADDRESS_LINE1", "PUPIL_ADDRESS", "pupil_email", "")) {
            assertThat(SheetField.named(name)).as(name).isEmpty();
        }
    }
}
