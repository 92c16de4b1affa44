package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.ADMIN;
import static org.scolarite.account.entity.Fixtures.BATCH;
import static org.scolarite.account.entity.Fixtures.NEW_PASSWORD_HASH;
import static org.scolarite.account.entity.Fixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;

class AccountContinuityTest {

    private static final LocalDate RENTREE = LocalDate.parse("2026-09-01");

    private final Fixtures f = new Fixtures();

    @ParameterizedTest
    @EnumSource(AccountKind.class)
    @DisplayName("R-ACC-7: across a year rollover a used account keeps its identifier and chosen password, and its letter only recalls the identifier")
    void yearRollover(AccountKind kind) {
        Account account = f.inUse(kind);
        Username before = account.getUsername();

        boolean continued = account.continueIntoNewYear(RENTREE, at("2026-09-01"), BATCH);
        IssuedNotification letter = account.notifyBy(NotificationMode.LETTER, at("2026-09-03"), ADMIN,
                f.newTemporaryPassword);

        assertThat(continued).isTrue();
        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.getUsername()).isEqualTo(before);
        assertThat(account.getPasswordHash()).isEqualTo(NEW_PASSWORD_HASH);
        assertThat(account.getContinuitySince()).isEqualTo("2026-09-01");
        assertThat(account.hasContinuity()).as("shown in red in the lists").isTrue();
        assertThat(letter.continuity()).isTrue();
        assertThat(letter.encryptedTemporaryPassword()).isEmpty();
        assertThat(letter.accessibleFrom()).isEqualTo("2026-09-03");
        assertThat(account.getHistory()).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.CONTINUED);
            assertThat(event.getDetail()).isEqualTo("Rentrée du 01/09/2026");
        });
    }

    @Test
    @DisplayName("R-ACC-7: the rollover continues an account once per year, so the nightly job can ask every night")
    void rolloverIsIdempotent() {
        Account account = f.inUse(AccountKind.STUDENT);
        account.continueIntoNewYear(RENTREE, at("2026-09-01"), BATCH);
        int events = account.getHistory().size();

        assertThat(account.continueIntoNewYear(RENTREE, at("2026-09-02"), BATCH)).isFalse();
        assertThat(account.getContinuitySince()).isEqualTo("2026-09-01");
        assertThat(account.getHistory()).hasSize(events);
        assertThat(account.continueIntoNewYear(RENTREE.plusYears(1), at("2027-09-01"), BATCH)).isTrue();
    }

    @Test
    @DisplayName("R-ACC-7: an account activated in the current school year is not a continuity account")
    void activatedThisYearIsNotContinued() {
        Account account = f.inUse(AccountKind.STUDENT);

        assertThat(account.continueIntoNewYear(LocalDate.parse("2025-09-01"), at("2025-09-15"), BATCH)).isFalse();
        assertThat(account.hasContinuity()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-7: a reset ends the continuity: the next letter is a new-account letter again")
    void resetEndsContinuity() {
        Account account = f.inUse(AccountKind.GUARDIAN);
        account.continueIntoNewYear(RENTREE, at("2026-09-01"), BATCH);

        IssuedNotification letter = account.notifyAndResetPassword(NotificationMode.EMAIL, at("2026-09-05"), ADMIN,
                f.newTemporaryPassword);

        assertThat(letter.continuity()).isFalse();
        assertThat(account.hasContinuity()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-7: a pupil changing school keeps his account; the old school's record is open on transfer day, the new one the next day (D+1)")
    void pupilChangesSchool() {
        Account account = f.inUse(AccountKind.STUDENT);
        Student there = f.pupilAtOtherCollege();

        account.transferTo(there, at("2026-01-15"), ADMIN);

        assertThat(account.studentsOpenOn(LocalDate.parse("2026-01-15"))).containsExactly(f.pupil);
        assertThat(account.studentsOpenOn(LocalDate.parse("2026-01-16"))).containsExactly(there);
        assertThat(account.getStudent()).isSameAs(there);
        assertThat(account.getUsername()).isEqualTo(Username.of("jean.dupont"));
        assertThat(account.getPasswordHash()).isEqualTo(NEW_PASSWORD_HASH);
        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.getContinuitySince()).isEqualTo("2026-01-15");
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.TRANSFERRED);
            assertThat(event.getDetail()).startsWith("Vers Collège Paul Verlaine (0570002")
                    .endsWith("à partir du 16/01/2026");
        });
    }

    @Test
    @DisplayName("R-ACC-3, R-ACC-7: the continuity letter of a school change says access starts the next day")
    void continuityLetterGivesNextDay() {
        Account account = f.inUse(AccountKind.STUDENT);
        account.transferTo(f.pupilAtOtherCollege(), at("2026-01-15"), ADMIN);

        IssuedNotification letter = account.notifyBy(NotificationMode.LETTER, at("2026-01-15"), ADMIN,
                f.newTemporaryPassword);

        assertThat(letter.continuity()).isTrue();
        assertThat(letter.encryptedTemporaryPassword()).isEmpty();
        assertThat(letter.accessibleFrom()).isEqualTo("2026-01-16");
        assertThat(account.accessibleFrom(LocalDate.parse("2026-01-16"))).contains(LocalDate.parse("2026-01-16"));
    }

    @Test
    @DisplayName("R-ACC-7: a guardian's account follows the child to the new school from the next day, held through the guardian's record there")
    void guardianFollowsTheChild() {
        Account account = f.inUse(AccountKind.GUARDIAN);
        Student there = f.pupilAtOtherCollege();
        Guardian motherThere = new Guardian(f.otherCollege, "4001", "MME", "Dupont", "Marie");

        account.transferChild(f.pupil, there, motherThere, at("2026-01-15"), ADMIN);

        assertThat(account.studentsOpenOn(LocalDate.parse("2026-01-15"))).containsExactly(f.pupil);
        assertThat(account.studentsOpenOn(LocalDate.parse("2026-01-16"))).containsExactly(there);
        assertThat(account.getGuardian()).isSameAs(motherThere);
        assertThat(account.getUsername()).isEqualTo(Username.of("marie.dupont"));
        assertThat(account.hasContinuity()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-7: only a child the account opens can be followed")
    void cannotFollowAStranger() {
        Account account = f.inUse(AccountKind.GUARDIAN);
        Student stranger = new Student(f.college, "1002", "Martin", "Léa", Fixtures.BIRTH_DATE,
                org.scolarite.people.entity.Sex.FEMALE);

        assertThatThrownBy(() -> account.transferChild(stranger, f.pupilAtOtherCollege(), f.mother,
                at("2026-01-15"), ADMIN))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessage("Ce compte ne donne pas accès à l'élève MARTIN Léa : il ne peut pas le suivre.");
    }

    @Test
    @DisplayName("R-ACC-7: a pupil's account follows the pupil, a guardian's account is moved child by child")
    void transferMethodsMatchTheKind() {
        Account pupilAccount = f.inUse(AccountKind.STUDENT);
        Account guardianAccount = new Fixtures().inUse(AccountKind.GUARDIAN);

        assertThatThrownBy(() -> guardianAccount.transferTo(f.pupilAtOtherCollege(), at("2026-01-15"), ADMIN))
                .isInstanceOf(IllegalAccountTransition.class);
        assertThatThrownBy(() -> pupilAccount.transferChild(f.pupil, f.pupilAtOtherCollege(), f.mother,
                at("2026-01-15"), ADMIN))
                .isInstanceOf(IllegalAccountTransition.class);
    }

    @Test
    @DisplayName("R-ACC-6, R-ACC-7: a replacement made on transfer day keeps the same days: old school today, new school from the next day")
    void replacementKeepsTheNextDay() {
        Account account = f.inUse(AccountKind.STUDENT);
        Student there = f.pupilAtOtherCollege();
        account.transferTo(there, at("2026-01-15"), ADMIN);

        Account replacement = Account.replacementFor(account, there, Username.of("jean.dupont1"), at("2026-01-15"), ADMIN);

        assertThat(replacement.studentsOpenOn(LocalDate.parse("2026-01-15"))).containsExactly(f.pupil);
        assertThat(replacement.studentsOpenOn(LocalDate.parse("2026-01-16"))).containsExactly(there);
    }
}
