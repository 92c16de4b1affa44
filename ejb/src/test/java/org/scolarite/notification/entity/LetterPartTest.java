package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LetterPartTest {

    @Test
    @DisplayName("R-SET-4: one header shared by all letters and one body per letter")
    void parts() {
        assertThat(LetterPart.HEADER.isHeader()).isTrue();
        assertThat(LetterPart.HEADER.kind()).isEmpty();
        for (LetterKind kind : LetterKind.values()) {
            LetterPart body = LetterPart.bodyOf(kind);
            assertThat(body.isHeader()).isFalse();
            assertThat(body.kind()).contains(kind);
        }
        assertThat(LetterPart.values()).hasSize(LetterKind.values().length + 1);
    }

    @Test
    @DisplayName("R-SET-4: continuity letters never offer the password field, new-account letters do")
    void passwordOnlyInNewAccountLetters() {
        assertThat(LetterPart.BODY_GUARDIAN_NEW.allowedFields()).contains(LetterField.TEMPORARY_PASSWORD);
        assertThat(LetterPart.BODY_STUDENT_NEW.allowedFields()).contains(LetterField.TEMPORARY_PASSWORD);
        assertThat(LetterPart.BODY_GUARDIAN_CONTINUITY.allowedFields()).doesNotContain(LetterField.TEMPORARY_PASSWORD);
        assertThat(LetterPart.BODY_STUDENT_CONTINUITY.allowedFields()).doesNotContain(LetterField.TEMPORARY_PASSWORD);
        assertThat(LetterPart.HEADER.allowedFields()).doesNotContain(LetterField.TEMPORARY_PASSWORD);
    }

    @Test
    @DisplayName("R-SET-4: only guardians' letters list the children; the shared header neither lists them nor holds the CNIL mention")
    void childrenAndMention() {
        assertThat(LetterPart.BODY_GUARDIAN_NEW.allowedFields()).contains(LetterField.CHILDREN);
        assertThat(LetterPart.BODY_GUARDIAN_CONTINUITY.allowedFields()).contains(LetterField.CHILDREN);
        assertThat(LetterPart.BODY_STUDENT_NEW.allowedFields()).doesNotContain(LetterField.CHILDREN);
        assertThat(LetterPart.HEADER.allowedFields()).doesNotContain(LetterField.CHILDREN, LetterField.CNIL_MENTION)
                .contains(LetterField.RECIPIENT_NAME, LetterField.RECIPIENT_ADDRESS, LetterField.ESTABLISHMENT_NAME,
                        LetterField.ESTABLISHMENT_ADDRESS, LetterField.ESTABLISHMENT_PHONE, LetterField.PLACE_AND_DATE);
    }

    @ParameterizedTest
    @EnumSource(value = LetterPart.class, names = "BODY_.*", mode = EnumSource.Mode.MATCH_ALL)
    @DisplayName("R-SET-4: every body requires the CNIL mention and expects the access URL and the identifier")
    void bodies(LetterPart body) {
        assertThat(body.requiredFields()).containsExactly(LetterField.CNIL_MENTION);
        assertThat(body.expectedFields()).contains(LetterField.ACCESS_URL, LetterField.USERNAME);
        assertThat(body.allowedFields()).containsAll(body.requiredFields()).containsAll(body.expectedFields());
        assertThat(body.label()).startsWith("Corps du courrier «\u00a0").endsWith("\u00a0»");
    }

    @Test
    @DisplayName("R-SET-4: new-account bodies also expect the password; the header expects the recipient's name and address")
    void expectedFields() {
        assertThat(LetterPart.BODY_GUARDIAN_NEW.expectedFields()).contains(LetterField.TEMPORARY_PASSWORD);
        assertThat(LetterPart.BODY_STUDENT_CONTINUITY.expectedFields()).doesNotContain(LetterField.TEMPORARY_PASSWORD);
        assertThat(LetterPart.HEADER.expectedFields())
                .containsExactlyInAnyOrder(LetterField.RECIPIENT_NAME, LetterField.RECIPIENT_ADDRESS);
        assertThat(LetterPart.HEADER.requiredFields()).isEmpty();
    }
}
