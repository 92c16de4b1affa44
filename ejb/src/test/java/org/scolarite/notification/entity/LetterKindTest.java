package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.AccountKind;

class LetterKindTest {

    @Test
    @DisplayName("R-SET-4: four letters — guardian or pupil, new account with password or continuity without")
    void fourLetters() {
        assertThat(LetterKind.GUARDIAN_NEW.forGuardian()).isTrue();
        assertThat(LetterKind.GUARDIAN_NEW.carriesPassword()).isTrue();
        assertThat(LetterKind.GUARDIAN_CONTINUITY.forGuardian()).isTrue();
        assertThat(LetterKind.GUARDIAN_CONTINUITY.carriesPassword()).isFalse();
        assertThat(LetterKind.STUDENT_NEW.forGuardian()).isFalse();
        assertThat(LetterKind.STUDENT_NEW.carriesPassword()).isTrue();
        assertThat(LetterKind.STUDENT_CONTINUITY.forGuardian()).isFalse();
        assertThat(LetterKind.STUDENT_CONTINUITY.carriesPassword()).isFalse();
    }

    @Test
    @DisplayName("R-SET-4: the letter of an account follows its kind and whether a password is printed")
    void ofAccount() {
        assertThat(LetterKind.of(AccountKind.GUARDIAN, true)).isEqualTo(LetterKind.GUARDIAN_NEW);
        assertThat(LetterKind.of(AccountKind.GUARDIAN, false)).isEqualTo(LetterKind.GUARDIAN_CONTINUITY);
        assertThat(LetterKind.of(AccountKind.STUDENT, true)).isEqualTo(LetterKind.STUDENT_NEW);
        assertThat(LetterKind.of(AccountKind.STUDENT, false)).isEqualTo(LetterKind.STUDENT_CONTINUITY);
    }

    @Test
    @DisplayName("R-SET-4: each letter has the French name of the guide")
    void labels() {
        assertThat(LetterKind.GUARDIAN_NEW.label()).isEqualTo("Responsable – nouveau compte ou compte non activé");
        assertThat(LetterKind.STUDENT_CONTINUITY.label()).isEqualTo("Élève – continuité d’accès");
    }
}
