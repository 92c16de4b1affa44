package org.scolarite.navigation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SET-5: what the contact form accepts. */
class ContactFormTest {

    @Test
    @DisplayName("R-SET-5: subject and message are required, with French messages naming the field")
    void required() {
        assertThatThrownBy(() -> ContactForm.of("  ", "Bonjour")).isInstanceOf(ContactRejected.class)
                .hasMessage("Indiquez l’objet de votre message.")
                .satisfies(e -> assertThat(((ContactRejected) e).field()).isEqualTo("subject"));
        assertThatThrownBy(() -> ContactForm.of("Absence", null)).isInstanceOf(ContactRejected.class)
                .hasMessage("Écrivez votre message.")
                .satisfies(e -> assertThat(((ContactRejected) e).field()).isEqualTo("message"));
    }

    @Test
    @DisplayName("R-SET-5: limits of 120 characters for the subject and 3000 for the message, said with the count")
    void limits() {
        assertThat(ContactForm.of("a".repeat(120), "b".repeat(3000)).message()).hasSize(3000);
        assertThatThrownBy(() -> ContactForm.of("a".repeat(121), "x"))
                .hasMessage("L’objet ne doit pas dépasser 120 caractères (121 saisis).");
        assertThatThrownBy(() -> ContactForm.of("x", "b".repeat(3001)))
                .hasMessage("Le message ne doit pas dépasser 3000 caractères (3001 saisis).");
    }

    @Test
    @DisplayName("R-SET-5: plain text: the subject stays on one line (no header injection), control characters go, "
            + "the message keeps its lines")
    void plain_text() {
        ContactForm form = ContactForm.of("Absence\r\nBcc: x@example.org", "Bonjour,\r\n\r\nLéa sera absente.\u0007");
        assertThat(form.subject()).isEqualTo("Absence Bcc: x@example.org");
        assertThat(form.message()).isEqualTo("Bonjour,\n\nLéa sera absente.");
    }
}
