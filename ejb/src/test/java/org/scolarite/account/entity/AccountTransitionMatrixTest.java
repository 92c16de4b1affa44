package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.ADMIN;
import static org.scolarite.account.entity.Fixtures.BIRTH_DATE;
import static org.scolarite.account.entity.Fixtures.NEW_PASSWORD_HASH;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scolarite.people.entity.Guardian;

/**
 * The whole state × action matrix of the life cycle, written out independently of {@link AccountAction}: each legal
 * move with the state it leads to, each illegal one refused without any change.
 */
class AccountTransitionMatrixTest {

    /** After every fixture (whose last step is 2 December 2025 for closed accounts) and before any expiry. */
    private static final LocalDateTime NOW = Fixtures.at("2025-10-01");
    private static final LocalDateTime LATER = Fixtures.at("2025-12-10");

    enum Action {
        NOTIFY, NOTIFY_AND_RESET_PASSWORD, ACTIVATE, VALIDATE_EMAIL, CORRECT_EMAIL, CONTINUE_INTO_NEW_YEAR, TRANSFER,
        RECORD_LOGIN, CHANGE_PASSWORD, RECOVER_PASSWORD, CHANGE_EMAIL
    }

    @ParameterizedTest(name = "{0} {1} + {2} → {3}")
    @DisplayName("SPEC §4, R-ACC-10: every legal transition leads where the rules say; every other one is refused")
    @CsvSource({
            // pupils: no « En cours d'activation » (R-ACC-10)
            "STUDENT,  NOT_NOTIFIED, NOTIFY,                    NOTIFIED",
            "STUDENT,  NOT_NOTIFIED, NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "STUDENT,  NOT_NOTIFIED, ACTIVATE,                  refused",
            "STUDENT,  NOT_NOTIFIED, VALIDATE_EMAIL,            refused",
            "STUDENT,  NOT_NOTIFIED, CORRECT_EMAIL,             refused",
            "STUDENT,  NOT_NOTIFIED, CONTINUE_INTO_NEW_YEAR,    refused",
            "STUDENT,  NOT_NOTIFIED, TRANSFER,                  refused",
            "STUDENT,  NOT_NOTIFIED, RECORD_LOGIN,              refused",
            "STUDENT,  NOTIFIED,     NOTIFY,                    NOTIFIED",
            "STUDENT,  NOTIFIED,     NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "STUDENT,  NOTIFIED,     ACTIVATE,                  IN_USE",
            "STUDENT,  NOTIFIED,     VALIDATE_EMAIL,            refused",
            "STUDENT,  NOTIFIED,     CORRECT_EMAIL,             refused",
            "STUDENT,  NOTIFIED,     CONTINUE_INTO_NEW_YEAR,    refused",
            "STUDENT,  NOTIFIED,     TRANSFER,                  refused",
            "STUDENT,  NOTIFIED,     RECORD_LOGIN,              NOTIFIED",
            "STUDENT,  IN_USE,       NOTIFY,                    IN_USE",
            "STUDENT,  IN_USE,       NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "STUDENT,  IN_USE,       ACTIVATE,                  refused",
            "STUDENT,  IN_USE,       VALIDATE_EMAIL,            IN_USE",
            "STUDENT,  IN_USE,       CORRECT_EMAIL,             refused",
            "STUDENT,  IN_USE,       CONTINUE_INTO_NEW_YEAR,    IN_USE",
            "STUDENT,  IN_USE,       TRANSFER,                  IN_USE",
            "STUDENT,  IN_USE,       RECORD_LOGIN,              IN_USE",
            "STUDENT,  CLOSED,       NOTIFY,                    refused",
            "STUDENT,  CLOSED,       NOTIFY_AND_RESET_PASSWORD, refused",
            "STUDENT,  CLOSED,       ACTIVATE,                  refused",
            "STUDENT,  CLOSED,       VALIDATE_EMAIL,            refused",
            "STUDENT,  CLOSED,       CORRECT_EMAIL,             refused",
            "STUDENT,  CLOSED,       CONTINUE_INTO_NEW_YEAR,    refused",
            "STUDENT,  CLOSED,       TRANSFER,                  refused",
            "STUDENT,  CLOSED,       RECORD_LOGIN,              refused",
            // R-PORTAL-3, R-PORTAL-4: the holder's own changes, pupils
            "STUDENT,  NOT_NOTIFIED, CHANGE_PASSWORD,            refused",
            "STUDENT,  NOT_NOTIFIED, RECOVER_PASSWORD,           refused",
            "STUDENT,  NOT_NOTIFIED, CHANGE_EMAIL,               refused",
            "STUDENT,  NOTIFIED,     CHANGE_PASSWORD,            refused",
            "STUDENT,  NOTIFIED,     RECOVER_PASSWORD,           refused",
            "STUDENT,  NOTIFIED,     CHANGE_EMAIL,               refused",
            "STUDENT,  IN_USE,       CHANGE_PASSWORD,            IN_USE",
            "STUDENT,  IN_USE,       RECOVER_PASSWORD,           IN_USE",
            "STUDENT,  IN_USE,       CHANGE_EMAIL,               IN_USE",
            "STUDENT,  CLOSED,       CHANGE_PASSWORD,            refused",
            "STUDENT,  CLOSED,       RECOVER_PASSWORD,           refused",
            "STUDENT,  CLOSED,       CHANGE_EMAIL,               refused",
            // guardians
            "GUARDIAN, NOT_NOTIFIED, NOTIFY,                    NOTIFIED",
            "GUARDIAN, NOT_NOTIFIED, NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "GUARDIAN, NOT_NOTIFIED, ACTIVATE,                  refused",
            "GUARDIAN, NOT_NOTIFIED, VALIDATE_EMAIL,            refused",
            "GUARDIAN, NOT_NOTIFIED, CORRECT_EMAIL,             refused",
            "GUARDIAN, NOT_NOTIFIED, CONTINUE_INTO_NEW_YEAR,    refused",
            "GUARDIAN, NOT_NOTIFIED, TRANSFER,                  refused",
            "GUARDIAN, NOT_NOTIFIED, RECORD_LOGIN,              refused",
            "GUARDIAN, NOTIFIED,     NOTIFY,                    NOTIFIED",
            "GUARDIAN, NOTIFIED,     NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "GUARDIAN, NOTIFIED,     ACTIVATE,                  ACTIVATING",
            "GUARDIAN, NOTIFIED,     VALIDATE_EMAIL,            refused",
            "GUARDIAN, NOTIFIED,     CORRECT_EMAIL,             refused",
            "GUARDIAN, NOTIFIED,     CONTINUE_INTO_NEW_YEAR,    refused",
            "GUARDIAN, NOTIFIED,     TRANSFER,                  refused",
            "GUARDIAN, NOTIFIED,     RECORD_LOGIN,              NOTIFIED",
            "GUARDIAN, ACTIVATING,   NOTIFY,                    NOTIFIED",
            "GUARDIAN, ACTIVATING,   NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "GUARDIAN, ACTIVATING,   ACTIVATE,                  refused",
            "GUARDIAN, ACTIVATING,   VALIDATE_EMAIL,            IN_USE",
            "GUARDIAN, ACTIVATING,   CORRECT_EMAIL,             ACTIVATING",
            "GUARDIAN, ACTIVATING,   CONTINUE_INTO_NEW_YEAR,    refused",
            "GUARDIAN, ACTIVATING,   TRANSFER,                  refused",
            "GUARDIAN, ACTIVATING,   RECORD_LOGIN,              ACTIVATING",
            "GUARDIAN, IN_USE,       NOTIFY,                    IN_USE",
            "GUARDIAN, IN_USE,       NOTIFY_AND_RESET_PASSWORD, NOTIFIED",
            "GUARDIAN, IN_USE,       ACTIVATE,                  refused",
            "GUARDIAN, IN_USE,       VALIDATE_EMAIL,            IN_USE",
            "GUARDIAN, IN_USE,       CORRECT_EMAIL,             refused",
            "GUARDIAN, IN_USE,       CONTINUE_INTO_NEW_YEAR,    IN_USE",
            "GUARDIAN, IN_USE,       TRANSFER,                  IN_USE",
            "GUARDIAN, IN_USE,       RECORD_LOGIN,              IN_USE",
            "GUARDIAN, CLOSED,       NOTIFY,                    refused",
            "GUARDIAN, CLOSED,       NOTIFY_AND_RESET_PASSWORD, refused",
            "GUARDIAN, CLOSED,       ACTIVATE,                  refused",
            "GUARDIAN, CLOSED,       VALIDATE_EMAIL,            refused",
            "GUARDIAN, CLOSED,       CORRECT_EMAIL,             refused",
            "GUARDIAN, CLOSED,       CONTINUE_INTO_NEW_YEAR,    refused",
            "GUARDIAN, CLOSED,       TRANSFER,                  refused",
            "GUARDIAN, CLOSED,       RECORD_LOGIN,              refused",
            // R-PORTAL-3, R-PORTAL-4: the holder's own changes, guardians
            "GUARDIAN, NOT_NOTIFIED, CHANGE_PASSWORD,            refused",
            "GUARDIAN, NOT_NOTIFIED, RECOVER_PASSWORD,           refused",
            "GUARDIAN, NOT_NOTIFIED, CHANGE_EMAIL,               refused",
            "GUARDIAN, NOTIFIED,     CHANGE_PASSWORD,            refused",
            "GUARDIAN, NOTIFIED,     RECOVER_PASSWORD,           refused",
            "GUARDIAN, NOTIFIED,     CHANGE_EMAIL,               refused",
            "GUARDIAN, ACTIVATING,   CHANGE_PASSWORD,            ACTIVATING",
            "GUARDIAN, ACTIVATING,   RECOVER_PASSWORD,           refused",
            "GUARDIAN, ACTIVATING,   CHANGE_EMAIL,               refused",
            "GUARDIAN, IN_USE,       CHANGE_PASSWORD,            IN_USE",
            "GUARDIAN, IN_USE,       RECOVER_PASSWORD,           IN_USE",
            "GUARDIAN, IN_USE,       CHANGE_EMAIL,               IN_USE",
            "GUARDIAN, CLOSED,       CHANGE_PASSWORD,            refused",
            "GUARDIAN, CLOSED,       RECOVER_PASSWORD,           refused",
            "GUARDIAN, CLOSED,       CHANGE_EMAIL,               refused",
    })
    void transition(AccountKind kind, AccountState state, Action action, String outcome) {
        Fixtures f = new Fixtures();
        Account account = f.in(kind, state);
        assertThat(account.getState()).isEqualTo(state);
        BiConsumer<Fixtures, Account> move = move(action);

        if (outcome.equals("refused")) {
            int events = account.getHistory().size();
            assertThatThrownBy(() -> move.accept(f, account))
                    .isInstanceOf(IllegalAccountTransition.class)
                    .hasMessageStartingWith("Impossible ")
                    .hasMessageEndingWith("il est à l'état « " + state.label() + " ».");
            assertThat(account.getState()).isEqualTo(state);
            assertThat(account.getHistory()).hasSize(events);
        } else {
            move.accept(f, account);
            assertThat(account.getState()).isEqualTo(AccountState.valueOf(outcome));
        }
    }

    @Test
    @DisplayName("R-ACC-10: whatever happens to a pupil's account, it never is « En cours d'activation »")
    void pupilNeverActivating() {
        for (AccountState state : List.of(AccountState.NOT_NOTIFIED, AccountState.NOTIFIED, AccountState.IN_USE,
                AccountState.CLOSED)) {
            for (Action action : Action.values()) {
                Fixtures f = new Fixtures();
                Account account = f.in(AccountKind.STUDENT, state);
                try {
                    move(action).accept(f, account);
                } catch (AccountRuleViolation refused) {
                    // refusals are checked by the matrix; here only the reachable states matter
                }
                assertThat(account.getState()).isNotEqualTo(AccountState.ACTIVATING);
            }
        }
    }

    @Test
    @DisplayName("SPEC §4: the matrix above covers every action of the transition table")
    void matrixCoversTheTable() {
        assertThat(Arrays.stream(Action.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AccountAction.values()).map(Enum::name).toList());
    }

    private static BiConsumer<Fixtures, Account> move(Action action) {
        return switch (action) {
            case NOTIFY -> (f, a) -> a.notifyBy(NotificationMode.LETTER, moment(a), ADMIN, f.newTemporaryPassword);
            case NOTIFY_AND_RESET_PASSWORD -> (f, a) -> a.notifyAndResetPassword(NotificationMode.LETTER, moment(a),
                    ADMIN, f.newTemporaryPassword);
            case ACTIVATE -> (f, a) -> {
                if (a.getKind() == AccountKind.STUDENT) {
                    a.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, null, moment(a));
                } else {
                    a.activateAsGuardian(BIRTH_DATE, "marie@example.org", NEW_PASSWORD_HASH, moment(a));
                }
            };
            case VALIDATE_EMAIL -> (f, a) -> a.validateEmail(moment(a), "holder");
            case CORRECT_EMAIL -> (f, a) -> a.correctEmail("nouvelle.adresse@example.org", moment(a), ADMIN);
            case CONTINUE_INTO_NEW_YEAR -> (f, a) -> a.continueIntoNewYear(moment(a).toLocalDate(), moment(a), ADMIN);
            case TRANSFER -> (f, a) -> {
                if (a.getKind() == AccountKind.STUDENT) {
                    a.transferTo(f.pupilAtOtherCollege(), moment(a), ADMIN);
                } else {
                    a.transferChild(f.pupil, f.pupilAtOtherCollege(),
                            new Guardian(f.otherCollege, "4001", "MME", "Dupont", "Marie"), moment(a), ADMIN);
                }
            };
            case RECORD_LOGIN -> (f, a) -> a.recordLogin(moment(a));
            case CHANGE_PASSWORD -> (f, a) -> a.changePassword(NEW_PASSWORD_HASH, moment(a));
            case RECOVER_PASSWORD -> (f, a) -> a.recoverPassword(NEW_PASSWORD_HASH, moment(a));
            case CHANGE_EMAIL -> (f, a) -> a.changeEmail("nouvelle.adresse@example.org", moment(a));
        };
    }

    /** Closed fixtures are closed on 2 December 2025; every other one is still alive on 1 October. */
    private static LocalDateTime moment(Account account) {
        return account.getState() == AccountState.CLOSED ? LATER : NOW;
    }

    @Test
    @DisplayName("The moments used by the matrix fall after every fixture's last step")
    void momentsAreAfterTheFixtures() {
        assertThat(NOW.toLocalDate()).isAfter(LocalDate.parse("2025-09-12"));
        assertThat(LATER.toLocalDate()).isAfter(LocalDate.parse("2025-12-02"));
    }
}
