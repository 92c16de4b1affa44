package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.BIRTH_DATE;
import static org.scolarite.account.entity.Fixtures.NEW_PASSWORD_HASH;
import static org.scolarite.account.entity.Fixtures.at;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountActivationTest {

    private final Fixtures f = new Fixtures();

    @Test
    @DisplayName("R-ACC-4: a pupil's activation goes straight to « Utilisé », forgets the temporary password and keeps the e-mail unvalidated")
    void pupilActivation() {
        Account account = f.notified(AccountKind.STUDENT);

        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, " jean@example.org ", at("2025-09-12"));

        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.getPasswordHash()).isEqualTo(NEW_PASSWORD_HASH);
        assertThat(account.hasTemporaryPassword()).isFalse();
        assertThat(account.getActivatedOn()).isEqualTo("2025-09-12");
        assertThat(account.getEmail()).isEqualTo("jean@example.org");
        assertThat(account.isEmailValidated()).isFalse();
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.ACTIVATED);
            assertThat(event.getActor()).as("the holder himself").isEqualTo("jean.dupont");
            assertThat(event.getToState()).isEqualTo(AccountState.IN_USE);
        });
    }

    @Test
    @DisplayName("R-ACC-4: a pupil's e-mail is optional")
    void pupilEmailOptional() {
        Account account = f.notified(AccountKind.STUDENT);

        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, "  ", at("2025-09-12"));

        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.getEmail()).isNull();
    }

    @Test
    @DisplayName("R-ACC-4: a wrong birth date refuses the activation and changes nothing")
    void pupilWrongBirthDate() {
        Account account = f.notified(AccountKind.STUDENT);

        assertThatThrownBy(() -> account.activateAsStudent(BIRTH_DATE.plusDays(1), NEW_PASSWORD_HASH, null,
                at("2025-09-12")))
                .isInstanceOf(BirthDateMismatch.class)
                .hasMessage("La date de naissance saisie ne correspond pas à celle connue de l'établissement.");
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
        assertThat(account.hasTemporaryPassword()).isTrue();
        assertThat(account.getPasswordHash()).isNull();
    }

    @Test
    @DisplayName("R-ACC-4: a malformed e-mail is refused with a French message")
    void pupilMalformedEmail() {
        Account account = f.notified(AccountKind.STUDENT);

        assertThatThrownBy(() -> account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, "jean@", at("2025-09-12")))
                .isInstanceOf(InvalidEmailAddress.class)
                .hasMessage("L'adresse électronique « jean@ » n'est pas valide.");
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-ACC-4: a pupil's optional e-mail is validated by its link while the account stays « Utilisé »")
    void pupilEmailValidation() {
        Account account = f.notified(AccountKind.STUDENT);
        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, "jean@example.org", at("2025-09-12"));

        account.validateEmail(at("2025-09-13"), "jean.dupont");

        assertThat(account.isEmailValidated()).isTrue();
        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.getActivatedOn()).isEqualTo("2025-09-12");
    }

    @Test
    @DisplayName("R-ACC-4: there is nothing to validate on an account without e-mail")
    void nothingToValidate() {
        Account account = f.notified(AccountKind.STUDENT);
        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, null, at("2025-09-12"));

        assertThatThrownBy(() -> account.validateEmail(at("2025-09-13"), "jean.dupont"))
                .isInstanceOf(InvalidEmailAddress.class);
    }

    @Test
    @DisplayName("R-ACC-5: a guardian's activation goes to « En cours d'activation » with the e-mail unvalidated and the temporary password forgotten")
    void guardianActivation() {
        Account account = f.notified(AccountKind.GUARDIAN);

        account.activateAsGuardian(BIRTH_DATE, "marie@example.org", NEW_PASSWORD_HASH, at("2025-09-10"));

        assertThat(account.getState()).isEqualTo(AccountState.ACTIVATING);
        assertThat(account.getEmail()).isEqualTo("marie@example.org");
        assertThat(account.isEmailValidated()).isFalse();
        assertThat(account.hasTemporaryPassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo(NEW_PASSWORD_HASH);
        assertThat(account.getActivatedOn()).as("not « Utilisé » yet").isNull();
    }

    @Test
    @DisplayName("R-ACC-5: following the validation link makes a guardian's account « Utilisé »")
    void guardianValidation() {
        Account account = f.activating();

        account.validateEmail(at("2025-09-12"), "marie.dupont");

        assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
        assertThat(account.isEmailValidated()).isTrue();
        assertThat(account.getActivatedOn()).isEqualTo("2025-09-12");
        assertThat(account.getHistory()).last().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(AccountEventType.EMAIL_VALIDATED);
            assertThat(event.getFromState()).isEqualTo(AccountState.ACTIVATING);
            assertThat(event.getToState()).isEqualTo(AccountState.IN_USE);
        });
    }

    @Test
    @DisplayName("R-ACC-5: the e-mail is mandatory for a guardian")
    void guardianEmailMandatory() {
        Account account = f.notified(AccountKind.GUARDIAN);

        assertThatThrownBy(() -> account.activateAsGuardian(BIRTH_DATE, " ", NEW_PASSWORD_HASH, at("2025-09-10")))
                .isInstanceOf(InvalidEmailAddress.class)
                .hasMessage("L'adresse électronique est obligatoire pour activer un compte responsable.");
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-ACC-5: the guardian must give the birth date of a child the account opens")
    void guardianWrongChildBirthDate() {
        Account account = f.notified(AccountKind.GUARDIAN);

        assertThatThrownBy(() -> account.activateAsGuardian(BIRTH_DATE.minusYears(1), "marie@example.org",
                NEW_PASSWORD_HASH, at("2025-09-10")))
                .isInstanceOf(BirthDateMismatch.class);
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-ACC-10: a pupil's account cannot go through « En cours d'activation »")
    void pupilNeverActivating() {
        Account account = f.notified(AccountKind.STUDENT);

        assertThatThrownBy(() -> account.activateAsGuardian(BIRTH_DATE, "jean@example.org", NEW_PASSWORD_HASH,
                at("2025-09-10")))
                .isInstanceOf(IllegalAccountTransition.class);
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
    }

    @Test
    @DisplayName("R-ACC-5: a guardian's account cannot skip the e-mail by activating as a pupil")
    void guardianCannotActivateAsPupil() {
        Account account = f.notified(AccountKind.GUARDIAN);

        assertThatThrownBy(() -> account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, null, at("2025-09-10")))
                .isInstanceOf(IllegalAccountTransition.class);
        assertThat(account.getState()).isEqualTo(AccountState.NOTIFIED);
    }
}
