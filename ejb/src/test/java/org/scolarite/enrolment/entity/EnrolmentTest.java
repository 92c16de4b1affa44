package org.scolarite.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Mef;
import org.scolarite.structure.entity.Uai;

/** The family's steps (R-INSC-1): each transition says whether it changed anything, so that a replay does nothing. */
class EnrolmentTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 6, 1, 10, 0);
    private static final AdministrativeData DATA = AdministrativeData.of("02 31 45 67 89", null,
            "claire.durand@example.org", true, null);

    private final Mef mef = new Mef("20010018110", "2NDE GENERALE ET TECHNOLOGIQUE", null, null);
    private final MefOptionRule rule = rule();

    @Test
    @DisplayName("R-INSC-1: declining twice changes the decision once (one e-mail to the collège)")
    void decline_once() {
        Enrolment enrolment = Enrolment.enrol(assignment(), "claire.durand", NOW);
        assertThat(enrolment.decline("claire.durand", NOW)).isTrue();
        assertThat(enrolment.decline("claire.durand", NOW.plusSeconds(1))).isFalse();
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.DECLINED);
        assertThatThrownBy(() -> enrolment.choose(Set.of("ESP2"), rule, "claire.durand", NOW))
                .isInstanceOf(EnrolmentRejected.class);
        assertThat(enrolment.enrol("claire.durand", NOW)).isTrue();
        assertThat(enrolment.enrol("claire.durand", NOW)).isFalse();
    }

    @Test
    @DisplayName("R-INSC-1: confirmation needs valid wishes and the administrative data; a replay confirms nothing")
    void confirm() {
        Enrolment enrolment = Enrolment.enrol(assignment(), "claire.durand", NOW);
        assertThatThrownBy(() -> enrolment.confirm(rule, "claire.durand", NOW)).isInstanceOf(ChoicesRejected.class);
        enrolment.choose(Set.of("ESP2", "LATIN"), rule, "claire.durand", NOW);
        assertThatThrownBy(() -> enrolment.confirm(rule, "claire.durand", NOW)).isInstanceOf(EnrolmentRejected.class)
                .hasMessageContaining("étape 3");
        enrolment.record(DATA, "claire.durand", NOW);
        assertThat(enrolment.confirm(rule, "claire.durand", NOW)).isTrue();
        assertThat(enrolment.confirm(rule, "claire.durand", NOW)).isFalse();
        assertThat(enrolment.getConfirmedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("R-INSC-1: changing a wish after the confirmation reopens the enrolment; the same wishes do not")
    void change_reopens() {
        Enrolment enrolment = Enrolment.enrol(assignment(), "claire.durand", NOW);
        enrolment.choose(Set.of("ESP2"), rule, "claire.durand", NOW);
        enrolment.record(DATA, "claire.durand", NOW);
        enrolment.confirm(rule, "claire.durand", NOW);
        enrolment.choose(Set.of("ESP2"), rule, "claire.durand", NOW);
        enrolment.record(DATA, "claire.durand", NOW);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        enrolment.choose(Set.of("ESP2", "LATIN"), rule, "claire.durand", NOW);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.STARTED);
        assertThat(enrolment.getConfirmedAt()).isNull();
    }

    @Test
    @DisplayName("R-INSC-1: wishes that break the MEF's rules are refused with every reason")
    void choices_rejected() {
        Enrolment enrolment = Enrolment.enrol(assignment(), "claire.durand", NOW);
        assertThatThrownBy(() -> enrolment.choose(Set.of("LATIN", "THEAT", "SECTSP"), rule, "claire.durand", NOW))
                .isInstanceOfSatisfying(ChoicesRejected.class, e -> assertThat(e.problems())
                        .extracting(ChoiceProblem::field).containsExactly("lvb", "optional"));
        assertThat(enrolment.getChoices()).isEmpty();
    }

    @Test
    @DisplayName("R-INSC-1: administrative data: a phone at least, a valid e-mail, the address confirmed or corrected")
    void administrative_data() {
        assertThat(AdministrativeData.of(" ", "06.12.34.56.78", " a.b@example.fr ", false, " 3 rue Neuve, Caen "))
                .isEqualTo(new AdministrativeData(null, "06.12.34.56.78", "a.b@example.fr", false,
                        "3 rue Neuve, Caen"));
        assertThat(AdministrativeData.of("+33 2 31 45 67 89", null, "a@b.fr", true, "ignored").addressNote())
                .isNull();
        assertThatThrownBy(() -> AdministrativeData.of(null, null, "a@b.fr", true, null))
                .extracting(e -> ((EnrolmentRejected) e).field()).isEqualTo("mobilePhone");
        assertThatThrownBy(() -> AdministrativeData.of("12", null, "a@b.fr", true, null))
                .extracting(e -> ((EnrolmentRejected) e).field()).isEqualTo("homePhone");
        assertThatThrownBy(() -> AdministrativeData.of("0231456789", null, "pas une adresse", true, null))
                .extracting(e -> ((EnrolmentRejected) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> AdministrativeData.of("0231456789", null, "a@b.fr", false, null))
                .extracting(e -> ((EnrolmentRejected) e).field()).isEqualTo("addressNote");
    }

    private Assignment assignment() {
        Academy academy = new Academy("NOR", "Normandie", "https://teleservices.example");
        Establishment college = new Establishment(academy, Uai.fromDigits(140070), EstablishmentKind.COLLEGE,
                "Collège Jean Moulin");
        Establishment lycee = new Establishment(academy, Uai.fromDigits(141990), EstablishmentKind.LYCEE,
                "Lycée Marie Curie");
        Student pupil = new Student(college, "1001", "DURAND", "Léa", LocalDate.of(2012, 3, 4), Sex.FEMALE);
        return new Assignment(1L, "A1", pupil, lycee, mef);
    }

    private MefOptionRule rule() {
        MefOptionRule seconde = new MefOptionRule(2L, mef, 0, 1);
        seconde.offer(new EnrolmentOption("ESP2", "Espagnol LVB", OptionKind.LVB));
        seconde.offer(new EnrolmentOption("LATIN", "Latin", OptionKind.OPTIONAL));
        seconde.offer(new EnrolmentOption("THEAT", "Théâtre", OptionKind.OPTIONAL));
        seconde.offer(new EnrolmentOption("SECTSP", "Section sportive", OptionKind.OPTIONAL));
        return seconde;
    }
}
