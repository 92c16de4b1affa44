package org.scolarite.demo.control.siecle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.InvoiceDemo;
import org.scolarite.people.entity.Student;
import org.scolarite.replication.control.DropZoneFiles;
import org.scolarite.structure.entity.Establishment;

/**
 * Writes {@code <dir>/<UAI>/Factures.xml} (root {@code TS_FACTURES}, docs/feeds/factures.md) for the establishments of
 * the demo académie: the invoices of {@link InvoiceDemo}, the same the seeding wrote (pupils in the same order, so the
 * same numbers), so that replicating the file changes nothing a family sees. In {@code faultyUai}'s file one
 * deliberate fault: an invoice of a pupil the establishment does not know (rejected by the replication).
 */
public final class InvoiceExports {

    public static final String FILE = "Factures.xml";

    private InvoiceExports() {
    }

    /** @return the files written */
    public static List<Path> write(long seed, DemoScale scale, LocalDate today, Path dir, ExportOptions options,
                                   String faultyUai) {
        List<Path> written = new ArrayList<>();
        InvoiceDemo demo = new InvoiceDemo(seed, today);
        new DemoDataGenerator(seed, scale, today, ExportSink.noAccounts()).generate(new EntitySink() {
            private Establishment current;
            private final List<String> pupils = new ArrayList<>();

            @Override
            public void persist(Object entity) {
                if (entity instanceof Establishment establishment) {
                    current = establishment;
                    pupils.clear();
                } else if (entity instanceof Student student && current != null) {
                    pupils.add(student.getSourceId());
                }
            }

            @Override
            public void establishmentDone() {
                if (current != null) {
                    String uai = current.getUai().value();
                    written.add(file(dir.resolve(uai), uai, pupils, demo, options, uai.equals(faultyUai)));
                }
                current = null;
            }
        });
        return written;
    }

    private static Path file(Path target, String uai, List<String> pupils, InvoiceDemo demo, ExportOptions options,
                             boolean fault) {
        // the seeding numbers a school's invoices in the order of the pupils' ids
        List<String> ordered = pupils.stream().sorted().toList();
        try {
            Files.createDirectories(target);
            Path file = target.resolve(FILE);
            Path partial = file.resolveSibling(DropZoneFiles.TEMPORARY_PREFIX + FILE);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    options.charset()), 1 << 16)) {
                XmlOut out = new XmlOut(writer, options.charset().newEncoder(), options.charset().name());
                out.start("TS_FACTURES").attribute("VERSION", "1.0");
                ExportFiles.parameters(out, uai, options);
                out.start("FACTURES");
                for (int index = 0; index < ordered.size(); index++) {
                    for (InvoiceDemo.Invoice invoice : demo.invoices(ordered.get(index), index)) {
                        invoice(out, invoice, ordered.get(index));
                    }
                }
                if (fault && !ordered.isEmpty()) {
                    InvoiceDemo.Invoice first = demo.invoices(ordered.get(0), 0).get(0);
                    invoice(out, new InvoiceDemo.Invoice("DP1-" + SchoolLifeExports.UNKNOWN_PUPIL, "2026-999999",
                            first.label(), first.issuedOn(), first.dueOn(), first.amount(), first.paidElsewhere()),
                            SchoolLifeExports.UNKNOWN_PUPIL);
                }
                out.end();
                out.end();
                out.finish();
            }
            // the drop zone ignores the temporary name: a run starting meanwhile never takes half a file
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture de " + FILE + " de " + uai + " impossible", e);
        }
    }

    private static void invoice(XmlOut out, InvoiceDemo.Invoice invoice, String pupil) {
        out.start("FACTURE").attribute("FACTURE_ID", invoice.sourceId()).attribute("ELEVE_ID", pupil);
        out.element("NUMERO", invoice.number());
        out.element("OBJET", invoice.label());
        out.element("DATE_EMISSION", ExportFiles.date(invoice.issuedOn()));
        out.element("DATE_ECHEANCE", ExportFiles.date(invoice.dueOn()));
        out.element("MONTANT", amount(invoice.amount()));
        out.element("MONTANT_REGLE", amount(invoice.paidElsewhere()));
        out.end();
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }
}
