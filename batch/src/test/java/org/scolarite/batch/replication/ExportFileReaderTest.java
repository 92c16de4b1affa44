package org.scolarite.batch.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationEngine.PinnedFile;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The feeds step's reader outside the container: from the items the run committed per file, it resumes exactly where a
 * crash stopped it, and a file that cannot be opened or breaks while read becomes a failure item, not an exception.
 * The engine is a hand-written stand-in serving files from memory (the real one is driven in ReplicationJobIT).
 */
class ExportFileReaderTest {

    private static final long RUN = 7;
    private static final long SCHOOL = 42;

    private static final PinnedFile NOMENCLATURE = new PinnedFile("/runs/7/A/Nomenclature.xml", "NOMENCLATURE",
            "Nomenclature.xml");
    private static final PinnedFile STS = new PinnedFile("/runs/7/A/sts_emp.xml", "STS", "sts_emp.xml");
    private static final PinnedFile PUPILS = new PinnedFile("/runs/7/A/ElevesSansAdresses.xml", "PUPILS",
            "ElevesSansAdresses.xml");
    private static final PinnedFile GUARDIANS = new PinnedFile("/runs/7/A/ResponsablesAvecAdresses.xml", "GUARDIANS",
            "ResponsablesAvecAdresses.xml");

    /** Three good items, a file that cannot be opened, two items then an exception, two items. */
    private final FilesEngine engine = new FilesEngine(Map.of(
            NOMENCLATURE, items(NOMENCLATURE, 3),
            PUPILS, items(PUPILS, 2),
            GUARDIANS, items(GUARDIANS, 2)), List.of(NOMENCLATURE, STS, PUPILS, GUARDIANS), PUPILS);

    @Test
    @DisplayName("R-REPL-2: resumed after any committed chunk, the reader gives exactly the items a run without crash "
            + "reads after it")
    void resume_after_any_commit_gives_the_rest_of_an_uninterrupted_read() {
        List<FeedItem> uninterrupted = readAll(new ExportFileReader(engine, RUN, SCHOOL), Integer.MAX_VALUE);

        for (int committed = 0; committed <= uninterrupted.size(); committed++) {
            engine.commit(List.of()); // a new run
            ExportFileReader first = new ExportFileReader(engine, RUN, SCHOOL);
            List<FeedItem> before = readAll(first, committed);
            engine.commit(before); // what the writer committed; what was read after it is lost with the crash
            first.close();

            List<FeedItem> after = readAll(new ExportFileReader(engine, RUN, SCHOOL), Integer.MAX_VALUE);

            List<FeedItem> joined = new ArrayList<>(before);
            joined.addAll(after);
            assertThat(joined).as("resumed after %d committed items", committed).isEqualTo(uninterrupted);
        }
    }

    @Test
    @DisplayName("R-REPL-2: a resumed reader does not read again the files before the last one with committed items")
    void complete_files_are_not_read_again() {
        ExportFileReader first = new ExportFileReader(engine, RUN, SCHOOL);
        engine.commit(readAll(first, 5)); // the nomenclature, the STS failure, the first pupil
        first.close();
        engine.opened.clear();

        List<FeedItem> after = readAll(new ExportFileReader(engine, RUN, SCHOOL), Integer.MAX_VALUE);

        assertThat(engine.opened).containsExactly(PUPILS, GUARDIANS);
        assertThat(after).extracting(item -> item.file().feed()).containsExactly("PUPILS", "PUPILS", "GUARDIANS",
                "GUARDIANS");
    }

    @Test
    @DisplayName("R-REPL-2: a file that cannot be opened or breaks while read ends with a failure item; the next files "
            + "are still read")
    void broken_files_become_failure_items_and_the_partition_goes_on() {
        List<FeedItem> items = readAll(new ExportFileReader(engine, RUN, SCHOOL), Integer.MAX_VALUE);

        assertThat(items).extracting(item -> item.file().feed())
                .containsExactly("NOMENCLATURE", "NOMENCLATURE", "NOMENCLATURE", "STS", "PUPILS", "PUPILS", "PUPILS",
                        "GUARDIANS", "GUARDIANS");
        assertThat(items.get(3).item()).isInstanceOfSatisfying(FileFailure.class, failure -> {
            assertThat(failure.location().file()).isEqualTo("sts_emp.xml");
            assertThat(failure.reason()).isEqualTo("Le fichier ne peut pas être ouvert\u00a0: disque illisible");
        });
        assertThat(items.get(6).item()).isInstanceOfSatisfying(FileFailure.class, failure ->
                assertThat(failure.reason()).isEqualTo("Erreur pendant la lecture du fichier\u00a0: flux coupé"));
        assertThat(engine.closed).containsExactly(NOMENCLATURE, PUPILS, GUARDIANS);
    }

    private static List<FeedItem> readAll(ExportFileReader reader, int max) {
        reader.open(null);
        List<FeedItem> items = new ArrayList<>();
        for (Object item; items.size() < max && (item = reader.readItem()) != null; ) {
            items.add((FeedItem) item);
        }
        return items;
    }

    private static List<SourceItem> items(PinnedFile file, int count) {
        List<SourceItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(Rejection.rejected(new SourceLocation(file.name(), i, 1, "ELEVE", "ELEVE_ID=" + i), "motif " + i));
        }
        return items;
    }

    /** Serves the files' items from memory; one file fails to open, one throws after its items. */
    private static final class FilesEngine extends ReplicationEngine {

        private final Map<PinnedFile, List<SourceItem>> contents;
        private final List<PinnedFile> files;
        private final PinnedFile throwing;
        final List<PinnedFile> closed = new ArrayList<>();
        final List<PinnedFile> opened = new ArrayList<>();
        private final Map<String, Long> committed = new HashMap<>();

        FilesEngine(Map<PinnedFile, List<SourceItem>> contents, List<PinnedFile> files, PinnedFile throwing) {
            this.contents = contents;
            this.files = files;
            this.throwing = throwing;
        }

        @Override
        public List<PinnedFile> pin(long runId, long establishmentId) {
            return files;
        }

        /** As the writer does in each chunk's transaction: the items committed, per file. */
        void commit(List<FeedItem> items) {
            committed.clear();
            items.forEach(item -> committed.merge(item.file().path(), 1L, Long::sum));
        }

        @Override
        public Map<String, Long> committedItems(long runId, long establishmentId) {
            return Map.copyOf(committed);
        }

        @Override
        public SourceReader open(PinnedFile file, long establishmentId) {
            opened.add(file);
            if (!contents.containsKey(file)) {
                throw new IllegalStateException("disque illisible");
            }
            Iterator<SourceItem> items = contents.get(file).iterator();
            return new SourceReader() {
                @Override
                public ExportHeader header() {
                    return null;
                }

                @Override
                public SourceItem next() {
                    if (items.hasNext()) {
                        return items.next();
                    }
                    if (file.equals(throwing)) {
                        throw new IllegalStateException("flux coupé");
                    }
                    return null;
                }

                @Override
                public void close() {
                    closed.add(file);
                }
            };
        }
    }
}
