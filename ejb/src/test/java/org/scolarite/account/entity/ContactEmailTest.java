package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactEmailTest {

    @Test
    @DisplayName("R-MASS-1: the account's validated e-mail comes before the school's file")
    void validatedAccountEmailFirst() {
        assertThat(ContactEmail.choose("moi@example.org", true, "bee@example.org")).isEqualTo("moi@example.org");
    }

    @Test
    @DisplayName("R-MASS-1: an address given at activation but not validated yet is not trusted: the school's file")
    void unvalidatedAccountEmailIsNotUsed() {
        assertThat(ContactEmail.choose("typo@example.org", false, "bee@example.org")).isEqualTo("bee@example.org");
    }

    @Test
    @DisplayName("R-MASS-1: no address at all → none (a letter is printed instead)")
    void noAddress() {
        assertThat(ContactEmail.choose(null, false, null)).isNull();
        assertThat(ContactEmail.choose("typo@example.org", false, " ")).isNull();
        assertThat(ContactEmail.choose(" ", true, " bee@example.org ")).isEqualTo("bee@example.org");
    }
}
