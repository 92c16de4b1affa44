package org.scolarite.demo.control.siecle;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.scolarite.demo.control.DemoScale;

/**
 * The demo académie's exports as the seeding deposits them in the drop zone: the two demonstration establishments,
 * same seed (so the same pupils and ids as seeded), with three faults in the collège's files — a pupil without
 * birth date and one with an unknown MEF (both rejected), a pupil with three legal guardians (an anomaly, kept) — so
 * that the first replication run shows its rejections in « Traitements »; and the collège's school-life events
 * ({@link SchoolLifeExports}) with one more fault, an absence of an unknown pupil (rejected); the invoices of both
 * ({@link InvoiceExports}), with an invoice of an unknown pupil in the collège's file (rejected).
 */
public final class DemoExports {

    static final String COLLEGE = "0140070A";
    static final ExportFaults FAULTS = ExportFaults.in(COLLEGE, ExportFault.MISSING_BIRTH_DATE,
            ExportFault.UNKNOWN_MEF, ExportFault.THREE_LEGAL_GUARDIANS);

    private DemoExports() {
    }

    /** The drop zone of a data dir: {@code <data dir>/replication/inbox}. */
    public static Path inbox(Path dataDir) {
        return dataDir.resolve("replication").resolve("inbox");
    }

    /**
     * Writes the exports into {@code <inbox>/<UAI>/}, dated {@code now} (the seeding's day: the same demo data).
     *
     * @return the sink, for its totals and where the faults are
     */
    public static ExportSink deposit(Path inbox, long seed, LocalDateTime now) {
        ExportSink sink = SiecleExportGenerator.write(seed, DemoScale.DEMO, now.toLocalDate(), inbox,
                ExportOptions.current(now.withNano(0)).withFaults(FAULTS));
        NotesExport.deposit(inbox, seed, now);
        SchoolLifeExports.write(seed, DemoScale.DEMO, now.toLocalDate(), inbox, ExportOptions.current(now.withNano(0)),
                COLLEGE);
        ReportBookDemo.deposit(inbox, seed, now);
        InvoiceExports.write(seed, DemoScale.DEMO, now.toLocalDate(), inbox, ExportOptions.current(now.withNano(0)),
                COLLEGE);
        return sink;
    }
}
