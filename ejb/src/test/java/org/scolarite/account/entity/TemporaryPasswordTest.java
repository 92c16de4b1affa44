package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemporaryPasswordTest {

    private static final int DRAWS = 2_000;
    private final List<String> passwords = IntStream.range(0, DRAWS)
            .mapToObj(i -> TemporaryPassword.generate(new SecureRandom()))
            .toList();

    @Test
    @DisplayName("R-ACC-2: a temporary password has 8 characters, digits and lower-case letters only")
    void eightDigitsAndLowerCaseLetters() {
        assertThat(passwords).allSatisfy(password -> assertThat(password).hasSize(8).matches("[a-z0-9]{8}"));
    }

    @Test
    @DisplayName("R-ACC-2: a temporary password never holds a look-alike (0 o 1 l i)")
    void noLookAlikes() {
        assertThat(passwords).allSatisfy(password -> assertThat(password).doesNotContainAnyWhitespaces()
                .doesNotContain("0").doesNotContain("o").doesNotContain("1").doesNotContain("l").doesNotContain("i"));
        assertThat(TemporaryPassword.ALPHABET).hasSize(31);
    }

    @Test
    @DisplayName("R-ACC-2: a temporary password always holds at least one letter and one digit")
    void bothClassesPresent() {
        assertThat(passwords).allSatisfy(password -> assertThat(password).containsPattern("[a-z]")
                .containsPattern("[0-9]"));
    }

    @Test
    @DisplayName("R-ACC-2: temporary passwords come from a secure random source and do not repeat")
    void doesNotRepeat() {
        Set<String> distinct = new HashSet<>(passwords);

        assertThat(distinct).hasSize(DRAWS);
    }

    @Test
    @DisplayName("R-ACC-2: every character of the alphabet is drawn, in every position")
    void usesTheWholeAlphabet() {
        for (int position = 0; position < TemporaryPassword.LENGTH; position++) {
            int at = position;
            Set<Character> seen = new HashSet<>();
            passwords.forEach(password -> seen.add(password.charAt(at)));
            assertThat(seen).as("characters seen at position %d", position).hasSize(31);
        }
    }
}
