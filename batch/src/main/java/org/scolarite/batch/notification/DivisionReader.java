package org.scolarite.batch.notification;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.scolarite.notification.boundary.AccountNotifications;

/**
 * The divisions of a whole-school run, one by one. The checkpoint is the index of the next division: after a failure
 * or a stop, the restarted step resumes after the last division whose chunk was committed.
 */
@Named("massNotificationReader")
@Dependent
public class DivisionReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private AccountNotifications notifications;

    private List<Long> divisions;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        divisions = notifications.divisionsOf(Long.parseLong(runId));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < divisions.size() ? divisions.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
