package org.scolarite.reportbook.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.reportbook.entity.LslBook.Tile;

class LslBookTest {

    private static final int CURRENT = 2026;

    private static Discipline discipline(DisciplineGroup group, String label) {
        return new Discipline(group, label, "Mme Hamel", new BigDecimal("14.50"), new BigDecimal("11.80"),
                "Bon travail.", List.of(new Discipline.Competence("Argumenter", MasteryLevel.SATISFACTORY)));
    }

    private static LslYear year(int start, LslLevel level, String engagement, Discipline... disciplines) {
        return new LslYear(start, level, engagement, List.of(disciplines));
    }

    private static ExamEntry exam(int year) {
        return new ExamEntry(year, ExamOpinion.FAVOURABLE, "Parcours sérieux.", "Baccalauréat général", 30, 50, 20);
    }

    @Test
    @DisplayName("R-LSL-1: an empty book shows no tile at all")
    void emptyBook() {
        LslBook book = new LslBook(CURRENT, List.of(), null, List.of());
        assertThat(book.tiles()).isEmpty();
        assertThat(book.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("R-LSL-1: a tile only where data exists — years without disciplines make no « Enseignements », "
            + "years without the CPE's observation no « Engagements »")
    void tilesOnlyWhereDataExists() {
        LslBook onlySchooling = new LslBook(CURRENT, List.of(year(CURRENT, LslLevel.PREMIERE, null)), null,
                List.of(new SchoolingYear(2021, "6e", "Collège Jean Moulin", "Caen")));
        assertThat(onlySchooling.tiles()).containsExactly(Tile.SCHOOLING);

        LslBook full = new LslBook(CURRENT, List.of(year(CURRENT, LslLevel.TERMINALE, "Délégué de classe.",
                discipline(DisciplineGroup.COMMON, "Français"))), exam(CURRENT),
                List.of(new SchoolingYear(2021, "6e", "Collège Jean Moulin", "Caen")));
        assertThat(full.tiles()).containsExactly(Tile.TEACHING, Tile.ENGAGEMENT, Tile.EXAM, Tile.SCHOOLING);
    }

    @Test
    @DisplayName("R-LSL-1: « Avis examen » only once entered for the current school year, not a former year's")
    void examOfTheCurrentYearOnly() {
        LslBook former = new LslBook(CURRENT, List.of(), exam(CURRENT - 1), List.of());
        assertThat(former.shows(Tile.EXAM)).isFalse();
        assertThat(former.shownExam()).isEmpty();
        LslBook current = new LslBook(CURRENT, List.of(), exam(CURRENT), List.of());
        assertThat(current.shows(Tile.EXAM)).isTrue();
        assertThat(current.shownExam().orElseThrow().headcount()).isEqualTo(100);
        assertThat(current.shownExam().orElseThrow().percent(ExamOpinion.FAVOURABLE)).isEqualTo(50);
    }

    @Test
    @DisplayName("R-LSL-1: « Enseignements » per school year from Première in year order, disciplines grouped as in "
            + "the paper book (communs, spécialité, optionnels), empty groups left out")
    void yearsAndGroups() {
        LslYear terminale = year(CURRENT, LslLevel.TERMINALE, null, discipline(DisciplineGroup.SPECIALITY, "SES"),
                discipline(DisciplineGroup.COMMON, "Français"), discipline(DisciplineGroup.COMMON, "Anglais"));
        LslYear premiere = year(CURRENT - 1, LslLevel.PREMIERE, null, discipline(DisciplineGroup.OPTIONAL, "Latin"));
        LslBook book = new LslBook(CURRENT, List.of(terminale, premiere), null, List.of());

        assertThat(book.teachingYears()).extracting(LslYear::title)
                .containsExactly("Première — 2025-2026", "Terminale — 2026-2027");
        assertThat(terminale.groups()).extracting(LslYear.Group::group)
                .containsExactly(DisciplineGroup.COMMON, DisciplineGroup.SPECIALITY);
        assertThat(terminale.groups().get(0).disciplines()).extracting(Discipline::subjectLabel)
                .containsExactly("Français", "Anglais");
    }

    @Test
    @DisplayName("R-LSL-1: the opinion's distribution of an empty series is 0 %, not a division by zero")
    void emptySeries() {
        ExamEntry none = new ExamEntry(CURRENT, ExamOpinion.VERY_FAVOURABLE, null, null, 0, 0, 0);
        assertThat(none.percent(ExamOpinion.VERY_FAVOURABLE)).isZero();
    }
}
