package org.scolarite.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.staff.entity.StaffRole;

class SettingValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    @DisplayName("R-SET-2: the welcome message and the ENT link are immediate, every other setting the next day")
    void effective_dates() {
        assertThat(Setting.WELCOME_MESSAGE.effect().effectiveFrom(TODAY)).isEqualTo(TODAY);
        assertThat(Setting.ENT_LINK.effect().effectiveFrom(TODAY)).isEqualTo(TODAY);
        for (Setting<?> nextDay : List.of(Setting.CONTACT_LINK, Setting.USEFUL_LINKS, Setting.PAYMENT,
                Setting.TIMETABLE, Setting.COLLEGE_GRANT_CONTACT, Setting.LYCEE_GRANT_CONTACT,
                Setting.GRADES_PUBLICATION, Setting.opening(ServiceKey.of(NationalService.GRADES)))) {
            assertThat(nextDay.effect().effectiveFrom(TODAY)).as(nextDay.key()).isEqualTo(TODAY.plusDays(1));
        }
    }

    @Test
    @DisplayName("R-ROLE-1: payment by head or accountant; openings by the head; the rest by head or delegate")
    void editors() {
        assertThat(Setting.PAYMENT.editors()).containsExactlyInAnyOrder(StaffRole.HEAD, StaffRole.ACCOUNTANT);
        assertThat(Setting.opening(ServiceKey.of(NationalService.PAYMENT)).editors()).containsExactly(StaffRole.HEAD);
        assertThat(Setting.WELCOME_MESSAGE.editableBy(java.util.Set.of(StaffRole.DELEGATE))).isTrue();
        assertThat(Setting.WELCOME_MESSAGE.editableBy(java.util.Set.of(StaffRole.ACCOUNTANT))).isFalse();
        assertThat(Setting.PAYMENT.editableBy(java.util.Set.of(StaffRole.DELEGATE))).isFalse();
        assertThat(Setting.TIMETABLE.editableBy(java.util.Set.of(StaffRole.ACADEMY))).isFalse();
    }

    @Test
    @DisplayName("R-EDT-1, R-NOTES-1: the timetable and grades settings need their service open")
    void settings_needing_an_open_service() {
        assertThat(Setting.TIMETABLE.editableWhenOpen()).contains(NationalService.TIMETABLE);
        assertThat(Setting.GRADES_PUBLICATION.editableWhenOpen()).contains(NationalService.GRADES);
        assertThat(Setting.WELCOME_MESSAGE.editableWhenOpen()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "www.college.fr", "ftp://college.fr", "javascript:alert(1)", "https://",
            "http:// espace.fr", "mailto:ce@ac.fr"})
    @DisplayName("R-SET-6: a useful link needs an absolute http(s) address")
    void invalid_urls(String url) {
        assertThatThrownBy(() -> new UsefulLink("Pronote", url).validated()).isInstanceOf(SettingRejected.class)
                .satisfies(e -> assertThat(((SettingRejected) e).field()).isEqualTo("url"));
    }

    @Test
    @DisplayName("R-SET-6: label required; links keep their creation order, edit in place, delete")
    void useful_links() {
        assertThatThrownBy(() -> new UsefulLink(" ", "https://a.fr").validated())
                .hasMessageContaining("libellé");
        UsefulLinks links = UsefulLinks.none()
                .with(new UsefulLink(" CDI ", "https://cdi.college.fr"))
                .with(new UsefulLink("Onisep", "https://www.onisep.fr"))
                .with(new UsefulLink("Cantine", "http://cantine.college.fr/menus"));
        assertThat(links.links()).extracting(UsefulLink::label).containsExactly("CDI", "Onisep", "Cantine");
        UsefulLinks edited = links.replacing(1, new UsefulLink("ONISEP", "https://www.onisep.fr/"));
        assertThat(edited.links()).extracting(UsefulLink::label).containsExactly("CDI", "ONISEP", "Cantine");
        assertThat(edited.without(0).links()).extracting(UsefulLink::label).containsExactly("ONISEP", "Cantine");
        assertThatThrownBy(() -> links.without(5)).isInstanceOf(SettingRejected.class);
    }

    @Test
    @DisplayName("R-PAY-1: six-digit TIPI number, positive amount with at most two decimals, contact e-mail")
    void payment_settings() {
        PaymentSettings ok = new PaymentSettings(" 012345 ", new BigDecimal("1.5"), "gestion@college.fr")
                .validated();
        assertThat(ok.tipiClientNumber()).isEqualTo("012345");
        assertThat(ok.minimumAmount()).isEqualByComparingTo("1.50");
        assertThat(ok.minimumAmount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> new PaymentSettings("12A45", BigDecimal.ONE, "a@b.fr").validated())
                .hasMessageContaining("6 chiffres");
        assertThatThrownBy(() -> new PaymentSettings("123456", new BigDecimal("-1"), "a@b.fr").validated())
                .hasMessageContaining("positif");
        assertThatThrownBy(() -> new PaymentSettings("123456", BigDecimal.ZERO, "a@b.fr").validated())
                .hasMessageContaining("positif");
        assertThatThrownBy(() -> new PaymentSettings("123456", new BigDecimal("1.505"), "a@b.fr").validated())
                .hasMessageContaining("deux décimales");
        assertThatThrownBy(() -> new PaymentSettings("123456", BigDecimal.ONE, "pas-une-adresse").validated())
                .satisfies(e -> assertThat(((SettingRejected) e).field()).isEqualTo("contactEmail"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "0,00", "1,505", "abc", "1.2.3", "12,", "1e3", ""})
    @DisplayName("R-PAY-1: malformed, zero or negative amounts are refused")
    void malformed_amounts(String typed) {
        assertThatThrownBy(() -> PaymentSettings.parseAmount(typed)).isInstanceOf(SettingRejected.class);
    }

    @Test
    @DisplayName("R-PAY-1: amounts typed the French way are read")
    void french_amounts() {
        assertThat(PaymentSettings.parseAmount("1,50")).isEqualByComparingTo("1.5");
        assertThat(PaymentSettings.parseAmount(" 12 ")).isEqualByComparingTo("12");
        assertThat(PaymentSettings.parseAmount("3.2")).isEqualByComparingTo("3.2");
    }

    @Test
    @DisplayName("R-EDT-1: the number of weeks shown is between 1 and 10")
    void timetable_weeks() {
        assertThat(new TimetableSettings(3).validated().weeks()).isEqualTo(3);
        assertThatThrownBy(() -> new TimetableSettings(0).validated()).hasMessageContaining("entre 1 et 10");
        assertThatThrownBy(() -> new TimetableSettings(11).validated()).isInstanceOf(SettingRejected.class);
    }

    @Test
    @DisplayName("R-BOURSE-1: the grant contact is optional; when set it must be an address and opens the contact tab")
    void grant_contact() {
        assertThat(new GrantContact("  ").validated().offersContact()).isFalse();
        assertThat(new GrantContact("bourses@college.fr").validated().offersContact()).isTrue();
        assertThatThrownBy(() -> new GrantContact("bourses@").validated()).isInstanceOf(SettingRejected.class);
    }

    @Test
    @DisplayName("R-SET-3: Téléservices by default; Mixte and ENT seul need an ENT address; letters follow the type")
    void ent_link() {
        assertThat(EntLink.defaults().letterType()).isEqualTo(LetterType.TELESERVICES);
        assertThat(EntLink.defaults().portalShowsEnt()).isFalse();
        assertThatThrownBy(() -> new EntLink(LetterType.MIXED, null, null, " ").validated())
                .hasMessageContaining("ENT");
        assertThatThrownBy(() -> new EntLink(LetterType.ENT_ONLY, null, null, "ent.fr").validated())
                .hasMessageContaining("http");
        EntLink mixed = new EntLink(LetterType.MIXED, null, null, "https://ent.college.fr").validated();
        assertThat(mixed.portalShowsEnt()).isTrue();
        assertThat(mixed.letterAddress("https://portail.fr/")).isEqualTo("https://portail.fr/");
        EntLink entOnly = new EntLink(LetterType.ENT_ONLY, 3L, "L'educ de Normandie", "https://ent.fr").validated();
        assertThat(entOnly.letterAddress("https://portail.fr/")).isEqualTo("https://ent.fr");
        assertThat(new EntLink(LetterType.TELESERVICES, 3L, "x", "https://ent.fr").validated())
                .as("Téléservices drops the ENT").isEqualTo(EntLink.defaults());
    }

    @Test
    @DisplayName("R-SET-5: the contact mailbox is one of the establishment's addresses; none → cannot be set")
    void contact_link() {
        List<String> boxes = List.of("ce.0140070a@ac-normandie.fr", "vie-scolaire@college.fr");
        assertThat(new ContactLink(true, "vie-scolaire@college.fr").validated(boxes).active()).isTrue();
        assertThatThrownBy(() -> new ContactLink(true, "pirate@evil.fr").validated(boxes))
                .hasMessageContaining("boîte");
        assertThatThrownBy(() -> new ContactLink(false, null).validated(List.of()))
                .hasMessageContaining("aucune adresse");
        assertThat(new ContactLink(false, "pirate@evil.fr").validated(boxes)).isEqualTo(new ContactLink(false, null));
    }

    @Test
    @DisplayName("Concurrent edits: the refusal says who changed the setting meanwhile")
    void concurrent_change_message() {
        assertThat(new ConcurrentSettingChange("principal.college").getMessage())
                .contains("principal.college").contains("n’a pas été enregistrée");
        assertThat(new ConcurrentSettingChange(null).getMessage()).contains("un autre utilisateur");
    }
}
