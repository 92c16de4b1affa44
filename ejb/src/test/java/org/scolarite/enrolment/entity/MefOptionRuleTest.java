package org.scolarite.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.structure.entity.Mef;

/** The option combinations of a MEF (R-INSC-1): what the family's step 2 and the lycée's simulation both apply. */
class MefOptionRuleTest {

    private MefOptionRule seconde;

    @BeforeEach
    void seconde() {
        seconde = new MefOptionRule(1L, new Mef("20010018110", "2NDE GENERALE ET TECHNOLOGIQUE",
                "2nde générale et technologique", "2001"), 0, 2);
        seconde.offer(new EnrolmentOption("ESP2", "Espagnol LVB", OptionKind.LVB));
        seconde.offer(new EnrolmentOption("ALL2", "Allemand LVB", OptionKind.LVB));
        seconde.offer(new EnrolmentOption("ITA3", "Italien LVC", OptionKind.LVC));
        seconde.offer(new EnrolmentOption("CHI3", "Chinois LVC", OptionKind.LVC));
        seconde.offer(new EnrolmentOption("LATIN", "Latin", OptionKind.OPTIONAL));
        seconde.offer(new EnrolmentOption("SECTSP", "Section sportive", OptionKind.OPTIONAL));
        seconde.offer(new EnrolmentOption("THEAT", "Théâtre", OptionKind.OPTIONAL));
        seconde.forbid("THEAT", "SECTSP");
    }

    @Test
    @DisplayName("R-INSC-1: one LVB and up to the maximum of optional teachings is accepted")
    void valid_combination() {
        assertThat(seconde.check(Set.of("ESP2"))).isEmpty();
        assertThat(seconde.check(Set.of("ESP2", "ITA3", "LATIN", "THEAT"))).isEmpty();
    }

    @Test
    @DisplayName("R-INSC-1: more optional teachings than the maximum (2) is refused, the maximum itself accepted")
    void maximum() {
        assertThat(seconde.check(Set.of("ALL2", "LATIN", "SECTSP"))).isEmpty();
        assertThat(seconde.check(Set.of("ALL2", "LATIN", "SECTSP", "THEAT")))
                .extracting(ChoiceProblem::field).contains("optional");
        assertThat(seconde.check(Set.of("ALL2", "LATIN", "SECTSP", "THEAT")).get(0).message())
                .isEqualTo("Choisissez au plus 2 enseignements optionnels.");
    }

    @Test
    @DisplayName("R-INSC-1: fewer optional teachings than the minimum is refused, the minimum itself accepted")
    void minimum() {
        seconde.limit(1, 2);
        assertThat(seconde.check(Set.of("ESP2"))).singleElement()
                .isEqualTo(new ChoiceProblem("optional", "Choisissez au moins un enseignement optionnel."));
        assertThat(seconde.check(Set.of("ESP2", "LATIN"))).isEmpty();
    }

    @Test
    @DisplayName("R-INSC-1: an incompatible pair is refused, whatever the order it is stored or chosen in")
    void incompatible_pair() {
        assertThat(seconde.check(Set.of("ESP2", "SECTSP", "THEAT"))).singleElement()
                .extracting(ChoiceProblem::message)
                .isEqualTo("« Section sportive » et « Théâtre » ne peuvent pas être choisis ensemble.");
        seconde.allow("SECTSP", "THEAT");
        assertThat(seconde.check(Set.of("ESP2", "SECTSP", "THEAT"))).isEmpty();
    }

    @Test
    @DisplayName("R-INSC-1: an option the MEF does not offer is refused")
    void not_offered() {
        assertThat(seconde.offersAll(Set.of("ESP2", "RUSSE"))).isFalse();
        assertThat(seconde.check(Set.of("ESP2", "RUSSE"))).singleElement()
                .isEqualTo(new ChoiceProblem("options", "L’option « RUSSE » n’est pas proposée pour cette formation."));
        seconde.withdraw("THEAT");
        assertThat(seconde.offersAll(Set.of("THEAT"))).isFalse();
        assertThat(seconde.getIncompatibilities()).isEmpty();
    }

    @Test
    @DisplayName("R-INSC-1: exactly one LVB when the MEF offers any; at most one LVC")
    void languages() {
        assertThat(seconde.check(Set.of())).extracting(ChoiceProblem::field).containsExactly("lvb");
        assertThat(seconde.check(Set.of("ESP2", "ALL2"))).extracting(ChoiceProblem::field).containsExactly("lvb");
        assertThat(seconde.check(Set.of("ESP2", "ITA3", "CHI3"))).extracting(ChoiceProblem::field)
                .containsExactly("lvc");
    }

    @Test
    @DisplayName("R-INSC-1: the lycée's settings are checked: limits 0 ≤ min ≤ max ≤ 6, unique codes, known pairs")
    void settings() {
        assertThatThrownBy(() -> seconde.limit(3, 2)).isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> seconde.limit(-1, 2)).isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> seconde.limit(0, MefOptionRule.MAX_OPTIONAL + 1))
                .isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> seconde.offer(new EnrolmentOption("LATIN", "Latin bis", OptionKind.OPTIONAL)))
                .isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> new EnrolmentOption("latin ancien", "Latin", OptionKind.OPTIONAL))
                .isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> seconde.forbid("LATIN", "GREC")).isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> seconde.forbid("SECTSP", "THEAT")).isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> seconde.forbid("LATIN", "LATIN")).isInstanceOf(EnrolmentRejected.class);
    }
}
