package org.scolarite.navigation.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.navigation.control.AccessLogQueue;
import org.scolarite.navigation.control.AccessLogWriter;
import org.scolarite.navigation.entity.PageView;

/**
 * The writer of the portal's access log (issue [P1] deliverable 6, for R-STAT-3): the views that {@link PageViews}
 * put into the server's buffer ({@link AccessLogQueue}) become {@code portal_access} rows (account, kind, pupil,
 * establishment, MEF, service, date-time) every {@value #FLUSH_SECONDS} seconds in batches of
 * {@value AccessLogQueue#BATCH}, sooner when a batch is full ({@link #writeSoon}), and the buffer is emptied when the
 * application stops cleanly ({@link #drainOnShutdown}).
 *
 * <p>Bean-managed concurrency: only writers take {@code writing}, so that two flushes never interleave batches. A
 * crash (kill -9) loses at most the views of the last seconds — accepted for statistics, never for mail (which has
 * its outbox).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLog {

    static final int FLUSH_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    private final ReentrantLock writing = new ReentrantLock();
    private long droppedReported;

    private final AccessLogQueue buffer = new AccessLogQueue();

    @Inject
    private AccessLogWriter writer;

    /**
     * The buffer itself, for {@link PageViews} to fill without a container call per view (a local EJB hands out the
     * reference; the buffer is thread-safe).
     */
    public AccessLogQueue queue() {
        return buffer;
    }

    /** A whole batch waits: written now, on a container thread, rather than at the next tick. */
    @Asynchronous
    public void writeSoon() {
        flush();
    }

    @Schedule(second = "*/" + FLUSH_SECONDS, minute = "*", hour = "*", persistent = false, info = "access log")
    void onTimer() {
        flush();
    }

    /**
     * Writes everything buffered now, batch by batch; returns the number of rows written. A batch the database refuses
     * goes back into the buffer for the next run.
     */
    public int flush() {
        writing.lock();
        try {
            buffer.writing();
            int written = 0;
            List<PageView> batch;
            while (!(batch = buffer.drainBatch()).isEmpty()) {
                try {
                    writer.write(batch);
                    written += batch.size();
                } catch (RuntimeException failed) {
                    buffer.putBack(batch);
                    LOG.log(Level.WARNING, "Journal des accès : écriture de " + batch.size()
                            + " consultations reportée", failed);
                    break;
                }
            }
            reportDrops();
            return written;
        } finally {
            writing.unlock();
        }
    }

    /** How many views wait in memory (tests, health). */
    public int pending() {
        return buffer.size();
    }

    /** A clean shutdown (undeploy, server stop) writes what remains. */
    @PreDestroy
    void drainOnShutdown() {
        int written = flush();
        if (buffer.size() > 0) {
            LOG.warning("Journal des accès : " + buffer.size() + " consultations non écrites à l’arrêt");
        } else if (written > 0) {
            LOG.info("Journal des accès : " + written + " consultations écrites à l’arrêt");
        }
    }

    private void reportDrops() {
        long dropped = buffer.dropped();
        if (dropped > droppedReported) {
            LOG.warning("Journal des accès plein : " + (dropped - droppedReported) + " consultations perdues");
            droppedReported = dropped;
        }
    }
}
