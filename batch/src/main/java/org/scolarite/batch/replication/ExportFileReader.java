package org.scolarite.batch.replication;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationEngine.PinnedFile;
import org.scolarite.replication.control.FailedReader;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * R-REPL-2: reads one establishment's pinned exports, file after file, item after item. Where to start is what the run
 * committed, not the batch runtime's checkpoint: each chunk commits, with its rows, how many items of each file it
 * covered (see {@code ReplicationEngine.committedItems}). A resumed run — after a stop or a crash of the server —
 * therefore reads on from the last file with committed items, skipping them (readers are deterministic): nothing is
 * written twice and nothing is lost, even when the crash came between the chunk's commit and the runtime's checkpoint.
 *
 * <p>A file that cannot be opened or whose reader breaks with an unexpected exception gives a {@link FileFailure}
 * item, as a malformed file does: the engine records it, the establishment ends FAILED with that reason, and the
 * partition goes on with its next file instead of failing the job.
 */
@Named("replicationReader")
@Dependent
public class ExportFileReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ExportFileReader.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String establishmentId;

    @Inject
    private ReplicationEngine engine;

    private long run;
    private long establishment;
    private List<PinnedFile> files = List.of();
    private int file;
    private long toSkip;
    private SourceReader reader;
    private boolean broken;

    public ExportFileReader() {
    }

    /** Outside the batch runtime (unit tests of the resumption). */
    ExportFileReader(ReplicationEngine engine, long runId, long establishmentId) {
        this.engine = engine;
        this.runId = Long.toString(runId);
        this.establishmentId = Long.toString(establishmentId);
    }

    @Override
    public void open(Serializable checkpoint) {
        if (establishmentId == null || establishmentId.isBlank()) {
            return; // the empty plan of a run with nothing to replicate (see EstablishmentPartitions)
        }
        run = Long.parseLong(runId);
        establishment = Long.parseLong(establishmentId);
        files = engine.pin(run, establishment);
        Map<String, Long> committed = engine.committedItems(run, establishment);
        // Files are read in order and a chunk commits every file it spans at once: the files before the last one
        // with committed items are complete.
        for (int i = files.size() - 1; i >= 0; i--) {
            long items = committed.getOrDefault(files.get(i).path(), 0L);
            if (items > 0) {
                file = i;
                toSkip = items;
                break;
            }
        }
    }

    @Override
    public Object readItem() {
        while (file < files.size()) {
            if (reader == null) {
                openCurrent();
            }
            SourceItem item = next();
            if (item != null) {
                return new FeedItem(files.get(file), item);
            }
            closeCurrent();
            file++;
        }
        return null;
    }

    @Override
    public void close() {
        closeCurrent();
    }

    private void openCurrent() {
        PinnedFile pinned = files.get(file);
        broken = false;
        try {
            reader = engine.open(pinned, establishment);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Réplication " + run + " : ouverture impossible de " + pinned.path(), e);
            reader = new FailedReader(null, failure(pinned, "Le fichier ne peut pas être ouvert", e));
        }
        for (long skipped = 0; skipped < toSkip && next() != null; skipped++) {
            // already committed by the run
        }
        toSkip = 0;
    }

    /** The reader's next item; an unexpected exception ends the file with a failure item, never the partition. */
    private SourceItem next() {
        if (broken) {
            return null;
        }
        try {
            SourceItem item = reader.next();
            broken = item instanceof FileFailure;
            return item;
        } catch (RuntimeException e) {
            PinnedFile pinned = files.get(file);
            LOG.log(Level.WARNING, "Réplication " + run + " : lecture interrompue de " + pinned.path(), e);
            broken = true;
            return failure(pinned, "Erreur pendant la lecture du fichier", e);
        }
    }

    private void closeCurrent() {
        if (reader != null) {
            try {
                reader.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Fermeture du lecteur", e);
            }
            reader = null;
        }
    }

    private static FileFailure failure(PinnedFile file, String what, RuntimeException e) {
        return new FileFailure(SourceLocation.ofFile(file.name()),
                what + "\u00a0: " + ReplicationJobListener.describe(e));
    }
}
