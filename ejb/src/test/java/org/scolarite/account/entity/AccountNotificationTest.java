package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.ADMIN;
import static org.scolarite.account.entity.Fixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountNotificationTest {

    private final Fixtures f = new Fixtures();

    @Test
    @DisplayName("R-ACC-1: a pupil's account is pre-created « Non notifié », opens the pupil himself and has no password yet")
    void preCreatesPupilAccount() {
        Account account = f.studentAccount();

        assertThat(account.getState()).isEqualTo(AccountState.NOT_NOTIFIED);
        assertThat(account.getKind()).isEqualTo(AccountKind.STUDENT);
        assertThat(account.getStudent()).isSameAs(f.pupil);
        assertThat(account.getGuardian()).isNull();
        assertThat(account.getAcademy()).isSameAs(f.academy);
        assertThat(account.studentsOpenOn(LocalDate.parse("2025-09-01"))).containsExactly(f.pupil);
        assertThat(account.hasTemporaryPassword()).isFalse();
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.getHistory()).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.CREATED);
            assertThat(event.getFromState()).isNull();
            assertThat(event.getToState()).isEqualTo(AccountState.NOT_NOTIFIED);
            assertThat(event.getActor()).isEqualTo(ADMIN);
            assertThat(event.getOccurredAt()).isEqualTo(at("2025-09-01"));
        });
    }

    @Test
    @DisplayName("R-ACC-1: a guardian's account is pre-created « Non notifié » for one child")
    void preCreatesGuardianAccount() {
        Account account = f.guardianAccount();

        assertThat(account.getState()).isEqualTo(AccountState.NOT_NOTIFIED);
        assertThat(account.getKind()).isEqualTo(AccountKind.GUARDIAN);
        assertThat(account.getGuardian()).isSameAs(f.mother);
        assertThat(account.getStudent()).isNull();
        assertThat(account.studentsOpenOn(LocalDate.parse("2025-09-01"))).containsExactly(f.pupil);
    }

    @Test
    @DisplayName("R-ACC-3: notification moves to « Notifié », records date and mode, and prints identifier and temporary password")
    void firstNotification() {
        Account account = f.guardianAccount();

        IssuedNotification issued = account.notifyBy(NotificationMode.EMAIL, at("2025-09-02"), ADMIN,
                f.newTemporaryPassword);

        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account.getNotifiedOn()).isEqualTo("2025-09-02");
        assertThat(account.getNotificationMode()).isEqualTo(NotificationMode.EMAIL);
        assertThat(account.getEncryptedTemporaryPassword()).isEqualTo("ciphertext-1");
        assertThat(issued.username()).isEqualTo(Username.of("marie.dupont"));
        assertThat(issued.encryptedTemporaryPassword()).contains("ciphertext-1");
        assertThat(issued.continuity()).isFalse();
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.NOTIFIED);
            assertThat(event.getFromState()).isEqualTo(AccountState.NOT_NOTIFIED);
            assertThat(event.getToState()).isEqualTo(AccountState.NOTIFIED);
            assertThat(event.getDetail()).isEqualTo("Courriel");
        });
    }

    @Test
    @DisplayName("R-ACC-3: access is possible immediately after an ordinary notification")
    void accessibleTheSameDay() {
        Account account = f.studentAccount();

        IssuedNotification issued = account.notifyBy(NotificationMode.LETTER, at("2025-09-20"), ADMIN,
                f.newTemporaryPassword);

        assertThat(issued.accessibleFrom()).isEqualTo("2025-09-20");
        assertThat(account.accessibleFrom(LocalDate.parse("2025-09-20"))).contains(LocalDate.parse("2025-09-20"));
    }

    @Test
    @DisplayName("R-ACC-3: an account that is not notified, or deleted, gives access to nothing")
    void notAccessibleBeforeNotification() {
        assertThat(f.studentAccount().accessibleFrom(LocalDate.parse("2025-09-20"))).isEmpty();
        assertThat(f.closed(AccountKind.STUDENT).accessibleFrom(LocalDate.parse("2025-12-20"))).isEmpty();
    }

    @Test
    @DisplayName("R-ACC-8: re-notifying a « Notifié » account keeps the temporary password already sent")
    void renotifyingNotifiedKeepsPassword() {
        Account account = f.notified(AccountKind.GUARDIAN);

        IssuedNotification issued = account.notifyBy(NotificationMode.EMAIL, at("2025-10-05"), ADMIN,
                f.newTemporaryPassword);

        assertThat(f.issued).hasValue(1);
        assertThat(issued.encryptedTemporaryPassword()).contains("ciphertext-1");
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account.getNotifiedOn()).isEqualTo("2025-10-05");
        assertThat(account.getNotificationMode()).isEqualTo(NotificationMode.EMAIL);
        assertThat(account.getHistory()).last().extracting(AccountEvent::getType)
                .isEqualTo(AccountEventType.RENOTIFIED);
    }

    @Test
    @DisplayName("R-ACC-8: re-notifying an account « En cours d'activation » issues a new temporary password and goes back to « Notifié »")
    void renotifyingActivatingIssuesNewPassword() {
        Account account = f.activating();

        IssuedNotification issued = account.notifyBy(NotificationMode.LETTER, at("2025-10-05"), ADMIN,
                f.newTemporaryPassword);

        assertThat(f.issued).hasValue(2);
        assertThat(issued.encryptedTemporaryPassword()).contains("ciphertext-2");
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account.getPasswordHash()).as("the password chosen before is dropped").isNull();
        assertThat(account.getEmail()).as("the e-mail is kept to pre-fill the next activation")
                .isEqualTo("marie.dupont@example.org");
    }

    @Test
    @DisplayName("R-ACC-8: re-notifying a « Utilisé » account keeps the chosen password and prints only the identifier")
    void renotifyingInUseShowsOnlyIdentifier() {
        Account account = f.inUse(AccountKind.STUDENT);

        IssuedNotification issued = account.notifyBy(NotificationMode.LETTER, at("2025-10-05"), ADMIN,
                f.newTemporaryPassword);

        assertThat(issued.username()).isEqualTo(Username.of("jean.dupont"));
        assertThat(issued.encryptedTemporaryPassword()).isEmpty();
        assertThat(f.issued).hasValue(1);
        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.getPasswordHash()).isEqualTo(Fixtures.NEW_PASSWORD_HASH);
        assertThat(account.getNotifiedOn()).isEqualTo("2025-10-05");
    }

    @Test
    @DisplayName("R-ACC-8: « renotifier et réinitialiser le mot de passe » gives a « Utilisé » account a new temporary password and sends it back to « Notifié »")
    void resetOfInUseAccount() {
        Account account = f.inUse(AccountKind.GUARDIAN);

        IssuedNotification issued = account.notifyAndResetPassword(NotificationMode.EMAIL, at("2025-10-05"), ADMIN,
                f.newTemporaryPassword);

        assertThat(issued.encryptedTemporaryPassword()).contains("ciphertext-2");
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.getActivatedOn()).isNull();
        assertThat(account.getNotifiedOn()).isEqualTo("2025-10-05");
        assertThat(account.getEmail()).isEqualTo("marie.dupont@example.org");
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.PASSWORD_RESET);
            assertThat(event.getFromState()).isEqualTo(AccountState.IN_USE);
            assertThat(event.getToState()).isEqualTo(AccountState.NOTIFIED);
        });
    }

    @Test
    @DisplayName("R-ACC-8: a reset replaces even a temporary password not yet used")
    void resetOfNotifiedAccount() {
        Account account = f.notified(AccountKind.STUDENT);

        IssuedNotification issued = account.notifyAndResetPassword(NotificationMode.LETTER, at("2025-10-05"), ADMIN,
                f.newTemporaryPassword);

        assertThat(issued.encryptedTemporaryPassword()).contains("ciphertext-2");
        assertThat(account.getEncryptedTemporaryPassword()).isEqualTo("ciphertext-2");
    }

    @Test
    @DisplayName("R-ACC-10: a pupil's account is never notified by e-mail")
    void pupilsOnPaperOnly() {
        Account fresh = f.studentAccount();
        Account used = f.inUse(AccountKind.STUDENT);

        assertThatThrownBy(() -> fresh.notifyBy(NotificationMode.EMAIL, at("2025-09-02"), ADMIN,
                f.newTemporaryPassword))
                .isInstanceOf(IllegalAccountTransition.class)
                .hasMessage("Les comptes élèves sont notifiés par courrier uniquement, jamais par courriel.");
        assertThatThrownBy(() -> used.notifyAndResetPassword(NotificationMode.EMAIL, at("2025-10-02"), ADMIN,
                f.newTemporaryPassword))
                .isInstanceOf(IllegalAccountTransition.class);
        assertThat(fresh.getState()).isEqualTo(AccountState.NOT_NOTIFIED);
        assertThat(used.getNotificationMode()).isEqualTo(NotificationMode.LETTER);
    }
}
