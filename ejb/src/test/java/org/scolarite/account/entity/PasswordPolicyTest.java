package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @DisplayName("R-PORTAL-2: 8 characters or more with a letter and a digit are accepted")
    @ValueSource(strings = {"abcdefg1", "Soleil2025", "été-2025", "1234567a"})
    void acceptsLettersAndDigits(String password) {
        assertThat(PasswordPolicy.brokenRules(password.toCharArray())).isEmpty();
    }

    @Test
    @DisplayName("R-PORTAL-2: fewer than 8 characters is refused with a French message saying so")
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.brokenRules("abc1234".toCharArray())).containsExactly(PasswordRule.MIN_LENGTH);
        assertThat(PasswordRule.MIN_LENGTH.message())
                .isEqualTo("Le mot de passe doit contenir au moins 8 caractères.");
    }

    @ParameterizedTest
    @DisplayName("R-PORTAL-2: a password under 16 characters needs a letter AND a digit")
    @ValueSource(strings = {"abcdefgh", "12345678", "motdepasse-long", "--------"})
    void refusesOneClassOnly(String password) {
        assertThat(PasswordPolicy.brokenRules(password.toCharArray())).containsExactly(PasswordRule.LETTER_AND_DIGIT);
        assertThat(PasswordRule.LETTER_AND_DIGIT.message())
                .isEqualTo("Le mot de passe doit contenir au moins une lettre et un chiffre.");
    }

    @Test
    @DisplayName("R-PORTAL-2: a passphrase of 16 characters or more is accepted without a digit, not without a letter")
    void acceptsLongPassphrases() {
        assertThat(PasswordPolicy.brokenRules("le chat dort ici".toCharArray())).isEmpty();
        assertThat(PasswordPolicy.brokenRules("le chat dort ic".toCharArray()))
                .containsExactly(PasswordRule.LETTER_AND_DIGIT);
        assertThat(PasswordPolicy.brokenRules("1234567890123456".toCharArray())).containsExactly(PasswordRule.LETTER);
    }

    @Test
    @DisplayName("R-PORTAL-2: more than 128 characters is refused")
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.brokenRules(("a1" + "x".repeat(126)).toCharArray())).isEmpty();
        assertThat(PasswordPolicy.brokenRules(("a1" + "x".repeat(127)).toCharArray()))
                .containsExactly(PasswordRule.MAX_LENGTH);
    }

    @Test
    @DisplayName("R-PORTAL-2: lengths count characters, not UTF-16 units")
    void countsCharacters() {
        assertThat(PasswordPolicy.brokenRules("a1😀😀😀".toCharArray())).containsExactly(PasswordRule.MIN_LENGTH);
    }

    @Test
    @DisplayName("R-PORTAL-2: a refused password names every broken rule in French")
    void rejectionListsEveryRule() {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("abc".toCharArray()))
                .isInstanceOf(PasswordRejected.class)
                .hasMessage("Le mot de passe doit contenir au moins 8 caractères. "
                        + "Le mot de passe doit contenir au moins une lettre et un chiffre.")
                .satisfies(e -> assertThat(((PasswordRejected) e).getBrokenRules())
                        .containsExactly(PasswordRule.MIN_LENGTH, PasswordRule.LETTER_AND_DIGIT));
    }
}
