package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterPart;

class TemplateCheckTest {

    private static String defaultWithout(LetterPart part, LetterField field) {
        return DefaultLetterTemplates.of(part).replace(field.token(), "");
    }

    @Test
    @DisplayName("R-SET-4: a body without the CNIL mention cannot be saved")
    void cnilMentionIsMandatory() {
        TemplateCheck.Result result =
                TemplateCheck.check(LetterPart.BODY_STUDENT_NEW, defaultWithout(LetterPart.BODY_STUDENT_NEW,
                        LetterField.CNIL_MENTION));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.errors()).containsExactly("Le champ «\u00a0Mention «\u00a0Informatique et libertés\u00a0»"
                + "\u00a0» est obligatoire et ne peut pas être retiré\u00a0: insérez-le à nouveau.");
    }

    @Test
    @DisplayName("R-SET-4: a CNIL mention hidden where the policy removes it does not count")
    void cnilMentionInRemovedMarkup() {
        String html = "<p>Texte {{urlAcces}} {{identifiant}}</p><script>{{mentionCnil}}</script>";

        assertThat(TemplateCheck.check(LetterPart.BODY_STUDENT_CONTINUITY, html).errors())
                .anySatisfy(error -> assertThat(error).contains("est obligatoire"));
    }

    @Test
    @DisplayName("R-SET-4: removing the password from the guardian's new-account body only warns")
    void missingPasswordWarns() {
        TemplateCheck.Result result = TemplateCheck.check(LetterPart.BODY_GUARDIAN_NEW,
                defaultWithout(LetterPart.BODY_GUARDIAN_NEW, LetterField.TEMPORARY_PASSWORD));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).containsExactly("Le champ «\u00a0Mot de passe provisoire\u00a0» a été retiré\u00a0: "
                + "le destinataire ne pourra pas activer son compte.");
    }

    @Test
    @DisplayName("R-SET-4: removing the URL or the identifier from a body warns")
    void missingUrlOrIdentifierWarns() {
        String html = defaultWithout(LetterPart.BODY_STUDENT_CONTINUITY, LetterField.ACCESS_URL)
                .replace(LetterField.USERNAME.token(), "");

        TemplateCheck.Result result = TemplateCheck.check(LetterPart.BODY_STUDENT_CONTINUITY, html);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("Le champ «\u00a0Adresse d’accès aux services en ligne\u00a0»"))
                .anySatisfy(w -> assertThat(w).startsWith("Le champ «\u00a0Identifiant\u00a0»"));
    }

    @Test
    @DisplayName("R-SET-4: a guardian's body that no longer names the child warns")
    void guardianBodyWithoutChild() {
        TemplateCheck.Result result = TemplateCheck.check(LetterPart.BODY_GUARDIAN_CONTINUITY,
                defaultWithout(LetterPart.BODY_GUARDIAN_CONTINUITY, LetterField.CHILDREN));

        assertThat(result.warnings()).singleElement().asString().startsWith("Le courrier ne nomme plus l’enfant");
    }

    @Test
    @DisplayName("R-SET-4: the password field in a continuity body is an error")
    void passwordInContinuityIsAnError() {
        String html = DefaultLetterTemplates.of(LetterPart.BODY_GUARDIAN_CONTINUITY)
                .replace("</strong></p>", " {{motDePasseProvisoire}}</strong></p>");

        TemplateCheck.Result result = TemplateCheck.check(LetterPart.BODY_GUARDIAN_CONTINUITY, html);

        assertThat(result.errors()).containsExactly("Le champ «\u00a0Mot de passe provisoire\u00a0» n’est pas "
                + "disponible dans cette partie (Corps du courrier «\u00a0Responsable – continuité d’accès\u00a0»)\u00a0: "
                + "retirez-le.");
    }

    @Test
    @DisplayName("R-SET-4: the header may hold neither the password, nor the children, nor the CNIL mention")
    void headerRefusesBodyFields() {
        String html = DefaultLetterTemplates.of(LetterPart.HEADER)
                + "<p>{{motDePasseProvisoire}} {{listeEnfants}} {{mentionCnil}}</p>";

        assertThat(TemplateCheck.check(LetterPart.HEADER, html).errors()).hasSize(3)
                .allSatisfy(error -> assertThat(error).endsWith("n’est pas disponible dans cette partie (En-tête des courriers)\u00a0: retirez-le."));
    }

    @Test
    @DisplayName("R-SET-4: the header without the recipient's name and address warns twice")
    void headerWithoutRecipient() {
        String html = defaultWithout(LetterPart.HEADER, LetterField.RECIPIENT_NAME)
                .replace(LetterField.RECIPIENT_ADDRESS.token(), "");

        TemplateCheck.Result result = TemplateCheck.check(LetterPart.HEADER, html);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("Nom du destinataire"))
                .anySatisfy(w -> assertThat(w).contains("Adresse du destinataire"));
    }

    @Test
    @DisplayName("R-SET-4: an unknown field is an error naming it")
    void unknownField() {
        String html = DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW) + "<p>{{numeroSecu}}</p>";

        assertThat(TemplateCheck.check(LetterPart.BODY_STUDENT_NEW, html).errors()).containsExactly(
                "Le champ {{numeroSecu}} n’existe pas\u00a0: insérez les champs depuis la liste proposée.");
    }

    @Test
    @DisplayName("R-SET-4: a field cut by formatting or mistyped is an error, not silently printed")
    void brokenField() {
        String cut = DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW) + "<p>{{<strong>identifiant</strong>}}</p>";
        String spaced = DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW) + "<p>{{ identifiant }}</p>";

        assertThat(TemplateCheck.check(LetterPart.BODY_STUDENT_NEW, cut).errors())
                .singleElement().asString().startsWith("Le texte contient «\u00a0{{\u00a0»");
        assertThat(TemplateCheck.check(LetterPart.BODY_STUDENT_NEW, spaced).hasErrors()).isTrue();
    }

    @Test
    @DisplayName("R-SET-4: an empty part is an error, whatever empty markup the editor leaves")
    void empty() {
        for (String html : new String[] {null, "", "<p><br></p>", "<p>&nbsp;</p><script>x</script>"}) {
            TemplateCheck.Result result = TemplateCheck.check(LetterPart.BODY_GUARDIAN_NEW, html);

            assertThat(result.errors()).containsExactly(
                    "Le modèle est vide\u00a0: saisissez un texte ou revenez au modèle par défaut.");
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-SET-4: the result's lists cannot be changed by the caller")
    void immutableResult() {
        TemplateCheck.Result result = TemplateCheck.check(LetterPart.HEADER, "<p>x</p>");

        assertThat(result.warnings()).isUnmodifiable();
        assertThat(result.errors()).isUnmodifiable();
        assertThat(result.hasWarnings()).isTrue();
    }
}
