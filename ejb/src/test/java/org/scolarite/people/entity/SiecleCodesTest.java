package org.scolarite.people.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

class SiecleCodesTest {

    @ParameterizedTest
    @CsvSource({"0,EXTERNAL", "1,SUPERVISED_EXTERNAL", "2,HALF_BOARD", "21,HALF_BOARD", "29,HALF_BOARD",
            "3,BOARDER", "31,BOARDER", "34,BOARDER"})
    @DisplayName("CODE_REGIME groups as SIECLE-FORMATS describes")
    void regime_codes(String code, Regime expected) {
        assertThat(Regime.fromSiecleCode(code)).isEqualTo(expected);
    }

    @Test
    @DisplayName("unknown regime and sex codes are refused")
    void unknown_codes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Regime.fromSiecleCode("35"));
        assertThatIllegalArgumentException().isThrownBy(() -> Sex.fromSiecleCode("3"));
        assertThat(Sex.fromSiecleCode("2")).isEqualTo(Sex.FEMALE);
    }

    @Test
    @DisplayName("INE has 11 characters")
    void ine_shape() {
        assertThat(Ine.of("0123456789a").value()).isEqualTo("0123456789A");
        assertThatIllegalArgumentException().isThrownBy(() -> Ine.of("012345678"));
    }

    @Test
    @DisplayName("R-ACC-1: only légal 1 and légal 2 who have not refused access are entitled to an account")
    void entitlement() {
        Establishment school = new Establishment(new Academy("A", "A", "http://x/"), Uai.fromDigits(140070),
                EstablishmentKind.COLLEGE, "Collège");
        Student pupil = new Student(school, "1", "Durand", "Léa", LocalDate.of(2014, 3, 2), Sex.FEMALE);
        Guardian mother = new Guardian(school, "10", "MME", "Durand", "Claire");
        assertThat(new GuardianLink(pupil, mother, LegalRank.FIRST, "10").entitlesToAccount()).isTrue();
        assertThat(new GuardianLink(pupil, mother, LegalRank.SECOND, "10").entitlesToAccount()).isTrue();
        assertThat(new GuardianLink(pupil, mother, LegalRank.OTHER, "38").entitlesToAccount()).isFalse();
        GuardianLink refused = new GuardianLink(pupil, mother, LegalRank.FIRST, "10");
        refused.refuseAccess();
        assertThat(refused.entitlesToAccount()).isFalse();
    }

    @Test
    @DisplayName("a pupil with a departure date has left after that day (SIECLE keeps him in the export)")
    void departure() {
        Establishment school = new Establishment(new Academy("A", "A", "http://x/"), Uai.fromDigits(140070),
                EstablishmentKind.COLLEGE, "Collège");
        Student pupil = new Student(school, "1", "Durand", "Léa", LocalDate.of(2014, 3, 2), Sex.FEMALE);
        assertThat(pupil.isEnrolledOn(LocalDate.of(2026, 11, 22))).isTrue();
        pupil.leave(LocalDate.of(2026, 11, 20));
        assertThat(pupil.isEnrolledOn(LocalDate.of(2026, 11, 20))).isTrue();
        assertThat(pupil.isEnrolledOn(LocalDate.of(2026, 11, 21))).isFalse();
    }
}
