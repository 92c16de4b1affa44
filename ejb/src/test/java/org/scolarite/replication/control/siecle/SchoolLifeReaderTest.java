package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scolarite.replication.control.siecle.Samples.anomalies;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SchoolLifeRecord;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.schoollife.entity.SchoolLifeKind;

/** {@code VieScolaire.xml} (docs/feeds/vie-scolaire.md) read by {@link SchoolLifeReader}. */
class SchoolLifeReaderTest {

    private final List<SourceItem> items = readAll("VieScolaire.xml");

    @Test
    @DisplayName("TS_VIE_SCOLAIRE: recognised by its root, header read like the SIECLE exports")
    void header() {
        var header = SiecleExports.peek(Samples.path("VieScolaire.xml"));
        assertThat(header.kind()).isEqualTo(ExportKind.SCHOOL_LIFE);
        assertThat(header.uai()).isEqualTo("0140070A");
        assertThat(header.exportDate()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    @DisplayName("R-VS-1: every kind with its fields and flags; an absent publication flag is « non »")
    void records() {
        List<SchoolLifeRecord> records = only(items, SchoolLifeRecord.class);
        assertThat(records).extracting(SchoolLifeRecord::sourceId).containsExactly("ABS:1001", "ABS:1002",
                "RET:1001", "PUN:7", "SAN:3", "MES:2");
        SchoolLifeRecord absence = records.get(0);
        assertThat(absence).extracting(SchoolLifeRecord::pupilSourceId, SchoolLifeRecord::date,
                SchoolLifeRecord::startsAt, SchoolLifeRecord::endsAt, SchoolLifeRecord::halfDays,
                SchoolLifeRecord::justified, SchoolLifeRecord::reason, SchoolLifeRecord::publishable)
                .containsExactly("4567", LocalDate.of(2026, 10, 14), LocalDateTime.of(2026, 10, 14, 8, 0),
                        LocalDateTime.of(2026, 10, 15, 17, 0), 4, true, "Maladie", true);
        assertThat(records.get(1).publishable()).as("no PUBLIABLE_EN_LIGNE: not published").isFalse();
        assertThat(records.get(2)).extracting(SchoolLifeRecord::kind, SchoolLifeRecord::minutes,
                SchoolLifeRecord::justified).containsExactly(SchoolLifeKind.LATENESS, 12, true);
        assertThat(records.get(3)).extracting(SchoolLifeRecord::label, SchoolLifeRecord::reason,
                SchoolLifeRecord::publishable).containsExactly("Retenue", "Travail non fait", true);
        assertThat(records.get(4)).extracting(SchoolLifeRecord::label, SchoolLifeRecord::familyNotified)
                .containsExactly("Avertissement", false);
        assertThat(records.get(5)).extracting(SchoolLifeRecord::label, SchoolLifeRecord::reason).containsExactly(
                "Tutorat", "Suivi hebdomadaire avec le professeur principal");
    }

    @Test
    @DisplayName("R-VS-1: authorised non-attendance (DISPENSES) and academic reports (RAPPORTS) are never read")
    void neverShownSectionsSkipped() {
        assertThat(items).noneMatch(item -> item.location().element() != null
                && List.of("DISPENSE", "RAPPORT").contains(item.location().element()));
        assertThat(only(items, SchoolLifeRecord.class)).noneMatch(r -> r.reason() != null
                && r.reason().contains("Dispense"));
    }

    @Test
    @DisplayName("R-REPL-2: a record without ELEVE_ID, with an impossible date or a count in words is rejected with "
            + "every reason; a duplicate id too; an unreadable flag is an anomaly and « non »")
    void rejections() {
        assertThat(rejected(items)).extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                tuple("ABSENCE_ID=1003", "élément obligatoire manquant ou vide : ELEVE_ID ; DEBUT n'est pas une date "
                        + "et heure jj/mm/aaaa hh:mm : « 31/11/2026 08:00 » ; NB_DEMI_JOURNEES n'est pas un nombre "
                        + "entre 0 et 400 : « deux »"),
                tuple("ABSENCE_ID=1001 ELEVE_ID=4568", "ABSENCE_ID 1001 en double dans le fichier : seule la "
                        + "première fiche est reprise"));
        assertThat(anomalies(items)).extracting(Rejection::reason).containsExactly(
                "PUBLIABLE_EN_LIGNE ignoré, valeur inattendue : « peut-être » (1/0, true/false, O/N)");
        assertThat(only(items, SchoolLifeRecord.class).get(2).publishable()).isFalse();
    }
}
