package org.scolarite.replication.control.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.replication.ReplicationDatabase.ACADEMY;
import static org.scolarite.replication.ReplicationDatabase.SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.UAI;
import static org.scolarite.replication.ReplicationDatabase.at;
import static org.scolarite.replication.ReplicationDatabase.pupil;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.ReplicationDatabase;
import org.scolarite.replication.control.Replicator;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.InvoiceRecord;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;

/** The invoices feed on a real database (H2; PostgreSQL with -Dreplication.test.postgresql): R-PAY-2, R-REPL-2. */
class InvoicesFeedTest {

    private static final String FILE = "Factures.xml";

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.replicate(SCHOOL, List.of(pupil("1001", "1234567890A", "Dupont", "Jean", "6A", null, null)), List.of());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static InvoiceRecord invoice(String id, String pupil, String amount, String paid) {
        return new InvoiceRecord(at(FILE, 10, "FACTURE", "FACTURE_ID=" + id), id, pupil, "2026-" + id,
                "Demi-pension — 1er trimestre", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15),
                new BigDecimal(amount), new BigDecimal(paid));
    }

    private long replicate(List<SourceItem> items) throws Exception {
        db.deposit(UAI, FILE, ExportKind.INVOICES, 2026);
        Replicator replicator = new Replicator(db.connection, LocalDateTime.of(2026, 11, 30, 2, 0), db.dropZone,
                ReplicationDatabase.HEADER_LINE, List.of(new PupilsFeed(), new InvoicesFeed()));
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ACADEMY, Set.of(SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);
        replicator.write(run, SCHOOL, files.get(0), items);
        replicator.reconcile(run, SCHOOL);
        replicator.finish(run, RunStatus.COMPLETED);
        return run;
    }

    @Test
    @DisplayName("R-PAY-2, R-REPL-2: invoices stored with exact amounts; the same file again changes nothing; a changed "
            + "amount is an update that keeps what was paid online")
    void idempotentAndPaidOnlineKept() throws Exception {
        replicate(List.of(invoice("F1", "1001", "187.20", "80.00")));
        assertThat(db.strings("SELECT invoice_number || ' ' || CAST(amount AS VARCHAR(20)) || ' ' "
                + "|| CAST(paid_elsewhere AS VARCHAR(20)) || ' ' || CAST(paid_online AS VARCHAR(20)) FROM invoice"))
                .containsExactly("2026-F1 187.20 80.00 0.00");
        long second = replicate(List.of(invoice("F1", "1001", "187.20", "80.00")));
        assertThat(db.counts(second, "INVOICES")).containsExactly(1L, 0L, 0L, 1L, 0L, 0L);

        db.sql.execute("UPDATE invoice SET paid_online = 20.00");
        long third = replicate(List.of(invoice("F1", "1001", "190.00", "80.00")));
        assertThat(db.counts(third, "INVOICES")).containsExactly(1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(db.strings("SELECT CAST(amount AS VARCHAR(20)) || ' ' || CAST(paid_online AS VARCHAR(20)) "
                + "FROM invoice")).containsExactly("190.00 20.00");
    }

    @Test
    @DisplayName("R-REPL-2: an invoice of a pupil the establishment does not know is rejected with its French reason")
    void unknownPupil() throws Exception {
        long run = replicate(List.of(invoice("F1", "9999", "10", "0"), invoice("F2", "1001", "10", "0")));
        assertThat(db.strings("SELECT source_key || ' : ' || reason FROM replication_rejection WHERE run_id = " + run))
                .containsExactly("FACTURE_ID=F1 : Facture F1 rejetée : élève ELEVE_ID=9999 inconnu de "
                        + "l'établissement (absent de l'export des élèves).");
        assertThat(db.strings("SELECT source_id FROM invoice")).containsExactly("F2");
    }

    @Test
    @DisplayName("R-PAY-2, R-REPL-2: a complete file without an invoice deletes it, unless an online payment points at it")
    void deletionsSpareInvoicesPaidOnline() throws Exception {
        replicate(List.of(invoice("F1", "1001", "10", "0"), invoice("F2", "1001", "20", "0"),
                invoice("F3", "1001", "30", "0")));
        db.sql.execute("INSERT INTO online_payment (id, reference, request_token, invoice_id, establishment_id, "
                + "student_id, account_id, payer, amount, status, created_at) SELECT 1, 'TSREF', 'token-1', i.id, "
                + "i.establishment_id, i.student_id, 1, 'claire.durand', 5.00, 'PAID', CURRENT_TIMESTAMP "
                + "FROM invoice i WHERE i.source_id = 'F2'");
        long run = replicate(List.of(invoice("F3", "1001", "30", "0")));
        assertThat(db.strings("SELECT source_id FROM invoice ORDER BY source_id")).containsExactly("F2", "F3");
        assertThat(db.counts(run, "INVOICES").get(4)).as("deleted").isEqualTo(1);
    }
}
