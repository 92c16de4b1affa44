package org.scolarite.demo.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.payment.entity.TipiClient;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.IdBlocks;
import org.scolarite.settings.control.SettingCodec;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRevision;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;

/**
 * « Paiement des factures » in the demo (R-PAY-1, R-PAY-2): the payment set-up of the two schools that activated the
 * téléservices (TIPI number of the reference list, minimum 1,00 €, the agent comptable's address) saved the day
 * before, so that it is in effect (D+1); the service opened at the lycée — the collège's stays closed as the catalogue
 * ships it, for its head to open (the catalogue's system test does) —; every pupil's invoices ({@link InvoiceDemo}),
 * with one JDBC batch in the seeding's transaction.
 */
public final class InvoiceSeeding {

    private static final Logger LOG = Logger.getLogger(InvoiceSeeding.class.getName());
    private static final BigDecimal MINIMUM = new BigDecimal("1.00");

    private InvoiceSeeding() {
    }

    /** @return the number of invoices written */
    public static int seed(EntityManager em, long seed, LocalDateTime now) {
        long start = System.nanoTime();
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        List<Establishment> schools = em.createQuery("SELECT e FROM Establishment e "
                + "WHERE e.teleservicesActivatedOn IS NOT NULL ORDER BY e.id", Establishment.class).getResultList();
        List<TipiClient> clients = em.createQuery("SELECT c FROM TipiClient c WHERE c.uai IS NOT NULL",
                TipiClient.class).getResultList();
        List<Long> establishments = new ArrayList<>();
        for (Establishment school : schools) {
            Optional<TipiClient> client = clients.stream()
                    .filter(c -> c.getUai().equals(school.getUai().value())).findFirst();
            if (client.isEmpty()) {
                continue;
            }
            establishments.add(school.getId());
            if (school.getKind() == EstablishmentKind.LYCEE) {
                em.persist(new SettingRevision(school.getId(), Setting.opening(ServiceKey.of(NationalService.PAYMENT))
                        .key(), 1, SettingCodec.write(Boolean.TRUE), yesterday, "demo", now.minusDays(2)));
            }
            em.persist(new SettingRevision(school.getId(), Setting.PAYMENT.key(), 1, SettingCodec.write(
                    new PaymentSettings(client.get().getClientNumber(), MINIMUM, "agence.comptable@ac-normandie.fr")),
                    yesterday, "demo", now.minusDays(2)));
        }
        em.flush();
        try {
            int written = invoices(em.unwrap(Connection.class), establishments, new InvoiceDemo(seed, now.toLocalDate()));
            LOG.info(() -> String.format("Factures de démonstration : %d en %d ms", written,
                    (System.nanoTime() - start) / 1_000_000));
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Factures de démonstration non créées", e);
        }
    }

    private static int invoices(Connection connection, List<Long> establishments, InvoiceDemo demo)
            throws SQLException {
        IdBlocks ids = new IdBlocks(connection);
        BulkInsert insert = new BulkInsert("invoice", "id", "establishment_id", "source_id", "student_id",
                "invoice_number", "label", "issued_on", "due_on", "amount", "paid_elsewhere");
        int written = 0;
        for (long establishment : establishments) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, source_id FROM student WHERE establishment_id = ? ORDER BY source_id")) {
                select.setLong(1, establishment);
                try (ResultSet rows = select.executeQuery()) {
                    int index = 0;
                    while (rows.next()) {
                        for (InvoiceDemo.Invoice i : demo.invoices(rows.getString(2), index++)) {
                            insert.add(ids.next("invoice_seq"), establishment, i.sourceId(), rows.getLong(1),
                                    i.number(), i.label(), i.issuedOn(), i.dueOn(), i.amount(), i.paidElsewhere());
                            written++;
                        }
                    }
                }
            }
        }
        insert.flush(connection);
        return written;
    }
}
