package org.scolarite.schoollife.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolLifeContactTest {

    @Test
    @DisplayName("R-VS-1 « contacter la vie scolaire »: the establishment's vie-scolaire mailbox first, else the contact "
            + "link's, else none")
    void mailbox() {
        assertThat(SchoolLifeContact.mailbox(List.of("ce.0140070a@ac-normandie.fr",
                "Vie-Scolaire.0140070a@ac-normandie.fr"), "ce.0140070a@ac-normandie.fr"))
                .contains("Vie-Scolaire.0140070a@ac-normandie.fr");
        assertThat(SchoolLifeContact.mailbox(List.of("ce.0140070a@ac-normandie.fr"), "ce.0140070a@ac-normandie.fr"))
                .contains("ce.0140070a@ac-normandie.fr");
        assertThat(SchoolLifeContact.mailbox(List.of("ce.0140070a@ac-normandie.fr"), null)).isEmpty();
    }
}
