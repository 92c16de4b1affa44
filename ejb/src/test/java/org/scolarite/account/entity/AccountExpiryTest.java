package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.scolarite.account.entity.Fixtures.ADMIN;
import static org.scolarite.account.entity.Fixtures.BATCH;
import static org.scolarite.account.entity.Fixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountExpiryTest {

    private final Fixtures f = new Fixtures();

    @ParameterizedTest
    @EnumSource(AccountKind.class)
    @DisplayName("R-ACC-6: a notified account expires exactly 3 months after notification, not the day before")
    void notifiedExpiresAfterThreeMonths(AccountKind kind) {
        Account account = f.notified(kind);

        assertThat(account.expiryDate()).contains(LocalDate.parse("2025-12-02"));
        assertThat(account.expireIfDue(at("2025-12-01"), BATCH)).isFalse();
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);

        assertThat(account.expireIfDue(at("2025-12-02"), BATCH)).isTrue();
        assertThat(account.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(account.hasTemporaryPassword()).isFalse();
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.EXPIRED);
            assertThat(event.getActor()).isEqualTo(BATCH);
            assertThat(event.getFromState()).isEqualTo(AccountState.NOTIFIED);
            assertThat(event.getToState()).isEqualTo(AccountState.CLOSED);
            assertThat(event.getDetail()).isEqualTo("Non activé dans les 3 mois suivant la notification du 02/09/2025");
        });
    }

    @Test
    @DisplayName("R-ACC-6: an account « En cours d'activation » expires 3 months after notification, not the day before")
    void activatingExpiresAfterThreeMonths() {
        Account account = f.activating();

        assertThat(account.expireIfDue(at("2025-12-01"), BATCH)).isFalse();
        assertThat(account.expireIfDue(at("2025-12-02"), BATCH)).isTrue();
        assertThat(account.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(account.getPasswordHash()).isNull();
    }

    @Test
    @DisplayName("R-ACC-6: three months after 30 November is 28 February (end of month), not 2 March")
    void monthEndClamps() {
        Account account = f.studentAccount();
        account.notifyBy(NotificationMode.LETTER, at("2025-11-30"), ADMIN, f.newTemporaryPassword);

        assertThat(account.expireIfDue(at("2026-02-27"), BATCH)).isFalse();
        assertThat(account.expireIfDue(at("2026-02-28"), BATCH)).isTrue();
    }

    @Test
    @DisplayName("R-ACC-6, R-ACC-8: re-notifying an account not activated restarts its 3 months")
    void renotificationRestartsTheDelay() {
        Account account = f.notified(AccountKind.GUARDIAN);
        account.notifyBy(NotificationMode.EMAIL, at("2025-11-15"), ADMIN, f.newTemporaryPassword);

        assertThat(account.expireIfDue(at("2025-12-02"), BATCH)).isFalse();
        assertThat(account.expireIfDue(at("2026-02-14"), BATCH)).isFalse();
        assertThat(account.expireIfDue(at("2026-02-15"), BATCH)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AccountKind.class)
    @DisplayName("R-ACC-6: a used account never signed in to expires 1 year after activation, not the day before")
    void unusedSinceActivationExpiresAfterOneYear(AccountKind kind) {
        Account account = f.inUse(kind);

        assertThat(account.expiryDate()).contains(LocalDate.parse("2026-09-12"));
        assertThat(account.expireIfDue(at("2026-09-11"), BATCH)).isFalse();
        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);

        assertThat(account.expireIfDue(at("2026-09-12"), BATCH)).isTrue();
        assertThat(account.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.getHistory()).last().extracting(AccountEvent::getDetail)
                .isEqualTo("Inutilisé depuis le 12/09/2025");
    }

    @Test
    @DisplayName("R-ACC-6: a used account expires 1 year after its last access, not the day before")
    void unusedSinceLastAccessExpiresAfterOneYear() {
        Account account = f.inUse(AccountKind.GUARDIAN);
        account.recordLogin(LocalDate.parse("2026-03-05").atTime(23, 50));

        assertThat(account.expireIfDue(at("2026-09-12"), BATCH)).isFalse();
        assertThat(account.expireIfDue(at("2027-03-04"), BATCH)).isFalse();
        assertThat(account.expireIfDue(at("2027-03-05"), BATCH)).isTrue();
    }

    @Test
    @DisplayName("R-ACC-6: a sign-in with the temporary password before activation does not shorten the year")
    void activationCountsWhenLaterThanLastAccess() {
        Account account = f.notified(AccountKind.STUDENT);
        account.recordLogin(at("2025-09-05"));
        account.activateAsStudent(Fixtures.BIRTH_DATE, Fixtures.NEW_PASSWORD_HASH, null, at("2025-09-12"));

        assertThat(account.expiryDate()).contains(LocalDate.parse("2026-09-12"));
    }

    @Test
    @DisplayName("R-ACC-6: an account never notified never expires")
    void notNotifiedNeverExpires() {
        Account account = f.studentAccount();

        assertThat(account.expiryDate()).isEmpty();
        assertThat(account.expireIfDue(at("2035-09-01"), BATCH)).isFalse();
        assertThat(account.getState()).isEqualTo(AccountState.NOT_NOTIFIED);
    }

    @Test
    @DisplayName("R-ACC-6: a deleted account does not expire twice")
    void closedStaysClosed() {
        Account account = f.closed(AccountKind.GUARDIAN);
        int events = account.getHistory().size();

        assertThat(account.expireIfDue(at("2027-01-01"), BATCH)).isFalse();
        assertThat(account.getHistory()).hasSize(events);
    }

    @Test
    @DisplayName("R-ACC-6: after expiry the school creates a new account with a new identifier, notified with a new temporary password")
    void replacementAfterExpiry() {
        Account old = f.closed(AccountKind.STUDENT);
        int oldEvents = old.getHistory().size();

        Account replacement = Account.replacementFor(old, f.pupil, Username.of("jean.dupont1"), at("2026-01-10"), ADMIN);
        IssuedNotification issued = replacement.notifyBy(NotificationMode.LETTER, at("2026-01-10"), ADMIN,
                f.newTemporaryPassword);

        assertThat(replacement.getUsername()).isEqualTo(Username.of("jean.dupont1"));
        assertThat(replacement.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(issued.encryptedTemporaryPassword()).contains("ciphertext-2");
        assertThat(replacement.getStudent()).isSameAs(f.pupil);
        assertThat(replacement.studentsOpenOn(LocalDate.parse("2026-01-10"))).containsExactly(f.pupil);
        assertThat(replacement.getHistory()).first().extracting(AccountEvent::getDetail)
                .isEqualTo("Remplace le compte jean.dupont");
        assertThat(old.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(old.getHistory()).hasSize(oldEvents);
    }

    @Test
    @DisplayName("R-IND-1: creating a new account closes the old one, whatever its state, and records why")
    void replacementClosesTheOldAccount() {
        Account old = f.inUse(AccountKind.GUARDIAN);

        Account replacement = Account.replacementFor(old, f.pupil, Username.of("marie.dupont1"), at("2025-10-01"), ADMIN);

        assertThat(old.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(old.getPasswordHash()).isNull();
        assertThat(old.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.CLOSED);
            assertThat(event.getDetail()).isEqualTo("Remplacé par le compte marie.dupont1");
        });
        assertThat(replacement.getState()).isEqualTo(AccountState.NOT_NOTIFIED);
        assertThat(replacement.getGuardian()).isSameAs(f.mother);
        assertThat(replacement.studentsOpenOn(LocalDate.parse("2025-10-01"))).containsExactly(f.pupil);
    }

    @Test
    @DisplayName("R-ACC-6: the new account must have a new identifier")
    void replacementNeedsANewIdentifier() {
        Account old = f.closed(AccountKind.STUDENT);

        assertThatIllegalArgumentException().isThrownBy(
                () -> Account.replacementFor(old, f.pupil, Username.of("jean.dupont"), at("2026-01-10"), ADMIN));
    }
}
