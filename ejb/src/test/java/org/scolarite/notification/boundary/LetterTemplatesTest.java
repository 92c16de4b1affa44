package org.scolarite.notification.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.notification.control.DefaultLetterTemplates;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.Effect;
import org.scolarite.settings.entity.EntLink;
import org.scolarite.settings.entity.LetterType;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.Uai;

class LetterTemplatesTest {

    private static final long SCHOOL = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private final FakeSettings settings = new FakeSettings();
    private LetterTemplates templates;

    @BeforeEach
    void wire() {
        templates = new LetterTemplates() {
            @Override
            Establishment establishment(long establishmentId) {
                return null;
            }
        };
        templates.settings = settings;
        templates.clock = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
    }

    private static String defaultWithout(LetterPart part, LetterField field) {
        return DefaultLetterTemplates.of(part).replace(field.token(), "");
    }

    @Test
    @DisplayName("R-SET-4: a part never saved shows the default template, not customised")
    void defaultTemplate() {
        LetterTemplateView view = templates.view("principal", SCHOOL, LetterPart.BODY_GUARDIAN_NEW);

        assertThat(view.html()).isEqualTo(DefaultLetterTemplates.of(LetterPart.BODY_GUARDIAN_NEW));
        assertThat(view.customised()).isFalse();
        assertThat(view.revision()).isZero();
    }

    @Test
    @DisplayName("R-SET-4: templates are settings of their own per part, immediate, for head and delegate")
    void settingPerPart() {
        Setting<String> body = LetterTemplates.setting(LetterPart.BODY_STUDENT_NEW);

        assertThat(body.key()).isEqualTo("letter.BODY_STUDENT_NEW");
        assertThat(body.effect()).isEqualTo(Effect.IMMEDIATE);
        assertThat(body.defaultValue()).isNull();
        assertThat(LetterTemplates.setting(LetterPart.HEADER)).isNotEqualTo(body);
    }

    @Test
    @DisplayName("R-SET-4: a body without the CNIL mention is refused with the French message and nothing is stored")
    void cnilMentionCannotBeRemoved() {
        String html = defaultWithout(LetterPart.BODY_GUARDIAN_NEW, LetterField.CNIL_MENTION);

        assertThatThrownBy(() -> templates.save("principal", SCHOOL, LetterPart.BODY_GUARDIAN_NEW, html, 0))
                .isInstanceOfSatisfying(SettingRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("template");
                    assertThat(e.getMessage()).contains("Informatique et libertés").contains("ne peut pas être retiré");
                });
        assertThat(settings.saved).isEmpty();
    }

    @Test
    @DisplayName("R-SET-4: every error is in the refusal's message")
    void allErrorsReported() {
        String html = defaultWithout(LetterPart.BODY_STUDENT_CONTINUITY, LetterField.CNIL_MENTION)
                + "<p>{{motDePasseProvisoire}}</p>";

        assertThatThrownBy(() -> templates.save("principal", SCHOOL, LetterPart.BODY_STUDENT_CONTINUITY, html, 0))
                .hasMessageContaining("est obligatoire").hasMessageContaining("n’est pas disponible");
    }

    @Test
    @DisplayName("R-SET-4: a body without the password is saved, sanitised, and the warning returned")
    void missingPasswordSavedWithWarning() {
        String html = defaultWithout(LetterPart.BODY_GUARDIAN_NEW, LetterField.TEMPORARY_PASSWORD)
                + "<p onclick=\"x()\">Fin<script>alert(1)</script></p>";

        TemplateSaved saved = templates.save("principal", SCHOOL, LetterPart.BODY_GUARDIAN_NEW, html, 0);

        assertThat(saved.warnings()).singleElement().asString().contains("Mot de passe provisoire");
        assertThat(saved.template().customised()).isTrue();
        assertThat(saved.template().revision()).isEqualTo(1);
        assertThat(saved.template().html()).contains("<p>Fin</p>").doesNotContain("script", "onclick")
                .contains("{{mentionCnil}}").doesNotContain("{{motDePasseProvisoire}}");
    }

    @Test
    @DisplayName("R-SET-4: resetting goes back to the default template")
    void resetGoesBackToDefault() {
        String html = defaultWithout(LetterPart.HEADER, LetterField.RECIPIENT_ADDRESS);
        TemplateSaved saved = templates.save("principal", SCHOOL, LetterPart.HEADER, html, 0);

        LetterTemplateView reset = templates.reset("principal", SCHOOL, LetterPart.HEADER, saved.template().revision());

        assertThat(reset.customised()).isFalse();
        assertThat(reset.html()).isEqualTo(DefaultLetterTemplates.of(LetterPart.HEADER));
        assertThat(templates.effectiveTemplates(SCHOOL, LetterKind.GUARDIAN_NEW).header())
                .isEqualTo(DefaultLetterTemplates.of(LetterPart.HEADER));
    }

    @Test
    @DisplayName("R-SET-4: saving the default text stores « no template », so the letter follows the default")
    void savingTheDefaultIsAReset() {
        TemplateSaved saved = templates.save("principal", SCHOOL, LetterPart.BODY_STUDENT_NEW,
                DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW), 0);

        assertThat(saved.template().customised()).isFalse();
        assertThat(saved.warnings()).isEmpty();
    }

    @Test
    @DisplayName("Concurrent edits: a save based on a stale revision is refused")
    void staleRevisionRefused() {
        String html = defaultWithout(LetterPart.HEADER, LetterField.PLACE_AND_DATE);
        templates.save("principal", SCHOOL, LetterPart.HEADER, html, 0);

        assertThatThrownBy(() -> templates.save("delegue", SCHOOL, LetterPart.HEADER, html + "<p>x</p>", 0))
                .isInstanceOf(ConcurrentSettingChange.class);
    }

    @Test
    @DisplayName("R-ROLE-1: a role that may not edit is refused before the template is even checked")
    void readOnlyRoleRefused() {
        settings.editable = false;

        assertThatThrownBy(() -> templates.save("comptable", SCHOOL, LetterPart.HEADER, "<p>x</p>", 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-SET-4: the letters are printed with the school's header and the body of their kind")
    void effectiveTemplates() {
        String body = defaultWithout(LetterPart.BODY_STUDENT_CONTINUITY, LetterField.STUDENT_CLASS);
        templates.save("principal", SCHOOL, LetterPart.BODY_STUDENT_CONTINUITY, body, 0);

        LetterHtml letter = templates.effectiveTemplates(SCHOOL, LetterKind.STUDENT_CONTINUITY);

        assertThat(letter.header()).isEqualTo(DefaultLetterTemplates.of(LetterPart.HEADER));
        assertThat(letter.body()).doesNotContain("{{classeEleve}}").contains("{{mentionCnil}}");
        assertThat(templates.effectiveTemplates(SCHOOL, LetterKind.STUDENT_NEW).body())
                .isEqualTo(DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW));
    }

    @Test
    @DisplayName("R-SET-4: a draft body is previewed under the school's header, filled with sample data, unsaved")
    void previewOfDraft() {
        String draft = "<p>Bonjour {{nomDestinataire}}, identifiant {{identifiant}}</p><p>{{mentionCnil}}</p>"
                + "<img src=x onerror=alert(1)>";

        LetterHtml preview = templates.preview("principal", SCHOOL, LetterPart.BODY_STUDENT_NEW, draft);

        assertThat(preview.header()).contains("Léa DURAND").doesNotContain("{{");
        assertThat(preview.body()).contains("Bonjour Léa DURAND, identifiant lea.durand")
                .contains(LetterField.CNIL_MENTION_TEXT).doesNotContain("img", "onerror");
        assertThat(settings.saved).isEmpty();
    }

    @Test
    @DisplayName("R-SET-4: the header is previewed alone")
    void previewOfHeader() {
        LetterHtml preview = templates.preview("principal", SCHOOL, LetterPart.HEADER);

        assertThat(preview.header()).contains("Madame Claire DURAND", "12 rue des Lilas<br/>14000 CAEN");
        assertThat(preview.body()).isNull();
    }

    @Test
    @DisplayName("R-SET-3, R-SET-4: previews show the school's own details and the address its letter type gives")
    void sampleValuesOfTheSchool() {
        Establishment school = new Establishment(new Academy("NORMANDIE", "Académie de Normandie",
                "https://teleservices.ac-normandie.fr/"), Uai.of("0140070A"),
                EstablishmentKind.COLLEGE, "Collège Jean Moulin");
        school.describe(new PostalAddress("3 rue Pasteur", null, "14200", "HEROUVILLE-SAINT-CLAIR"),
                "02 31 00 00 00", "M. Paul Durand", List.of());
        EntLink entOnly = new EntLink(LetterType.ENT_ONLY, null, "L’Educ de Normandie",
                "https://www.l-educdenormandie.fr/");

        Map<LetterField, String> values = LetterTemplates.sampleValues(LetterKind.GUARDIAN_NEW, school, entOnly, TODAY);

        assertThat(values).containsEntry(LetterField.ESTABLISHMENT_NAME, "Collège Jean Moulin")
                .containsEntry(LetterField.ESTABLISHMENT_ADDRESS, "3 rue Pasteur\n14200 HEROUVILLE-SAINT-CLAIR")
                .containsEntry(LetterField.HEAD_NAME, "M. Paul Durand")
                .containsEntry(LetterField.PLACE_AND_DATE, "Herouville-Saint-Clair, le 1er septembre 2026")
                .containsEntry(LetterField.ACCESS_URL, "https://www.l-educdenormandie.fr/")
                .containsEntry(LetterField.TEMPORARY_PASSWORD, LetterField.TEMPORARY_PASSWORD.sample());
        assertThat(LetterTemplates.sampleValues(LetterKind.GUARDIAN_CONTINUITY, school, EntLink.defaults(), TODAY))
                .doesNotContainKey(LetterField.TEMPORARY_PASSWORD)
                .containsEntry(LetterField.ACCESS_URL, "https://teleservices.ac-normandie.fr/");
    }

    /** The settings service, in memory: revisions per key, the default when never saved, stale saves refused. */
    private static final class FakeSettings extends EstablishmentSettings {

        private final Map<String, SettingView<?>> saved = new HashMap<>();
        private boolean editable = true;

        @Override
        @SuppressWarnings("unchecked")
        public <T> SettingView<T> view(String actor, long establishmentId, Setting<T> setting) {
            SettingView<T> last = (SettingView<T>) saved.get(setting.key());
            return last != null ? withEditable(last)
                    : new SettingView<>(setting.defaultValue(), 0, null, null, null, editable, false);
        }

        @Override
        public <T> T effectiveToday(long establishmentId, Setting<T> setting) {
            return view("portal", establishmentId, setting).value();
        }

        @Override
        public <T> SettingView<T> save(String actor, long establishmentId, Setting<T> setting, T value,
                                       int basedOnRevision) {
            return store(actor, setting, setting.validate(value), basedOnRevision);
        }

        @Override
        public <T> SettingView<T> reset(String actor, long establishmentId, Setting<T> setting, int basedOnRevision) {
            return store(actor, setting, null, basedOnRevision);
        }

        private <T> SettingView<T> store(String actor, Setting<T> setting, T value, int basedOnRevision) {
            int current = view(actor, SCHOOL, setting).revision();
            if (current != basedOnRevision) {
                throw new ConcurrentSettingChange(null);
            }
            SettingView<T> view = new SettingView<>(value, current + 1, TODAY, actor, LocalDateTime.now(), true,
                    false);
            saved.put(setting.key(), view);
            return view;
        }

        private <T> SettingView<T> withEditable(SettingView<T> v) {
            return new SettingView<>(v.value(), v.revision(), v.effectiveFrom(), v.changedBy(), v.changedAt(),
                    editable, v.pending());
        }
    }
}
