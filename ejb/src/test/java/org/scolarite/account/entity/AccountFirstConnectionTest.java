package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.BIRTH_DATE;
import static org.scolarite.account.entity.Fixtures.NEW_PASSWORD_HASH;
import static org.scolarite.account.entity.Fixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules the portal's first connection relies on (R-ACC-4, R-ACC-5, R-PORTAL-2). */
class AccountFirstConnectionTest {

    private final Fixtures f = new Fixtures();

    @Test
    @DisplayName("R-ACC-4: a pupil's account accepts only the pupil's own birth date; none is no date")
    void pupilBirthDate() {
        Account account = f.notified(AccountKind.STUDENT);
        LocalDate today = LocalDate.of(2025, 9, 12);
        assertThat(account.acceptsBirthDate(BIRTH_DATE, today)).isTrue();
        assertThat(account.acceptsBirthDate(BIRTH_DATE.plusDays(1), today)).isFalse();
        assertThat(account.acceptsBirthDate(null, today)).isFalse();
    }

    @Test
    @DisplayName("R-ACC-5: a guardian's account accepts the birth date of a child it opens today")
    void guardianBirthDate() {
        Account account = f.notified(AccountKind.GUARDIAN);
        assertThat(account.acceptsBirthDate(BIRTH_DATE, LocalDate.of(2025, 9, 12))).isTrue();
        assertThat(account.acceptsBirthDate(BIRTH_DATE.minusYears(1), LocalDate.of(2025, 9, 12))).isFalse();
        assertThat(account.acceptsBirthDate(BIRTH_DATE, LocalDate.of(2025, 8, 31)))
                .as("before the access opens, no child").isFalse();
    }

    @Test
    @DisplayName("R-ACC-4/5: a refused birth date is a history line by the holder; the account stays « Notifié »")
    void refusedBirthDateInHistory() {
        Account account = f.notified(AccountKind.GUARDIAN);
        account.refuseBirthDate(at("2025-09-12"));
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account.hasTemporaryPassword()).isTrue();
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.BIRTH_DATE_REFUSED);
            assertThat(event.getActor()).isEqualTo("marie.dupont");
            assertThat(event.getFromState()).isEqualTo(AccountState.NOTIFIED);
            assertThat(event.getToState()).isEqualTo(AccountState.NOTIFIED);
        });
    }

    @Test
    @DisplayName("R-ACC-4/5: a birth date is refused only on a first connection (account « Notifié »)")
    void refusalOnlyWhenNotified() {
        Account account = f.inUse(AccountKind.STUDENT);
        assertThatThrownBy(() -> account.refuseBirthDate(at("2025-09-20")))
                .isInstanceOf(IllegalAccountTransition.class);
    }

    @Test
    @DisplayName("R-ACC-4: a pupil « Utilisé » with an unvalidated optional e-mail may be sent a validation link")
    void pupilValidationLink() {
        Account account = f.notified(AccountKind.STUDENT);
        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, "jean@example.org", at("2025-09-12"));
        account.recordValidationSent(at("2025-09-12"), "jean.dupont");
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.VALIDATION_SENT);
            assertThat(event.getDetail()).isEqualTo("jean@example.org");
        });
        assertThatThrownBy(() -> f.notified(AccountKind.STUDENT).recordValidationSent(at("2025-09-12"), "x"))
                .as("not before activation").isInstanceOf(IllegalAccountTransition.class);
    }
}
