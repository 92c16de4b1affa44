package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;
import org.scolarite.settings.control.RichTextPolicy;

class LetterRendererTest {

    @Test
    @DisplayName("R-SET-4: fields are replaced by their values, the markup around them kept")
    void replacesFields() {
        String html = LetterRenderer.render("<p>Identifiant\u00a0: <strong>{{identifiant}}</strong></p>",
                Map.of(LetterField.USERNAME, "claire.durand"));

        assertThat(html).isEqualTo("<p>Identifiant\u00a0: <strong>claire.durand</strong></p>");
    }

    @Test
    @DisplayName("R-SET-4: values are HTML-escaped: a <script> in a name is printed, never run")
    void escapesValues() {
        String html = LetterRenderer.render("<p>{{nomDestinataire}}</p>",
                Map.of(LetterField.RECIPIENT_NAME, "<script>alert(\"x\")</script> O'Brien & fils"));

        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; fils</p>");
    }

    @Test
    @DisplayName("R-SET-4: each line of a multi-line value is escaped, lines joined by <br/>")
    void multiLineValues() {
        String html = LetterRenderer.render("<p>{{adresseDestinataire}}</p>",
                Map.of(LetterField.RECIPIENT_ADDRESS, "12 rue des <Lilas>\r\nBP 5\n14000 CAEN"));

        assertThat(html).isEqualTo("<p>12 rue des &lt;Lilas&gt;<br/>BP 5<br/>14000 CAEN</p>");
    }

    @Test
    @DisplayName("R-SET-4: values holding $ or \\ are printed as they are")
    void replacementCharacters() {
        assertThat(LetterRenderer.render("{{identifiant}}", Map.of(LetterField.USERNAME, "a$1\\b")))
                .isEqualTo("a$1\\b");
    }

    @Test
    @DisplayName("R-SET-4: a missing value prints nothing")
    void missingValue() {
        assertThat(LetterRenderer.render("<p>[{{classeEleve}}]</p>", Map.of())).isEqualTo("<p>[]</p>");
        Map<LetterField, String> withNull = new EnumMap<>(LetterField.class);
        withNull.put(LetterField.STUDENT_CLASS, null);
        assertThat(LetterRenderer.render("<p>[{{classeEleve}}]</p>", withNull)).isEqualTo("<p>[]</p>");
        assertThat(LetterRenderer.render(null, Map.of())).isEmpty();
    }

    @Test
    @DisplayName("R-SET-4: the CNIL mention is always the domain's text, whatever value is given")
    void cnilMentionIsFixed() {
        String html = LetterRenderer.render("<p>{{mentionCnil}}</p>", Map.of(LetterField.CNIL_MENTION, "rien"));

        assertThat(html).isEqualTo("<p>" + LetterField.CNIL_MENTION_TEXT + "</p>");
    }

    @Test
    @DisplayName("R-SET-4: an unknown token is left as typed, so that the preview shows the mistake")
    void unknownToken() {
        assertThat(LetterRenderer.render("<p>{{inconnu}}</p>", Map.of())).isEqualTo("<p>{{inconnu}}</p>");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    @DisplayName("R-SET-4: the default header and body rendered with the sample data leave no {{ behind")
    void defaultsRenderCompletely(LetterKind kind) {
        Map<LetterField, String> values = SampleLetterData.values(kind);
        String letter = LetterRenderer.render(DefaultLetterTemplates.of(LetterPart.HEADER), values)
                + LetterRenderer.render(DefaultLetterTemplates.of(LetterPart.bodyOf(kind)), values);

        assertThat(letter).doesNotContain("{{", "}}")
                .contains("Collège Jean Moulin", "12 rue des Lilas<br/>14000 CAEN", "Caen, le 22 novembre 2026",
                        "https://teleservices.ac-normandie.fr/", "Anne MARTIN", "loi n°\u00a078-17");
    }

    @Test
    @DisplayName("R-SET-4: tokens survive the letter policy, so a sanitised template still renders every field")
    void tokensSurviveSanitising() {
        String typed = "<p onclick=\"x()\">Bonjour {{nomDestinataire}}, code\u00a0: <em>{{motDePasseProvisoire}}</em>"
                + "</p><script>{{identifiant}}</script>";

        String rendered = LetterRenderer.render(RichTextPolicy.LETTER.sanitize(typed),
                SampleLetterData.values(LetterKind.GUARDIAN_NEW));

        assertThat(rendered).isEqualTo("<p>Bonjour Madame Claire DURAND, code\u00a0: <em>xk7pq2mz</em></p>");
    }

    @Test
    @DisplayName("R-SET-4: sample data are Claire DURAND's for guardians and Léa DURAND's for pupils")
    void sampleData() {
        Map<LetterField, String> guardian = SampleLetterData.values(LetterKind.GUARDIAN_NEW);
        Map<LetterField, String> pupil = SampleLetterData.values(LetterKind.STUDENT_NEW);

        assertThat(guardian).containsEntry(LetterField.RECIPIENT_NAME, "Madame Claire DURAND")
                .containsEntry(LetterField.USERNAME, "claire.durand")
                .containsEntry(LetterField.ESTABLISHMENT_NAME, "Collège Jean Moulin")
                .containsKeys(LetterField.TEMPORARY_PASSWORD, LetterField.CHILDREN);
        assertThat(pupil).containsEntry(LetterField.RECIPIENT_NAME, "Léa DURAND")
                .containsEntry(LetterField.USERNAME, "lea.durand")
                .doesNotContainKey(LetterField.CHILDREN);
        assertThat(pupil.get(LetterField.TEMPORARY_PASSWORD)).matches("[a-z2-9]{8}")
                .isNotEqualTo(guardian.get(LetterField.TEMPORARY_PASSWORD));
    }

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = ".*_CONTINUITY", mode = EnumSource.Mode.MATCH_ALL)
    @DisplayName("R-SET-4: continuity samples have no password to show")
    void continuitySamplesHaveNoPassword(LetterKind kind) {
        assertThat(SampleLetterData.values(kind)).doesNotContainKey(LetterField.TEMPORARY_PASSWORD)
                .containsKeys(LetterField.USERNAME, LetterField.ACCESS_URL);
    }
}
