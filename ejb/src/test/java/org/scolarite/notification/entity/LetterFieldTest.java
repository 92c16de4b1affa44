package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LetterFieldTest {

    @Test
    @DisplayName("R-SET-4: every field is a {{token}} with a French lower-camel name, read back by fromToken")
    void tokens() {
        assertThat(LetterField.USERNAME.token()).isEqualTo("{{identifiant}}");
        assertThat(LetterField.CNIL_MENTION.token()).isEqualTo("{{mentionCnil}}");
        assertThat(LetterField.values()).allSatisfy(field -> {
            assertThat(field.key()).matches("[a-z][A-Za-z]*");
            assertThat(LetterField.TOKEN_PATTERN.matcher(field.token()).matches()).isTrue();
            assertThat(LetterField.fromToken(field.token())).contains(field);
        });
        assertThat(Arrays.stream(LetterField.values()).map(LetterField::key)).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("R-SET-4: fromToken knows only whole tokens of known fields")
    void fromTokenRefusesTheRest() {
        assertThat(LetterField.fromToken("{{inconnu}}")).isEmpty();
        assertThat(LetterField.fromToken("identifiant")).isEmpty();
        assertThat(LetterField.fromToken("{{ identifiant }}")).isEmpty();
        assertThat(LetterField.fromToken(null)).isEmpty();
    }

    @Test
    @DisplayName("R-SET-4: every field has a French label and a sample value for previews")
    void labelsAndSamples() {
        assertThat(LetterField.values()).allSatisfy(field -> {
            assertThat(field.label()).isNotBlank();
            assertThat(field.sample()).isNotBlank();
        });
        assertThat(LetterField.PLACE_AND_DATE.sample()).isEqualTo("Caen, le 22 novembre 2026");
        assertThat(LetterField.CHILDREN.sample()).startsWith("Léa DURAND (4A)\n");
        assertThat(LetterField.RECIPIENT_ADDRESS.sample()).contains("\n");
    }

    @Test
    @DisplayName("R-SET-4: the CNIL mention is fixed by the domain: access and rectification, loi 78-17 and RGPD")
    void cnilMention() {
        assertThat(LetterField.CNIL_MENTION.fixedValue()).contains(LetterField.CNIL_MENTION_TEXT);
        assertThat(LetterField.CNIL_MENTION.sample()).isEqualTo(LetterField.CNIL_MENTION_TEXT);
        assertThat(LetterField.CNIL_MENTION_TEXT)
                .startsWith("Informatique et libertés\u00a0:")
                .contains("loi n°\u00a078-17 du 6\u00a0janvier 1978 modifiée", "RGPD", "droit d’accès et de rectification",
                        "chef d’établissement");
        assertThat(LetterField.USERNAME.fixedValue()).isEmpty();
    }

    @Test
    @DisplayName("R-SET-4: the place-and-date line reads « Caen, le 22 novembre 2026 », « le 1er » on the first")
    void placeAndDate() {
        assertThat(new PlaceAndDate("Caen", LocalDate.of(2026, 11, 22)).text()).isEqualTo("Caen, le 22 novembre 2026");
        assertThat(new PlaceAndDate("Lisieux", LocalDate.of(2027, 2, 1)).text()).isEqualTo("Lisieux, le 1er février 2027");
        assertThat(new PlaceAndDate("Vire", LocalDate.of(2026, 8, 3)).text()).isEqualTo("Vire, le 3 août 2026");
    }
}
