package org.scolarite.account.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * A small académie with two collèges, a pupil born on 14 March 2012 and his mother, and accounts brought into each
 * state through the legal transitions only (no field is set behind the entity's back).
 */
final class Fixtures {

    static final String ADMIN = "admin:0540001W";
    static final String BATCH = "batch:housekeeping";
    static final LocalDate BIRTH_DATE = LocalDate.of(2012, 3, 14);
    static final String NEW_PASSWORD_HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    final Academy academy = new Academy("NCY", "Nancy-Metz", "https://teleservices.ac-nancy-metz.fr");
    final Establishment college = new Establishment(academy, Uai.fromDigits(540001), EstablishmentKind.COLLEGE,
            "Collège Jules Ferry");
    final Establishment otherCollege = new Establishment(academy, Uai.fromDigits(570002), EstablishmentKind.COLLEGE,
            "Collège Paul Verlaine");
    final Student pupil = new Student(college, "1001", "Dupont", "Jean", BIRTH_DATE, Sex.MALE);
    final Guardian mother = new Guardian(college, "2001", "MME", "Dupont", "Marie");

    /** Hands out distinct fake ciphertexts and counts them, so that a test sees when a new password was issued. */
    final AtomicInteger issued = new AtomicInteger();
    final Supplier<String> newTemporaryPassword = () -> "ciphertext-" + issued.incrementAndGet();

    static LocalDateTime at(String isoDate) {
        return LocalDate.parse(isoDate).atTime(10, 30);
    }

    Account studentAccount() {
        return Account.forStudent(pupil, Username.of("jean.dupont"), at("2025-09-01"), ADMIN);
    }

    Account guardianAccount() {
        return Account.forGuardian(mother, pupil, Username.of("marie.dupont"), at("2025-09-01"), ADMIN);
    }

    Account account(AccountKind kind) {
        return kind == AccountKind.STUDENT ? studentAccount() : guardianAccount();
    }

    /** Notified on 2 September 2025 (by letter). */
    Account notified(AccountKind kind) {
        Account account = account(kind);
        account.notifyBy(NotificationMode.LETTER, at("2025-09-02"), ADMIN, newTemporaryPassword);
        return account;
    }

    /** A guardian's account activated on 10 September 2025, its e-mail not yet validated. */
    Account activating() {
        Account account = notified(AccountKind.GUARDIAN);
        account.activateAsGuardian(BIRTH_DATE, "marie.dupont@example.org", NEW_PASSWORD_HASH, at("2025-09-10"));
        return account;
    }

    /** « Utilisé » since 12 September 2025, with a validated e-mail. */
    Account inUse(AccountKind kind) {
        if (kind == AccountKind.GUARDIAN) {
            Account account = activating();
            account.validateEmail(at("2025-09-12"), "marie.dupont");
            return account;
        }
        Account account = notified(AccountKind.STUDENT);
        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, "jean.dupont@example.org", at("2025-09-12"));
        account.validateEmail(at("2025-09-12"), "jean.dupont");
        return account;
    }

    /** Deleted on 2 December 2025, three months after a notification nobody followed. */
    Account closed(AccountKind kind) {
        Account account = notified(kind);
        account.expireIfDue(at("2025-12-02"), BATCH);
        return account;
    }

    Account in(AccountKind kind, AccountState state) {
        return switch (state) {
            case NOT_NOTIFIED -> account(kind);
            case NOTIFIED -> notified(kind);
            case ACTIVATING -> activating();
            case IN_USE -> inUse(kind);
            case CLOSED -> closed(kind);
        };
    }

    /** The same pupil enrolled in the other collège of the académie. */
    Student pupilAtOtherCollege() {
        return new Student(otherCollege, "3001", "Dupont", "Jean", BIRTH_DATE, Sex.MALE);
    }
}
