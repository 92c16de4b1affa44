package org.scolarite.demo.control.siecle;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.replication.control.DropZoneFiles;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.Mef;

/**
 * Writes what {@link DemoDataGenerator} generates as the SIECLE/BEE and STS-web exports of each establishment, into
 * {@code <dir>/<UAI>/} ({@code ElevesSansAdresses.xml} or {@code ElevesAvecAdresses.xml},
 * {@code ResponsablesAvecAdresses.xml}, {@code Nomenclature.xml}, {@code sts_emp_<UAI>_<year>.xml}, or one zip
 * holding them). It holds one establishment at a time: its files are written when the generator is done with it, and
 * it is forgotten, so that memory does not grow with the académie. Only the nomenclature (MEFs) is kept throughout.
 */
public class ExportSink implements EntitySink {

    /** One written file: its name (inside the zip when zipped) and its size in bytes (uncompressed). */
    public record WrittenFile(String name, long bytes) {
    }

    /** One establishment's exports: its files and how many pupils, persons and teachers they describe. */
    public record EstablishmentFiles(String uai, List<WrittenFile> files, int pupils, int persons, int teachers) {
    }

    /** Totals over every establishment written so far. */
    public record Totals(int establishments, int files, long bytes, long pupils, long persons, long teachers) {
    }

    private final Path dir;
    private final long seed;
    private final ExportOptions options;
    private final List<Mef> mefs = new ArrayList<>();
    private final List<AppliedFault> applied = new ArrayList<>();
    private Consumer<EstablishmentFiles> listener = files -> { };
    private EstablishmentData current;
    private Totals totals = new Totals(0, 0, 0, 0, 0, 0);

    /**
     * @param seed the generator's seed, from which the invented teachers are drawn too (same seed, same bytes)
     */
    public ExportSink(Path dir, long seed, ExportOptions options) {
        this.dir = dir;
        this.seed = seed;
        this.options = options;
    }

    /** Exports carry no accounts: the generator is run with a planner that creates none. */
    public static DemoDataGenerator.AccountPlanner noAccounts() {
        return new DemoDataGenerator.AccountPlanner() {
            @Override
            public void studentEnrolled(Student student, boolean showcase, EntitySink sink) {
                // no account in an export
            }

            @Override
            public void guardianLinked(GuardianLink link, boolean showcase, EntitySink sink) {
                // no account in an export
            }
        };
    }

    /** Told of each establishment once its files are written (progress of long runs). */
    public ExportSink onEstablishment(Consumer<EstablishmentFiles> listener) {
        this.listener = listener;
        return this;
    }

    @Override
    public void persist(Object entity) {
        if (entity instanceof Mef mef) {
            mefs.add(mef);
        } else if (entity instanceof Establishment establishment) {
            current = new EstablishmentData(establishment);
        } else if (current != null) {
            current.add(entity);
        }
    }

    @Override
    public void establishmentDone() {
        if (current == null) {
            return; // the académie's own part (académie, year, MEFs): no files of its own
        }
        try {
            EstablishmentFiles files = write(current);
            totals = new Totals(totals.establishments() + 1, totals.files() + files.files().size(),
                    totals.bytes() + files.files().stream().mapToLong(WrittenFile::bytes).sum(),
                    totals.pupils() + files.pupils(), totals.persons() + files.persons(),
                    totals.teachers() + files.teachers());
            listener.accept(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture des exports de " + current.uai() + " impossible", e);
        } finally {
            current = null;
        }
    }

    public Totals totals() {
        return totals;
    }

    /** Where each fault asked for was written, establishment after establishment. */
    public List<AppliedFault> appliedFaults() {
        return List.copyOf(applied);
    }

    /** Entities held for the establishment in progress (none between establishments). */
    int held() {
        return current == null ? 0 : current.size();
    }

    private EstablishmentFiles write(EstablishmentData data) throws IOException {
        Set<ExportFault> asked = options.faults().of(data.uai());
        FaultPlan faults = new FaultPlan(data, asked);
        Path target = Files.createDirectories(dir.resolve(data.uai()));
        int[] counts = new int[3];
        List<WrittenFile> written = new ArrayList<>();
        ToIntFunction<XmlOut> pupils = out -> counts[0] = new PupilsWriter(data, options, faults).write(out);
        ToIntFunction<XmlOut> guardians = out -> counts[1] = new GuardiansWriter(data, options, faults).write(out);
        ToIntFunction<XmlOut> nomenclature = out -> {
            new NomenclatureWriter(data, options, mefs).write(out);
            return 0;
        };
        Teachers teachers = new Teachers(data, seed);
        ToIntFunction<XmlOut> sts = out -> counts[2] = new StsWriter(data, options, teachers).write(out);
        boolean wrongEncoding = asked.contains(ExportFault.WRONG_ENCODING);
        if (options.zipped()) {
            Path zipFile = target.resolve("exports_" + data.uai() + ".zip");
            Path partial = partial(zipFile);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                written.add(entry(zip, PupilsWriter.fileName(options), pupils, false, faults));
                written.add(entry(zip, GuardiansWriter.FILE, guardians, wrongEncoding, faults));
                written.add(entry(zip, NomenclatureWriter.FILE, nomenclature, false, faults));
                written.add(entry(zip, StsWriter.fileName(data.uai(), options), sts, false, faults));
            }
            publish(partial, zipFile);
        } else {
            written.add(file(target, PupilsWriter.fileName(options), pupils, false, faults));
            written.add(file(target, GuardiansWriter.FILE, guardians, wrongEncoding, faults));
            written.add(file(target, NomenclatureWriter.FILE, nomenclature, false, faults));
            written.add(file(target, StsWriter.fileName(data.uai(), options), sts, false, faults));
        }
        applied.addAll(faults.applied());
        return new EstablishmentFiles(data.uai(), List.copyOf(written), counts[0], counts[1], counts[2]);
    }

    private WrittenFile file(Path target, String name, ToIntFunction<XmlOut> content, boolean wrongEncoding,
                             FaultPlan faults) throws IOException {
        Path file = target.resolve(name);
        Path partial = partial(file);
        try (OutputStream out = Files.newOutputStream(partial)) {
            xml(out, name, content, wrongEncoding, faults);
        }
        publish(partial, file);
        return new WrittenFile(name, Files.size(file));
    }

    /**
     * Where a file is written before it is complete: a name the drop zone ignores, so that a run starting meanwhile
     * (the server's nightly run, a head's « Lancer ») never takes half an export.
     */
    private static Path partial(Path file) {
        return file.resolveSibling(DropZoneFiles.TEMPORARY_PREFIX + file.getFileName());
    }

    /** The complete file under its name, in one step (same directory, hence the same file system). */
    private static void publish(Path partial, Path file) throws IOException {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private WrittenFile entry(ZipOutputStream zip, String name, ToIntFunction<XmlOut> content, boolean wrongEncoding,
                              FaultPlan faults) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(options.exportedAt()); // not the time of writing: same seed, same bytes
        zip.putNextEntry(entry);
        xml(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip stays open for the next entry
            }
        }, name, content, wrongEncoding, faults);
        zip.closeEntry();
        return new WrittenFile(name, entry.getSize());
    }

    /**
     * Writes one document. The wrong-encoding fault declares UTF-8 and writes ISO-8859-15 bytes; otherwise the
     * declared encoding is the options' one.
     */
    private void xml(OutputStream out, String name, ToIntFunction<XmlOut> content, boolean wrongEncoding,
                     FaultPlan faults) throws IOException {
        Charset bytes = wrongEncoding ? ExportOptions.ISO_8859_15 : options.charset();
        String declared = wrongEncoding ? StandardCharsets.UTF_8.name() : options.charset().name();
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, bytes), 1 << 16)) {
            XmlOut xml = new XmlOut(writer, bytes.newEncoder(), declared);
            content.applyAsInt(xml);
            xml.finish();
            if (wrongEncoding) {
                faults.applied(ExportFault.WRONG_ENCODING, name, declared, xml.firstNonAsciiLine());
            }
        }
    }
}
