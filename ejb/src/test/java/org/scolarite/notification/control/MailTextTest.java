package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    @DisplayName("R-MAIL-1: the text part keeps paragraphs, line breaks and list items, decodes entities")
    void textFromLetterHtml() {
        String html = "<p><strong>Objet :</strong> votre compte</p><p>Identifiant&nbsp;: <b>claire.durand</b><br/>"
                + "Mot de passe : xk7pq2mz</p><ol><li>connectez-vous ;</li><li>choisissez &amp; validez.</li></ol>"
                + "<p>Fin</p>";
        assertThat(MailText.fromHtml(html)).isEqualTo("""
                Objet : votre compte

                Identifiant\u00a0: claire.durand
                Mot de passe : xk7pq2mz

                – connectez-vous ;
                – choisissez & validez.

                Fin
                """);
    }

    @Test
    @DisplayName("A message typed by the school is escaped into HTML paragraphs (no markup injection)")
    void typedTextToHtml() {
        assertThat(MailText.toHtml("Bonjour <script>,\nligne 2\n\nParagraphe & fin"))
                .isEqualTo("<p>Bonjour &lt;script&gt;,<br/>ligne 2</p><p>Paragraphe &amp; fin</p>");
    }
}
