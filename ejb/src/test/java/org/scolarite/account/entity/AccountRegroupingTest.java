package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.ADMIN;
import static org.scolarite.account.entity.Fixtures.BIRTH_DATE;
import static org.scolarite.account.entity.Fixtures.NEW_PASSWORD_HASH;
import static org.scolarite.account.entity.Fixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/** R-PORTAL-8 « Regrouper des comptes »: the merge rules of {@link Account#absorb}. */
class AccountRegroupingTest {

    private final Fixtures f = new Fixtures();
    /** The same mother in the file of the other collège, with her younger child there. */
    private final Guardian motherThere = new Guardian(f.otherCollege, "4001", "MME", "Dupont", "Marie");
    private final Student sister = new Student(f.otherCollege, "3002", "Dupont", "Lina", LocalDate.of(2014, 6, 2),
            Sex.FEMALE);

    /** Marie's account for Jean (collège Jules Ferry), « Utilisé ». */
    private Account kept() {
        return f.inUse(AccountKind.GUARDIAN);
    }

    /** Marie's account for Lina (collège Paul Verlaine), notified by letter, not yet activated. */
    private Account otherNotified() {
        Account other = Account.forGuardian(motherThere, sister, Username.of("marie.dupont1"), at("2025-09-01"), ADMIN);
        other.notifyBy(NotificationMode.LETTER, at("2025-09-02"), ADMIN, f.newTemporaryPassword);
        return other;
    }

    @Test
    @DisplayName("R-PORTAL-8: the other account's child moves, with its dates and its holder there, across establishments; the other account is deleted")
    void movesChildrenAcrossEstablishments() {
        Account kept = kept();
        Account other = otherNotified();
        AccountAccess lina = other.getAccesses().get(0);

        AccountMerge merge = kept.absorb(other, at("2025-10-05"));

        assertThat(merge.movedChildren()).containsExactly("DUPONT Lina");
        assertThat(merge.foldedAccesses()).isEmpty();
        assertThat(kept.studentsOpenOn(LocalDate.parse("2025-10-05"))).containsExactly(f.pupil, sister);
        assertThat(kept.getAccesses()).contains(lina);
        assertThat(lina.getAccount()).isSameAs(kept);
        assertThat(lina.getEffectiveFrom()).isEqualTo(LocalDate.parse("2025-09-01"));
        assertThat(lina.getHolder()).as("the collège Paul Verlaine still finds the couple's account").isSameAs(motherThere);
        assertThat(kept.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(kept.getPasswordHash()).isEqualTo(NEW_PASSWORD_HASH);
        assertThat(other.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(other.getAccesses()).as("no access left on the deleted account").isEmpty();
        assertThat(other.hasTemporaryPassword()).isFalse();
        assertThat(other.getPasswordHash()).isNull();
    }

    @Test
    @DisplayName("R-PORTAL-8: history on both sides, each naming the other identifier, the holder as actor")
    void historyOnBothSides() {
        Account kept = kept();
        Account other = otherNotified();

        kept.absorb(other, at("2025-10-05"));

        assertThat(kept.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.CHILDREN_RECEIVED);
            assertThat(event.getDetail()).isEqualTo("Compte marie.dupont1 regroupé\u00a0: DUPONT Lina");
            assertThat(event.getActor()).isEqualTo("marie.dupont");
            assertThat(event.getToState()).isEqualTo(AccountState.IN_USE);
        });
        assertThat(other.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.MERGED_INTO);
            assertThat(event.getDetail()).isEqualTo("Élèves rattachés au compte marie.dupont");
            assertThat(event.getFromState()).isEqualTo(AccountState.NOTIFIED);
            assertThat(event.getToState()).isEqualTo(AccountState.CLOSED);
        });
        assertThat(other.wasMergedInto(kept)).isTrue();
        assertThat(other.wasMergedInto(otherNotified())).isFalse();
        assertThat(kept.wasMergedInto(other)).isFalse();
    }

    @Test
    @DisplayName("R-PORTAL-8: both accounts open the same pupil: listed once, the kept period covers both, the duplicate row is handed back for deletion")
    void duplicateChildIsFolded() {
        Account kept = kept();
        Account other = Account.forGuardian(f.mother, f.pupil, Username.of("marie.dupont1"), at("2025-08-20"), ADMIN);
        other.notifyBy(NotificationMode.EMAIL, at("2025-08-21"), ADMIN, f.newTemporaryPassword);
        AccountAccess duplicate = other.getAccesses().get(0);

        AccountMerge merge = kept.absorb(other, at("2025-10-05"));

        assertThat(merge.foldedAccesses()).containsExactly(duplicate);
        assertThat(kept.getAccesses()).hasSize(1).first().satisfies(access -> {
            assertThat(access.getEffectiveFrom()).isEqualTo(LocalDate.parse("2025-08-20"));
            assertThat(access.getEffectiveUntil()).isNull();
        });
        assertThat(kept.studentsOpenOn(LocalDate.parse("2025-10-05"))).containsExactly(f.pupil);
        assertThat(other.getAccesses()).isEmpty();
    }

    @Test
    @DisplayName("R-PORTAL-8: a child known to the kept account by another record (another school) is not a duplicate")
    void otherRecordOfTheSameChildMoves() {
        Account kept = kept();
        Student jeanThere = f.pupilAtOtherCollege();
        Account other = Account.forGuardian(motherThere, jeanThere, Username.of("marie.dupont1"), at("2025-09-01"),
                ADMIN);
        other.notifyBy(NotificationMode.LETTER, at("2025-09-02"), ADMIN, f.newTemporaryPassword);

        AccountMerge merge = kept.absorb(other, at("2025-10-05"));

        assertThat(merge.foldedAccesses()).isEmpty();
        assertThat(kept.getAccesses()).hasSize(2);
    }

    @Test
    @DisplayName("R-PORTAL-8: an account « Utilisé » or « En cours d'activation » is regrouped too")
    void otherInUseOrActivating() {
        Account other = Account.forGuardian(motherThere, sister, Username.of("marie.dupont1"), at("2025-09-01"), ADMIN);
        other.notifyBy(NotificationMode.LETTER, at("2025-09-02"), ADMIN, f.newTemporaryPassword);
        other.activateAsGuardian(sister.getBirthDate(), "marie@example.org", NEW_PASSWORD_HASH, at("2025-09-03"));
        Account kept = kept();

        kept.absorb(other, at("2025-10-05"));

        assertThat(other.getState()).isEqualTo(AccountState.CLOSED);
        assertThat(other.getHistory()).last().satisfies(e -> assertThat(e.getFromState()).isEqualTo(AccountState.ACTIVATING));
    }

    @Test
    @DisplayName("R-PORTAL-8: the same account is refused, nothing changed")
    void sameAccountRefused() {
        Account kept = kept();
        int events = kept.getHistory().size();

        assertRefused(() -> kept.absorb(kept, at("2025-10-05")), RegroupingRefused.Reason.SAME_ACCOUNT);
        assertThat(kept.getHistory()).hasSize(events);
        assertThat(kept.getState()).isEqualTo(AccountState.IN_USE);
    }

    @Test
    @DisplayName("R-PORTAL-8: a pupil's account is refused, as the other account and as the current one; nothing changed")
    void studentAccountsRefused() {
        Account kept = kept();
        Account pupil = f.inUse(AccountKind.STUDENT);

        assertRefused(() -> kept.absorb(pupil, at("2025-10-05")), RegroupingRefused.Reason.STUDENT_ACCOUNT);
        assertRefused(() -> pupil.absorb(otherNotified(), at("2025-10-05")),
                RegroupingRefused.Reason.CURRENT_NOT_GUARDIAN);
        assertThat(pupil.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(pupil.getAccesses()).hasSize(1);
        assertThat(kept.getAccesses()).hasSize(1);
    }

    @Test
    @DisplayName("R-PORTAL-8: an account of another académie is refused")
    void otherAcademyRefused() {
        Academy elsewhere = new Academy("REN", "Rennes", "https://teleservices.ac-rennes.fr");
        Establishment school = new Establishment(elsewhere, Uai.fromDigits(350001), EstablishmentKind.COLLEGE, "Collège");
        Guardian motherElsewhere = new Guardian(school, "5001", "MME", "Dupont", "Marie");
        Student child = new Student(school, "5002", "Dupont", "Tom", BIRTH_DATE, Sex.MALE);
        Account other = Account.forGuardian(motherElsewhere, child, Username.of("marie.dupont"), at("2025-09-01"), ADMIN);
        other.notifyBy(NotificationMode.LETTER, at("2025-09-02"), ADMIN, f.newTemporaryPassword);
        Account kept = kept();

        assertRefused(() -> kept.absorb(other, at("2025-10-05")), RegroupingRefused.Reason.OTHER_ACADEMY);
        assertThat(other.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(other.getAccesses()).hasSize(1);
    }

    @Test
    @DisplayName("R-PORTAL-8: an account that cannot sign in (deleted, never notified) answers as a wrong password")
    void accountsThatCannotSignInRefusedAsWrongCredentials() {
        Account kept = kept();
        Account closed = Account.forGuardian(motherThere, sister, Username.of("marie.dupont1"), at("2025-09-01"), ADMIN);
        closed.notifyBy(NotificationMode.LETTER, at("2025-09-02"), ADMIN, f.newTemporaryPassword);
        closed.expireIfDue(at("2025-12-02"), Fixtures.BATCH);
        Account notNotified = Account.forGuardian(motherThere, sister, Username.of("marie.dupont2"), at("2025-09-01"),
                ADMIN);

        for (Account other : List.of(closed, notNotified)) {
            assertRefused(() -> kept.absorb(other, at("2025-12-05")), RegroupingRefused.Reason.WRONG_CREDENTIALS);
            assertThat(other.getAccesses()).hasSize(1);
        }
        assertThat(kept.getAccesses()).hasSize(1);
    }

    @Test
    @DisplayName("R-PORTAL-8: an account that opens no child any more has nothing to regroup")
    void nothingToRegroup() throws Exception {
        Account kept = kept();
        Account other = otherNotified();
        java.lang.reflect.Method endOn = AccountAccess.class.getDeclaredMethod("endOn", LocalDate.class);
        endOn.setAccessible(true);
        endOn.invoke(other.getAccesses().get(0), LocalDate.parse("2025-09-30"));

        assertRefused(() -> kept.absorb(other, at("2025-10-05")), RegroupingRefused.Reason.NO_CHILD);
        assertThat(other.getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-PORTAL-8: periods of one pupil that touch are covered by one; disjoint ones both stay")
    void periodsTouchOrNot() throws Exception {
        Account a = Account.forGuardian(f.mother, f.pupil, Username.of("a.b"), at("2025-09-01"), ADMIN);
        Account b = Account.forGuardian(f.mother, f.pupil, Username.of("a.c"), at("2025-09-11"), ADMIN);
        AccountAccess first = a.getAccesses().get(0);
        AccountAccess second = b.getAccesses().get(0);
        first.endOn(LocalDate.parse("2025-09-10"));
        assertThat(first.touches(second)).as("10 then 11 September: no gap").isTrue();
        first.endOn(LocalDate.parse("2025-09-09"));
        assertThat(first.touches(second)).as("a day without access between them").isFalse();
        assertThat(second.touches(first)).isFalse();
    }

    @Test
    @DisplayName("R-ACC-7, R-PORTAL-8: a child followed into another school is opened through the guardian's record there")
    void transferredChildHeldThroughTheNewRecord() {
        Account account = kept();
        Student jeanThere = f.pupilAtOtherCollege();

        account.transferChild(f.pupil, jeanThere, motherThere, at("2025-10-05"), ADMIN);

        assertThat(account.getAccesses()).extracting(AccountAccess::getHolder).containsExactly(f.mother, motherThere);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      RegroupingRefused.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegroupingRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
