package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.InvoiceRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

/** {@code Factures.xml} (docs/feeds/factures.md) read by {@link InvoicesReader}. */
class InvoicesReaderTest {

    private final List<SourceItem> items = readAll("Factures.xml");

    @Test
    @DisplayName("TS_FACTURES: recognised by its root, header read like the SIECLE exports")
    void header() {
        var header = SiecleExports.peek(Samples.path("Factures.xml"));
        assertThat(header.kind()).isEqualTo(ExportKind.INVOICES);
        assertThat(header.uai()).isEqualTo("0140070A");
    }

    @Test
    @DisplayName("R-PAY-2: amounts read as exact decimals of scale 2 (« 187,20 », « 80.00 », « 120 »); an absent "
            + "MONTANT_REGLE is 0,00")
    void records() {
        List<InvoiceRecord> records = only(items, InvoiceRecord.class);
        assertThat(records).extracting(InvoiceRecord::sourceId).containsExactly("DP1-4567", "VOY-4567");
        assertThat(records.get(0)).extracting(InvoiceRecord::pupilSourceId, InvoiceRecord::number,
                        InvoiceRecord::label, InvoiceRecord::issuedOn, InvoiceRecord::dueOn, InvoiceRecord::amount,
                        InvoiceRecord::paidElsewhere)
                .containsExactly("4567", "2026-100001", "Demi-pension — 1er trimestre", LocalDate.of(2026, 9, 15),
                        LocalDate.of(2026, 10, 15), new BigDecimal("187.20"), new BigDecimal("80.00"));
        assertThat(records.get(1).amount()).isEqualTo(new BigDecimal("120.00"));
        assertThat(records.get(1).paidElsewhere()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    @DisplayName("R-REPL-2: no ELEVE_ID, three decimals, due before issued, paid beyond the amount, a duplicate id: "
            + "rejected with every reason in French")
    void rejections() {
        assertThat(rejected(items)).extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                tuple("FACTURE_ID=DP1-4568", "élément obligatoire manquant ou vide : ELEVE_ID ; MONTANT n'est pas "
                        + "un montant positif avec au plus deux décimales : « 187.205 »"),
                tuple("FACTURE_ID=DP1-4569 ELEVE_ID=4569", "DATE_ECHEANCE avant DATE_EMISSION ; MONTANT_REGLE "
                        + "(60.00) supérieur au MONTANT (50.00)"),
                tuple("FACTURE_ID=DP1-4567 ELEVE_ID=4567", "FACTURE_ID DP1-4567 en double dans le fichier : seule "
                        + "la première fiche est reprise"));
    }
}
