package org.scolarite.batch.replication;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationEngine.PinnedFile;
import org.scolarite.replication.entity.SourceItem;

/**
 * Hands a chunk to the engine, one call per file it spans, in the chunk's transaction: the records, the rejections,
 * the file's counts and its items committed commit together, or not at all (R-REPL-2: a resumed run redoes exactly
 * the chunks that were not committed).
 */
@Named("replicationWriter")
@Dependent
public class ExportFileWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String establishmentId;

    @Inject
    private ReplicationEngine engine;

    @Override
    public void writeItems(List<Object> items) {
        long run = Long.parseLong(runId);
        long establishment = Long.parseLong(establishmentId);
        PinnedFile file = null;
        List<SourceItem> batch = new ArrayList<>();
        for (Object object : items) {
            FeedItem item = (FeedItem) object;
            if (file != null && !file.equals(item.file())) {
                engine.write(run, establishment, file, batch);
                batch = new ArrayList<>();
            }
            file = item.file();
            batch.add(item.item());
        }
        if (file != null) {
            engine.write(run, establishment, file, batch);
        }
    }
}
