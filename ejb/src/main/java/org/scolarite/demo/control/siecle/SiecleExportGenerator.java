package org.scolarite.demo.control.siecle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;

/**
 * Generates the demo académie (same seed, same pupils and ids as the seeded demo data) and writes it as exports into
 * {@code <dir>/<UAI>/}, establishment by establishment.
 */
public final class SiecleExportGenerator {

    private SiecleExportGenerator() {
    }

    /** @return the sink, for its totals and the faults it wrote */
    public static ExportSink write(long seed, DemoScale scale, LocalDate today, Path dir, ExportOptions options) {
        return write(seed, scale, today, dir, options, files -> { });
    }

    /** @param progress told of each establishment once its files are written */
    public static ExportSink write(long seed, DemoScale scale, LocalDate today, Path dir, ExportOptions options,
                                   Consumer<ExportSink.EstablishmentFiles> progress) {
        ExportSink sink = new ExportSink(dir, seed, options).onEstablishment(progress);
        new DemoDataGenerator(seed, scale, today, ExportSink.noAccounts()).generate(sink);
        return sink;
    }
}
