package org.scolarite.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.settings.entity.ContactLink;
import org.scolarite.settings.entity.EntLink;
import org.scolarite.settings.entity.LetterType;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.UsefulLink;
import org.scolarite.settings.entity.UsefulLinks;

class SettingCodecTest {

    @Test
    @DisplayName("R-SET-2: every kind of setting value survives its JSON form")
    void round_trips() {
        assertRoundTrip(Setting.USEFUL_LINKS, new UsefulLinks(List.of(new UsefulLink("CDI", "https://cdi.fr"),
                new UsefulLink("Onisep", "https://www.onisep.fr"))));
        assertRoundTrip(Setting.PAYMENT, new PaymentSettings("012345", new BigDecimal("1.50"), "a@b.fr"));
        assertRoundTrip(Setting.ENT_LINK, new EntLink(LetterType.MIXED, 4L, "ENT", "https://ent.fr"));
        assertRoundTrip(Setting.CONTACT_LINK, new ContactLink(true, "ce@college.fr"));
        assertRoundTrip(Setting.WELCOME_MESSAGE, "<p>Bienvenue « à tous »</p>");
        assertRoundTrip(Setting.opening(ServiceKey.of(NationalService.PAYMENT)), Boolean.TRUE);
    }

    @Test
    @DisplayName("R-SET-2: a stored null reads back as the setting's default")
    void null_means_default() {
        assertThat(SettingCodec.write(null)).isNull();
        assertThat(SettingCodec.read(Setting.USEFUL_LINKS, null)).isEqualTo(UsefulLinks.none());
        assertThat(SettingCodec.read(Setting.ENT_LINK, null)).isEqualTo(EntLink.defaults());
    }

    private static <T> void assertRoundTrip(Setting<T> setting, T value) {
        assertThat(SettingCodec.read(setting, SettingCodec.write(value))).isEqualTo(value);
    }
}
