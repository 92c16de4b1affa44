package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterPart;
import org.scolarite.settings.control.RichTextPolicy;

class DefaultLetterTemplatesTest {

    @ParameterizedTest
    @EnumSource(LetterPart.class)
    @DisplayName("R-SET-4: every default template passes its own check with no error and no warning")
    void defaultsAreClean(LetterPart part) {
        TemplateCheck.Result result = TemplateCheck.check(part, DefaultLetterTemplates.of(part));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LetterPart.class)
    @DisplayName("R-SET-4: every default template is already in the form the letter policy stores, tokens included")
    void defaultsAreStableUnderThePolicy(LetterPart part) {
        String template = DefaultLetterTemplates.of(part);

        assertThat(RichTextPolicy.LETTER.sanitize(template)).isEqualTo(template);
    }

    @ParameterizedTest
    @EnumSource(value = LetterPart.class, names = "BODY_.*", mode = EnumSource.Mode.MATCH_ALL)
    @DisplayName("R-SET-4: every default body gives the URL and the identifier, is signed by the head and ends with the CNIL mention")
    void bodies(LetterPart body) {
        String template = DefaultLetterTemplates.of(body);

        assertThat(template).contains(LetterField.ACCESS_URL.token(), LetterField.USERNAME.token(),
                LetterField.HEAD_NAME.token(), "Le chef d’établissement,");
        assertThat(template).endsWith("<p><em>" + LetterField.CNIL_MENTION.token() + "</em></p>");
    }

    @Test
    @DisplayName("R-SET-4: the new-account letters give the password and the first-connection procedure")
    void newAccountLetters() {
        String guardian = RichTextPolicy.LETTER.visibleText(DefaultLetterTemplates.of(LetterPart.BODY_GUARDIAN_NEW));
        String student = RichTextPolicy.LETTER.visibleText(DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW));

        assertThat(guardian).contains("Mot de passe provisoire\u00a0: {{motDePasseProvisoire}}",
                "adresse électronique et la date de naissance de votre enfant", "choisissez votre mot de passe",
                "lien de validation", "trois mois");
        assertThat(student).contains("Mot de passe provisoire\u00a0: {{motDePasseProvisoire}}",
                "indiquez votre date de naissance", "nouveau mot de passe").doesNotContain("courriel");
    }

    @Test
    @DisplayName("R-SET-4, R-ACC-7: continuity letters keep the identifier, valid from the next day, password unchanged")
    void continuityLetters() {
        for (LetterPart part : new LetterPart[] {LetterPart.BODY_GUARDIAN_CONTINUITY, LetterPart.BODY_STUDENT_CONTINUITY}) {
            String text = RichTextPolicy.LETTER.visibleText(DefaultLetterTemplates.of(part));

            assertThat(text).contains("à partir du lendemain", "mot de passe restent inchangés")
                    .doesNotContain("provisoire");
        }
    }

    @Test
    @DisplayName("R-SET-4: the shared header names the school, its address and phone, the recipient and the date")
    void header() {
        assertThat(DefaultLetterTemplates.of(LetterPart.HEADER)).contains(LetterField.ESTABLISHMENT_NAME.token(),
                LetterField.ESTABLISHMENT_ADDRESS.token(), LetterField.ESTABLISHMENT_PHONE.token(),
                LetterField.RECIPIENT_NAME.token(), LetterField.RECIPIENT_ADDRESS.token(),
                LetterField.PLACE_AND_DATE.token());
    }

    @ParameterizedTest
    @EnumSource(LetterPart.class)
    @DisplayName("R-SET-4: French typography — non-breaking space before : ; ! ? and inside « », curly apostrophes")
    void frenchTypography(LetterPart part) {
        String text = RichTextPolicy.LETTER.visibleText(DefaultLetterTemplates.of(part));

        assertThat(text).doesNotContain(" :", " ;", " !", " ?", "« ", " »", "'")
                .doesNotContainPattern("[^\u00a0][:;!?](\\s|$)");
    }
}
