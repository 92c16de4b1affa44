package org.scolarite.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditDescriptionsTest {

    private static final Properties FRENCH = load();

    private final AuditDescriptions descriptions = new AuditDescriptions(FRENCH::getProperty);

    private static Properties load() {
        try (InputStream in = AuditDescriptionsTest.class.getResourceAsStream(
                "/org/scolarite/admin/settings/messages_fr.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("R-ROLE-1: setting changes are named after the setting, service switches after the service")
    void actions() {
        assertThat(descriptions.action("PARAMETRAGE", "welcome-message")).isEqualTo("Message d’accueil");
        assertThat(descriptions.action("PARAMETRAGE", "useful-links")).isEqualTo("Liens utiles");
        assertThat(descriptions.action("OUVERTURE_SERVICE", "GRADES")).isEqualTo("Ouverture du service Notes");
        assertThat(descriptions.action("FERMETURE_SERVICE", "academic-12"))
                .isEqualTo("Fermeture du service académique n° 12");
        assertThat(descriptions.action("PARAMETRAGE", "letter.BODY_GUARDIAN_NEW"))
                .isEqualTo("Modèle de courrier\u00a0: Corps du courrier «\u00a0Responsable – nouveau compte ou compte "
                        + "non activé\u00a0»");
        assertThat(descriptions.action("ACTIVATION_TELESERVICES", "0140070A")).isEqualTo("Activation des téléservices");
    }

    @Test
    @DisplayName("R-ROLE-1: unknown codes are shown as recorded")
    void unknownCodes() {
        assertThat(descriptions.action("NOTIFICATION_MASSE", "42")).isEqualTo("NOTIFICATION_MASSE (42)");
        assertThat(descriptions.action("PARAMETRAGE", "new-thing")).isEqualTo("Paramétrage (new-thing)");
    }

    @Test
    @DisplayName("R-ROLE-1: old → new values are read back from their JSON as French words")
    void details() {
        assertThat(descriptions.detail("PARAMETRAGE", "welcome-message",
                "\"<p>Bonjour</p>\" → \"<p>Bonjour <a href=\\\"https://x.fr\\\">tous</a> &amp; bienvenue</p>\""))
                .isEqualTo("«\u00a0Bonjour\u00a0» → «\u00a0Bonjour tous & bienvenue\u00a0»");
        assertThat(descriptions.detail("PARAMETRAGE", "ent-link",
                "(valeur par défaut) → {\"choiceId\":3,\"entLabel\":\"L’Educ\",\"entUrl\":\"https://e.fr/\","
                        + "\"letterType\":\"MIXED\"}"))
                .isEqualTo("valeur par défaut → ENT\u00a0: «\u00a0L’Educ\u00a0», adresse de l’ENT\u00a0: "
                        + "«\u00a0https://e.fr/\u00a0», type de courrier\u00a0: Mixte ENT/Téléservices");
        assertThat(descriptions.detail("PARAMETRAGE", "useful-links",
                "{\"links\":[]} → {\"links\":[{\"label\":\"Onisep\",\"url\":\"https://www.onisep.fr/\"}]}"))
                .isEqualTo("liens\u00a0: aucun → liens\u00a0: «\u00a0Onisep\u00a0» (https://www.onisep.fr/)");
        assertThat(descriptions.detail("PARAMETRAGE", "contact-link",
                "{\"active\":false} → {\"active\":true,\"mailbox\":\"ce.0140070a@ac-normandie.fr\"}"))
                .isEqualTo("actif\u00a0: non → actif\u00a0: oui, boîte aux lettres\u00a0: "
                        + "«\u00a0ce.0140070a@ac-normandie.fr\u00a0»");
    }

    @Test
    @DisplayName("R-ROLE-1: letter templates are said customised or default, never dumped as HTML")
    void letterTemplates() {
        assertThat(descriptions.detail("PARAMETRAGE", "letter.HEADER", "(valeur par défaut) → \"<p>{{nomEtablissement}}</p>\""))
                .isEqualTo("modèle par défaut → modèle personnalisé");
    }

    @Test
    @DisplayName("R-ROLE-1: a value cut by the audit trail is shown as text, not lost")
    void cutValues() {
        String detail = descriptions.detail("PARAMETRAGE", "welcome-message",
                "\"<p>court</p>\" → \"<p>" + "mot ".repeat(150) + "…");

        assertThat(detail).startsWith("«\u00a0court\u00a0» → «\u00a0mot mot").endsWith("…\u00a0»")
                .hasSizeLessThanOrEqualTo(160);
        assertThat(descriptions.detail("OUVERTURE_SERVICE", "GRADES", "fermé → ouvert")).isEqualTo("fermé → ouvert");
    }
}
