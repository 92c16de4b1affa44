package org.scolarite.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradesPublicationTest {

    static final ClassCouple SIXIEME_A = new ClassCouple(1, 10);
    static final ClassCouple SIXIEME_B = new ClassCouple(1, 11);
    static final ClassCouple CINQUIEME_A = new ClassCouple(2, 20);

    static final LocalDate RENTREE = LocalDate.of(2026, 9, 1);
    static final LocalDate YEAR_END = LocalDate.of(2027, 7, 4);
    static final LocalDate DECEMBER_12 = LocalDate.of(2026, 12, 12);
    static final LocalDate DECEMBER_13 = LocalDate.of(2026, 12, 13);
    static final LocalDate MARCH_20 = LocalDate.of(2027, 3, 20);

    private static final GradesPublication DEADLINES =
            GradesPublication.defaults().switchTo(PublicationMode.DEADLINES);

    private static GradesPublication add(GradesPublication publication, LocalDate date, ClassCouple... couples) {
        return publication.withDate(date, List.of(couples), RENTREE, YEAR_END);
    }

    @Test
    @DisplayName("R-NOTES-2: by default grades are published « au fil de l'eau », without any date")
    void defaults_to_continuous() {
        GradesPublication defaults = GradesPublication.defaults();

        assertThat(defaults.mode()).isEqualTo(PublicationMode.CONTINUOUS);
        assertThat(defaults.deadlines()).isEmpty();
        assertThat(defaults.datesOf(SIXIEME_A)).isEmpty();
    }

    @Test
    @DisplayName("R-NOTES-2: a date is added to each selected couple only, and each couple's dates come sorted")
    void adds_a_date_to_the_selected_couples() {
        GradesPublication publication = add(add(DEADLINES, MARCH_20, SIXIEME_A), DECEMBER_12, SIXIEME_A, SIXIEME_B);

        assertThat(publication.datesOf(SIXIEME_A)).containsExactly(DECEMBER_12, MARCH_20);
        assertThat(publication.datesOf(SIXIEME_B)).containsExactly(DECEMBER_12);
        assertThat(publication.datesOf(CINQUIEME_A)).isEmpty();
        assertThat(publication.deadlines()).containsExactly(
                new PublicationDeadline(1, 10, DECEMBER_12),
                new PublicationDeadline(1, 10, MARCH_20),
                new PublicationDeadline(1, 11, DECEMBER_12));
    }

    @Test
    @DisplayName("R-NOTES-2: adding a date a couple already has is harmless")
    void adding_an_existing_date_is_idempotent() {
        GradesPublication once = add(DEADLINES, DECEMBER_12, SIXIEME_A);

        assertThat(add(once, DECEMBER_12, SIXIEME_A)).isEqualTo(once);
        GradesPublication widened = add(once, DECEMBER_12, SIXIEME_A, SIXIEME_B);
        assertThat(widened.datesOf(SIXIEME_A)).containsExactly(DECEMBER_12);
        assertThat(widened).isEqualTo(add(DEADLINES, DECEMBER_12, SIXIEME_A, SIXIEME_B));
    }

    @Test
    @DisplayName("R-NOTES-1: dates exist only « à échéance »; « au fil de l'eau » refuses them")
    void refuses_dates_when_continuous() {
        assertThatThrownBy(() -> add(GradesPublication.defaults(), DECEMBER_12, SIXIEME_A))
                .isInstanceOf(GradesPublicationRejected.class)
                .hasMessage("Les dates d’échéance ne se définissent qu’en publication «\u00a0à échéance\u00a0».");
    }

    @Test
    @DisplayName("R-NOTES-2: adding or removing a date needs at least one selected couple and a date")
    void refuses_an_empty_selection() {
        String noCouple = "Sélectionnez au moins un couple (MEF, division).";
        assertThatThrownBy(() -> DEADLINES.withDate(DECEMBER_12, List.of(), RENTREE, YEAR_END))
                .isInstanceOf(GradesPublicationRejected.class).hasMessage(noCouple);
        assertThatThrownBy(() -> DEADLINES.withDate(DECEMBER_12, null, RENTREE, YEAR_END))
                .isInstanceOf(GradesPublicationRejected.class).hasMessage(noCouple);
        assertThatThrownBy(() -> DEADLINES.withoutDate(DECEMBER_12, Set.of()))
                .isInstanceOf(GradesPublicationRejected.class).hasMessage(noCouple);

        String noDate = "Choisissez une date d’échéance.";
        assertThatThrownBy(() -> DEADLINES.withDate(null, List.of(SIXIEME_A), RENTREE, YEAR_END))
                .isInstanceOf(GradesPublicationRejected.class).hasMessage(noDate);
        assertThatThrownBy(() -> DEADLINES.withoutDate(null, List.of(SIXIEME_A)))
                .isInstanceOf(GradesPublicationRejected.class).hasMessage(noDate);
    }

    @Test
    @DisplayName("R-NOTES-2: a date on the first or last day of the school year is accepted")
    void accepts_the_bounds_of_the_school_year() {
        GradesPublication publication = add(add(DEADLINES, RENTREE, SIXIEME_A), YEAR_END, SIXIEME_A);

        assertThat(publication.datesOf(SIXIEME_A)).containsExactly(RENTREE, YEAR_END);
    }

    @Test
    @DisplayName("R-NOTES-2: a date the day before the rentrée or the day after the end of the year is refused")
    void refuses_dates_outside_the_school_year() {
        assertThatThrownBy(() -> add(DEADLINES, RENTREE.minusDays(1), SIXIEME_A))
                .isInstanceOf(GradesPublicationRejected.class)
                .hasMessage("La date d’échéance du 31/08/2026 est hors de l’année scolaire"
                        + " (du 01/09/2026 au 04/07/2027).");
        assertThatThrownBy(() -> add(DEADLINES, YEAR_END.plusDays(1), SIXIEME_A))
                .isInstanceOf(GradesPublicationRejected.class)
                .hasMessageContaining("05/07/2027");
    }

    @Test
    @DisplayName("R-NOTES-2: a date is removed from the selected couples only, their other dates stay")
    void removes_a_date_from_some_couples_only() {
        GradesPublication publication =
                add(add(DEADLINES, DECEMBER_12, SIXIEME_A, SIXIEME_B, CINQUIEME_A), MARCH_20, SIXIEME_A);

        GradesPublication removed = publication.withoutDate(DECEMBER_12, List.of(SIXIEME_A, CINQUIEME_A));

        assertThat(removed.mode()).isEqualTo(PublicationMode.DEADLINES);
        assertThat(removed.datesOf(SIXIEME_A)).containsExactly(MARCH_20);
        assertThat(removed.datesOf(SIXIEME_B)).containsExactly(DECEMBER_12);
        assertThat(removed.datesOf(CINQUIEME_A)).isEmpty();
    }

    @Test
    @DisplayName("R-NOTES-2: removing a date a couple does not have changes nothing")
    void removing_an_absent_date_is_harmless() {
        GradesPublication publication = add(DEADLINES, DECEMBER_12, SIXIEME_A);

        assertThat(publication.withoutDate(DECEMBER_13, List.of(SIXIEME_A))).isEqualTo(publication);
        assertThat(publication.withoutDate(DECEMBER_12, List.of(SIXIEME_B))).isEqualTo(publication);
    }

    @Test
    @DisplayName("R-NOTES-2: switching from « à échéance » to « au fil de l'eau » deletes every date")
    void switching_to_continuous_deletes_the_dates() {
        GradesPublication publication = add(add(DEADLINES, DECEMBER_12, SIXIEME_A, SIXIEME_B), MARCH_20, CINQUIEME_A);

        GradesPublication continuous = publication.switchTo(PublicationMode.CONTINUOUS);

        assertThat(continuous).isEqualTo(GradesPublication.defaults());
        assertThat(continuous.switchTo(PublicationMode.DEADLINES).deadlines()).isEmpty();
    }

    @Test
    @DisplayName("R-NOTES-2: choosing the current mode again keeps the dates")
    void switching_to_the_same_mode_changes_nothing() {
        GradesPublication publication = add(DEADLINES, DECEMBER_12, SIXIEME_A);

        assertThat(publication.switchTo(PublicationMode.DEADLINES)).isEqualTo(publication);
        assertThat(GradesPublication.defaults().switchTo(PublicationMode.CONTINUOUS))
                .isEqualTo(GradesPublication.defaults());
    }

    @Test
    @DisplayName("R-NOTES-2: « à échéance » → « au fil de l'eau » asks for confirmation when dates would be deleted")
    void confirmation_when_dates_would_be_lost() {
        GradesPublication publication = add(DEADLINES, DECEMBER_12, SIXIEME_A);

        assertThat(publication.switchNeedsConfirmation(PublicationMode.CONTINUOUS)).isTrue();
        assertThat(publication.switchNeedsConfirmation(PublicationMode.DEADLINES)).isFalse();
        assertThat(DEADLINES.switchNeedsConfirmation(PublicationMode.CONTINUOUS)).isFalse();
    }

    @Test
    @DisplayName("R-NOTES-2: « au fil de l'eau » → « à échéance » needs no confirmation")
    void no_confirmation_towards_deadlines() {
        GradesPublication continuous = GradesPublication.defaults();

        assertThat(continuous.switchNeedsConfirmation(PublicationMode.DEADLINES)).isFalse();
        assertThat(continuous.switchNeedsConfirmation(PublicationMode.CONTINUOUS)).isFalse();
    }

    @Test
    @DisplayName("settings are equal by value, whatever the order in which dates were added")
    void equal_by_value() {
        GradesPublication oneWay = add(add(DEADLINES, MARCH_20, CINQUIEME_A), DECEMBER_12, SIXIEME_A);
        GradesPublication otherWay = add(add(DEADLINES, DECEMBER_12, SIXIEME_A), MARCH_20, CINQUIEME_A);
        GradesPublication built = new GradesPublication(PublicationMode.DEADLINES, List.of(
                new PublicationDeadline(2, 20, MARCH_20),
                new PublicationDeadline(1, 10, DECEMBER_12),
                new PublicationDeadline(1, 10, DECEMBER_12)));

        assertThat(oneWay).isEqualTo(otherWay).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.deadlines()).containsExactly(
                new PublicationDeadline(1, 10, DECEMBER_12), new PublicationDeadline(2, 20, MARCH_20));
        assertThat(oneWay).isNotEqualTo(add(oneWay, DECEMBER_13, SIXIEME_A));
    }

    @Test
    @DisplayName("a setting is immutable: it copies the given list and hands out lists that cannot be changed")
    void defensive_copies() {
        List<PublicationDeadline> given = new ArrayList<>(List.of(new PublicationDeadline(1, 10, DECEMBER_12)));
        GradesPublication publication = new GradesPublication(PublicationMode.DEADLINES, given);

        given.add(new PublicationDeadline(1, 10, MARCH_20));

        assertThat(publication.datesOf(SIXIEME_A)).containsExactly(DECEMBER_12);
        assertThatThrownBy(() -> publication.deadlines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> publication.datesOf(SIXIEME_A).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("R-NOTES-1: a setting « au fil de l'eau » that carries dates is corrupt and refused")
    void continuous_never_has_dates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GradesPublication(PublicationMode.CONTINUOUS,
                List.of(new PublicationDeadline(1, 10, DECEMBER_12))));
        assertThatThrownBy(() -> new GradesPublication(null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GradesPublication(PublicationMode.DEADLINES, null))
                .isInstanceOf(NullPointerException.class);
    }
}
