package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.InvoiceRecord;
import org.scolarite.replication.entity.SourceItem;

/**
 * {@code Factures.xml} (docs/feeds/factures.md, R-PAY-2): the families' invoices upserted by (establishment,
 * {@code FACTURE_ID}); an invoice for a pupil the establishment does not know is rejected with its reason. The feed
 * writes the amount and what the accounting received by other means, never {@code paid_online}: only the verified
 * gateway answer adds to it, so a nightly run neither undoes nor doubles an online payment.
 *
 * <p>Decision — a complete file deletes the invoices it no longer lists, except those an online payment points at:
 * the payment's receipt and the school's list keep their invoice.
 */
@ApplicationScoped
public class InvoicesFeed extends SiecleFeed {

    private static final Upsert INVOICES = new Upsert("invoice", "invoice_seq", "source_id", "establishment_id",
            "student_id, invoice_number, label, issued_on, due_on, amount, paid_elsewhere, source_hash");

    public InvoicesFeed() {
        super(ExportKind.INVOICES, "Factures");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<InvoiceRecord> invoices = records.stream().filter(InvoiceRecord.class::isInstance)
                .map(InvoiceRecord.class::cast).toList();
        Map<String, Long> pupils = Jdbc.idsByKey(context.connection(), "student", "source_id", "establishment_id",
                context.establishmentId(), invoices.stream().map(InvoiceRecord::pupilSourceId)
                        .collect(Collectors.toSet()));
        List<Upsert.Row> rows = new ArrayList<>();
        for (InvoiceRecord i : invoices) {
            context.counts().read++;
            Long pupil = pupils.get(i.pupilSourceId());
            if (pupil == null) {
                context.reject(i.location(), "Facture " + i.sourceId() + " rejetée : élève ELEVE_ID="
                        + i.pupilSourceId() + " inconnu de l'établissement (absent de l'export des élèves).", false);
                continue;
            }
            rows.add(new Upsert.Row(i.sourceId(), i.location(), new Object[] {pupil, i.number(), i.label(),
                    i.issuedOn(), i.dueOn(), i.amount(), i.paidElsewhere(), SourceHash.of(pupil, i.number(),
                    i.label(), i.issuedOn(), i.dueOn(), i.amount(), i.paidElsewhere())}));
        }
        INVOICES.apply(context, rows, new HashSet<>(), "Facture présente deux fois dans le fichier (la première est prise).");
        Seen.record(context, rows.stream().map(Upsert.Row::key).collect(Collectors.toSet()));
    }

    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            context.counts().departed += Jdbc.update(context.connection(), "DELETE FROM invoice "
                    + "WHERE establishment_id = ? AND source_id NOT IN "
                    + "(SELECT source_id FROM replication_seen WHERE file_id = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM online_payment p WHERE p.invoice_id = invoice.id)",
                    context.establishmentId(), context.fileId());
        }
        Seen.forget(context);
    }
}
