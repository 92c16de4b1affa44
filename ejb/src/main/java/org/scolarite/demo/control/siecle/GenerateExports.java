package org.scolarite.demo.control.siecle;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.scolarite.demo.control.DemoScale;

/**
 * Writes an académie's exports outside the server, for the replication benchmark ({@code bin/generate-exports}):
 * {@code GenerateExports <dir> [students] [--zip] [--utf8] [--legacy]}. Streams establishment by establishment and
 * prints the files, their sizes, the rows they hold, the time taken and the peak heap.
 */
public final class GenerateExports {

    /** The demo's seed: the exports of the first two establishments are those of the seeded demo. */
    static final long SEED = 20260901L;
    private static final int DEFAULT_STUDENTS = 20_000;

    private GenerateExports() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        List<String> positional = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        if (positional.isEmpty() || arguments.contains("--help")) {
            System.err.println("Usage : generate-exports <répertoire> [élèves, " + DEFAULT_STUDENTS
                    + " par défaut] [--zip] [--utf8] [--legacy]");
            System.exit(2);
        }
        Path dir = Path.of(positional.get(0));
        int students = positional.size() > 1 ? Integer.parseInt(positional.get(1).replace("_", "")) : DEFAULT_STUDENTS;
        LocalDateTime now = LocalDateTime.now().withNano(0);
        ExportOptions options = ExportOptions.current(now).zipped(arguments.contains("--zip"));
        if (arguments.contains("--utf8")) {
            options = options.inUtf8();
        }
        if (arguments.contains("--legacy")) {
            options = options.legacy();
        }
        DemoScale scale = DemoScale.ofStudents(students);
        PrintStream out = System.out;
        out.printf(Locale.FRANCE, "Exports SIECLE/BEE de %d établissements (%d collèges, %d lycées) de %d élèves "
                        + "dans %s%n", scale.colleges() + scale.lycees(), scale.colleges(), scale.lycees(),
                scale.studentsPerEstablishment(), dir.toAbsolutePath());
        long start = System.nanoTime();
        int establishments = scale.colleges() + scale.lycees();
        int every = Math.max(1, establishments / 10);
        int[] done = {0};
        ExportSink sink = SiecleExportGenerator.write(SEED, scale, LocalDate.from(now), dir, options, files -> {
            if (done[0]++ == 0) {
                files.files().forEach(f -> out.printf(Locale.FRANCE, "  %s/%s : %,d octets%n", files.uai(), f.name(),
                        f.bytes()));
            } else if (done[0] % every == 0) {
                out.printf(Locale.FRANCE, "  %d/%d établissements, %.0f s%n", done[0], establishments,
                        (System.nanoTime() - start) / 1e9);
            }
        });
        ExportSink.Totals totals = sink.totals();
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = totals.pupils() + totals.persons() + totals.teachers();
        out.printf(Locale.FRANCE, "%d établissements, %d fichiers, %,.1f Mo%n", totals.establishments(),
                totals.files(), totals.bytes() / 1e6);
        out.printf(Locale.FRANCE, "%,d élèves, %,d responsables, %,d enseignants (%,d lignes)%n", totals.pupils(),
                totals.persons(), totals.teachers(), rows);
        out.printf(Locale.FRANCE, "Temps : %.1f s (%,.0f élèves/s, %,.1f Mo/s) ; tas au plus haut : %,d Mo%n",
                seconds, totals.pupils() / seconds, totals.bytes() / 1e6 / seconds, peakHeapMegabytes());
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum() / (1024 * 1024);
    }
}
