package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.ADMIN;
import static org.scolarite.account.entity.Fixtures.at;

import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;

/** The account rules behind « Gérer le compte responsable / élève » (R-IND-1, R-ACC-5, R-ACC-6). */
class AccountManagementRulesTest {

    private final Fixtures f = new Fixtures();

    @Test
    @DisplayName("R-ACC-5, R-IND-1: the school corrects the address of an account « En cours d'activation »: stored unvalidated, in the history")
    void correctsTheAddressWaitingForValidation() {
        Account account = f.activating();

        boolean changed = account.correctEmail("  marie.dupont@example.net ", at("2025-09-20"), ADMIN);

        assertThat(changed).isTrue();
        assertThat(account.getEmail()).isEqualTo("marie.dupont@example.net");
        assertThat(account.isEmailValidated()).isFalse();
        assertThat(account.getState()).isEqualTo(AccountState.ACTIVATING);
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.EMAIL_CORRECTED);
            assertThat(event.getDetail()).isEqualTo("marie.dupont@example.org → marie.dupont@example.net");
            assertThat(event.getActor()).isEqualTo(ADMIN);
        });
    }

    @Test
    @DisplayName("R-ACC-5: the same address (whatever its case) changes nothing and adds no history line")
    void sameAddressChangesNothing() {
        Account account = f.activating();
        int events = account.getHistory().size();

        assertThat(account.correctEmail("Marie.Dupont@example.org", at("2025-09-20"), ADMIN)).isFalse();

        assertThat(account.getEmail()).isEqualTo("marie.dupont@example.org");
        assertThat(account.getHistory()).hasSize(events);
    }

    @Test
    @DisplayName("R-ACC-5: an invalid or empty address is refused in French")
    void invalidAddressRefused() {
        Account account = f.activating();

        assertThatThrownBy(() -> account.correctEmail("marie@", at("2025-09-20"), ADMIN))
                .isInstanceOf(InvalidEmailAddress.class).hasMessageContaining("n'est pas valide");
        assertThatThrownBy(() -> account.correctEmail(" ", at("2025-09-20"), ADMIN))
                .isInstanceOf(InvalidEmailAddress.class).hasMessageContaining("obligatoire");
    }

    @Test
    @DisplayName("R-ACC-5: the sending of the validation link is in the history, only while an address awaits validation")
    void validationSentInTheHistory() {
        Account account = f.activating();

        account.recordValidationSent(at("2025-09-20"), ADMIN);

        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.VALIDATION_SENT);
            assertThat(event.getDetail()).isEqualTo("marie.dupont@example.org");
        });
        Account inUse = f.inUse(AccountKind.GUARDIAN);
        assertThatThrownBy(() -> inUse.recordValidationSent(at("2025-09-20"), ADMIN))
                .isInstanceOf(IllegalAccountTransition.class);
    }

    @Test
    @DisplayName("R-IND-1, R-ACC-6: a new account for a guardian whose account serves another child: the old one is kept for "
            + "the other child and stops opening this one; the new one opens this child only")
    void replacementOfARegroupedAccountKeepsTheOldOneForTheOtherChild() throws Exception {
        Account old = f.inUse(AccountKind.GUARDIAN);
        Student sister = new Student(f.college, "1002", "Dupont", "Julie", LocalDate.of(2014, 6, 2), Sex.FEMALE);
        openAlso(old, sister, LocalDate.parse("2025-09-01"));

        Account replacement = Account.replacementFor(old, f.pupil, Username.of("marie.dupont1"), at("2025-10-01"),
                ADMIN);

        assertThat(old.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(old.getPasswordHash()).isNotNull();
        assertThat(old.studentsOpenOn(LocalDate.parse("2025-10-01"))).containsExactly(sister);
        assertThat(old.studentsOpenOn(LocalDate.parse("2025-09-30"))).containsExactlyInAnyOrder(f.pupil, sister);
        assertThat(old.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.CHILD_HANDED_OVER);
            assertThat(event.getDetail()).isEqualTo("DUPONT Jean\u00a0: nouveau compte marie.dupont1");
        });
        assertThat(replacement.studentsOpenOn(LocalDate.parse("2025-10-01"))).containsExactly(f.pupil);
        assertThat(replacement.getGuardian()).isSameAs(f.mother);
    }

    @Test
    @DisplayName("R-IND-1, R-ACC-6: a deleted account that served two children is replaced whole, so that the family keeps one account")
    void deletedRegroupedAccountReplacedWhole() throws Exception {
        Account old = f.notified(AccountKind.GUARDIAN);
        Student sister = new Student(f.college, "1002", "Dupont", "Julie", LocalDate.of(2014, 6, 2), Sex.FEMALE);
        openAlso(old, sister, LocalDate.parse("2025-09-01"));
        old.expireIfDue(at("2025-12-02"), Fixtures.BATCH);

        Account replacement = Account.replacementFor(old, f.pupil, Username.of("marie.dupont1"), at("2026-01-10"),
                ADMIN);

        assertThat(replacement.studentsOpenOn(LocalDate.parse("2026-01-10"))).containsExactlyInAnyOrder(f.pupil, sister);
    }

    @Test
    @DisplayName("R-IND-1: an account cannot be replaced for a pupil it does not open")
    void replacementForAnotherPupilRefused() {
        Account old = f.inUse(AccountKind.GUARDIAN);
        Student stranger = new Student(f.college, "1009", "Martin", "Paul", LocalDate.of(2013, 1, 5), Sex.MALE);

        assertThatThrownBy(() -> Account.replacementFor(old, stranger, Username.of("marie.dupont1"), at("2025-10-01"),
                ADMIN)).isInstanceOf(AccountRuleViolation.class).hasMessageContaining("MARTIN Paul");
        assertThat(old.getState()).isEqualTo(AccountState.IN_USE);
    }

    /**
     * Regrouping (R-PORTAL-8), the only way an account comes to open a second child, is not built yet: the test opens
     * the second child through the entity's own private step.
     */
    private static void openAlso(Account account, Student child, LocalDate from) throws Exception {
        Method open = Account.class.getDeclaredMethod("open", Student.class, Guardian.class, LocalDate.class);
        open.setAccessible(true);
        open.invoke(account, child, account.getGuardian(), from);
    }
}
