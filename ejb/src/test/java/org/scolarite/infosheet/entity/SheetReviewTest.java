package org.scolarite.infosheet.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SheetReviewTest {

    private static final long MOTHER = 1;
    private static final long FATHER = 2;

    private static Map<SheetField, String> school() {
        Map<SheetField, String> values = new EnumMap<>(SheetField.class);
        values.put(SheetField.PUPIL_LAST_NAME, "Durand");
        values.put(SheetField.PUPIL_FIRST_NAME, "Léa");
        values.put(SheetField.PUPIL_MOBILE_PHONE, "0611223344");
        values.put(SheetField.GUARDIAN_HOME_PHONE, "0231000000");
        values.put(SheetField.GUARDIAN_POSTAL_CODE, "14000");
        values.put(SheetField.GUARDIAN_EMAIL, "claire@example.org");
        return values;
    }

    @Test
    @DisplayName("R-FICHE-1: a value equal to the school's (once normalized) is no request")
    void unchanged_is_no_request() {
        SheetReview review = new SheetReview(MOTHER, school(), List.of());
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.PUPIL_MOBILE_PHONE, " 06 11.22-33 44 ",
                SheetField.GUARDIAN_EMAIL, "Claire@Example.org", SheetField.PUPIL_LAST_NAME, "Durand"));
        assertThat(outcome.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("R-FICHE-1: a changed phone is one request with the old and the new value")
    void changed_field_is_a_request() {
        SheetReview review = new SheetReview(MOTHER, school(), List.of());
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.GUARDIAN_HOME_PHONE, "02 31 99 88 77",
                SheetField.PUPIL_FIRST_NAME, "Léa"));
        assertThat(outcome.changes()).containsExactly(
                new SheetReview.Change(SheetField.GUARDIAN_HOME_PHONE, "0231000000", "0231998877"));
        assertThat(outcome.errors()).isEmpty();
    }

    @Test
    @DisplayName("R-FICHE-1: while the father's change of the pupil is pending, the mother cannot change the pupil")
    void pending_pupil_change_blocks_the_other_guardian() {
        SheetReview review = new SheetReview(MOTHER, school(),
                List.of(new SheetReview.Pending(SheetField.PUPIL_MOBILE_PHONE, FATHER, "0799887766")));
        assertThat(review.pupilLocked()).isTrue();
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.PUPIL_LAST_NAME, "Durand-Morel"));
        assertThat(outcome.blocked()).isTrue();
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    @DisplayName("R-FICHE-1: the other guardian's pending pupil change does not block his own fields")
    void pending_pupil_change_leaves_guardian_fields_open() {
        SheetReview review = new SheetReview(MOTHER, school(),
                List.of(new SheetReview.Pending(SheetField.PUPIL_MOBILE_PHONE, FATHER, "0799887766")));
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.GUARDIAN_HOME_PHONE, "0231998877"));
        assertThat(outcome.blocked()).isFalse();
        assertThat(outcome.changes()).hasSize(1);
    }

    @Test
    @DisplayName("R-FICHE-1: his own pending change of the pupil does not block the guardian who asked it")
    void own_pending_change_does_not_block() {
        SheetReview review = new SheetReview(MOTHER, school(),
                List.of(new SheetReview.Pending(SheetField.PUPIL_MOBILE_PHONE, MOTHER, "0799887766")));
        assertThat(review.pupilLocked()).isFalse();
        assertThat(review.shown(SheetField.PUPIL_MOBILE_PHONE)).isEqualTo("0799887766");
    }

    @Test
    @DisplayName("R-FICHE-1: a second change of a pending field is a change of the new value (the last one wins)")
    void last_change_wins() {
        SheetReview review = new SheetReview(MOTHER, school(),
                List.of(new SheetReview.Pending(SheetField.GUARDIAN_HOME_PHONE, MOTHER, "0231998877")));
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.GUARDIAN_HOME_PHONE, "0231555555"));
        assertThat(outcome.changes()).containsExactly(
                new SheetReview.Change(SheetField.GUARDIAN_HOME_PHONE, "0231000000", "0231555555"));
    }

    @Test
    @DisplayName("R-FICHE-1: the same submission again (double click, back button) records nothing more")
    void replay_records_nothing() {
        SheetReview review = new SheetReview(MOTHER, school(),
                List.of(new SheetReview.Pending(SheetField.GUARDIAN_HOME_PHONE, MOTHER, "0231998877")));
        assertThat(review.review(Map.of(SheetField.GUARDIAN_HOME_PHONE, "02 31 99 88 77")).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("R-FICHE-1: typing back the school's value withdraws the guardian's pending change")
    void back_to_school_value_withdraws() {
        SheetReview review = new SheetReview(MOTHER, school(),
                List.of(new SheetReview.Pending(SheetField.GUARDIAN_HOME_PHONE, MOTHER, "0231998877")));
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.GUARDIAN_HOME_PHONE, "0231000000"));
        assertThat(outcome.withdrawn()).containsExactly(SheetField.GUARDIAN_HOME_PHONE);
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    @DisplayName("R-FICHE-1: one invalid value records nothing and names the field with its message key")
    void errors_record_nothing() {
        SheetReview review = new SheetReview(MOTHER, school(), List.of());
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.GUARDIAN_HOME_PHONE, "0231998877",
                SheetField.GUARDIAN_POSTAL_CODE, "1400", SheetField.GUARDIAN_EMAIL, "claire@",
                SheetField.PUPIL_MOBILE_PHONE, "12345"));
        assertThat(outcome.errors()).containsOnly(Map.entry(SheetField.GUARDIAN_POSTAL_CODE, "error.postalCode"),
                Map.entry(SheetField.GUARDIAN_EMAIL, "error.email"),
                Map.entry(SheetField.PUPIL_MOBILE_PHONE, "error.phone"));
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    @DisplayName("R-FICHE-1: a mandatory field the school left empty, left empty, is neither an error nor a request")
    void school_blank_left_blank() {
        SheetReview review = new SheetReview(MOTHER, school(), List.of());
        SheetReview.Outcome outcome = review.review(Map.of(SheetField.GUARDIAN_ADDRESS_LINE1, "",
                SheetField.GUARDIAN_CITY, " "));
        assertThat(outcome.isEmpty()).isTrue();
        assertThat(review.review(Map.of(SheetField.GUARDIAN_POSTAL_CODE, "")).errors())
                .containsEntry(SheetField.GUARDIAN_POSTAL_CODE, "error.required");
    }
}
