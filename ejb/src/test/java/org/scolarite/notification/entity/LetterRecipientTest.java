package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LetterRecipientTest {

    private static LetterRecipient.Line line(String pupil, String division, String username, String password) {
        return new LetterRecipient.Line(pupil, division, username, Optional.ofNullable(password));
    }

    @Test
    @DisplayName("R-ACC-3, R-SET-4: one new account → the new-account letter with its identifier and password")
    void oneNewAccount() {
        LetterRecipient recipient = new LetterRecipient("Madame Claire DURAND", "12 rue des Lilas\n14000 CAEN",
                List.of(line("Léa DURAND", "4A", "claire.durand", "xk7pq2mz")));
        assertThat(recipient.kind(true)).isEqualTo(LetterKind.GUARDIAN_NEW);
        assertThat(recipient.usernames()).isEqualTo("claire.durand");
        assertThat(recipient.temporaryPasswords()).isEqualTo("xk7pq2mz");
        assertThat(recipient.children()).isEqualTo("Léa DURAND (4A)");
    }

    @Test
    @DisplayName("R-ACC-8, R-ACC-7: an account in use prints no password: the continuity letter recalls the identifier")
    void accountInUseGetsTheContinuityLetter() {
        LetterRecipient guardian = new LetterRecipient("Monsieur Paul MARTIN", null,
                List.of(line("Hugo MARTIN", "2NDE1", "paul.martin", null)));
        assertThat(guardian.kind(true)).isEqualTo(LetterKind.GUARDIAN_CONTINUITY);
        LetterRecipient pupil = new LetterRecipient("Hugo MARTIN", null,
                List.of(line("Hugo MARTIN", "2NDE1", "hugo.martin", null)));
        assertThat(pupil.kind(false)).isEqualTo(LetterKind.STUDENT_CONTINUITY);
    }

    @Test
    @DisplayName("R-MASS-1: a guardian with an account per child gets one letter naming each identifier and password")
    void severalAccountsInOneLetter() {
        LetterRecipient recipient = new LetterRecipient("Madame Claire DURAND", null, List.of(
                line("Léa DURAND", "4A", "claire.durand", "xk7pq2mz"),
                line("Tom DURAND", "6B", "claire.durand2", null)));
        assertThat(recipient.kind(true)).isEqualTo(LetterKind.GUARDIAN_NEW);
        assertThat(recipient.children()).isEqualTo("Léa DURAND (4A)\nTom DURAND (6B)");
        assertThat(recipient.usernames()).isEqualTo("claire.durand – Léa DURAND\nclaire.durand2 – Tom DURAND");
        assertThat(recipient.temporaryPasswords()).isEqualTo("xk7pq2mz – Léa DURAND\n"
                + LetterRecipient.PASSWORD_ALREADY_CHOSEN + " – Tom DURAND");
    }

    @Test
    @DisplayName("R-PORTAL-8: a regrouped account opening two children is one identifier listed once")
    void regroupedAccountIsOneIdentifier() {
        LetterRecipient recipient = new LetterRecipient("Madame Claire DURAND", null, List.of(
                line("Léa DURAND", "4A", "claire.durand", "xk7pq2mz"),
                line("Tom DURAND", "6B", "claire.durand", "xk7pq2mz")));
        assertThat(recipient.usernames()).isEqualTo("claire.durand");
        assertThat(recipient.temporaryPasswords()).isEqualTo("xk7pq2mz");
    }

    @Test
    @DisplayName("Civilities are written in full, pupils without division print their name alone")
    void civilitiesAndDivisions() {
        assertThat(LetterRecipient.civilityInFull("MME")).isEqualTo("Madame");
        assertThat(LetterRecipient.civilityInFull("M.")).isEqualTo("Monsieur");
        assertThat(LetterRecipient.civilityInFull(null)).isEmpty();
        assertThat(line("Léa DURAND", null, "lea.durand", null).pupilWithDivision()).isEqualTo("Léa DURAND");
    }

    @Test
    @DisplayName("A letter notifies at least one account")
    void atLeastOneLine() {
        assertThatThrownBy(() -> new LetterRecipient("Madame Claire DURAND", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
