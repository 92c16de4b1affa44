package org.scolarite.navigation.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.control.AccessLogBuffer;
import org.scolarite.navigation.control.AccessLogWriter;
import org.scolarite.navigation.entity.PageView;
import org.scolarite.navigation.entity.PortalArea;

/**
 * The portal's access log (issue [P1] deliverable 6, for R-STAT-3): each page view of a service by a family becomes a
 * {@code portal_access} row (account, kind, pupil, establishment, MEF, service, date-time), without slowing the page:
 * {@link #viewed} only puts the view into a bounded in-memory buffer ({@link AccessLogBuffer}); a timer writes it every
 * {@value #FLUSH_SECONDS} seconds in batches of {@value #BATCH}, sooner when a batch is full, and the buffer is emptied
 * when the application stops cleanly ({@link #drainOnShutdown}). Simulations are never recorded (R-SIM-1).
 *
 * <p>Bean-managed concurrency: recording takes no container lock, so thousands of requests never queue on this
 * singleton; only writers take {@code writing}, so that two flushes never interleave batches. A crash (kill -9) loses
 * at most the views of the last seconds — accepted for statistics, never for mail (which has its outbox).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLog {

    static final int CAPACITY = 20_000;
    static final int BATCH = 500;
    static final int FLUSH_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    private final AccessLogBuffer buffer = new AccessLogBuffer(CAPACITY, BATCH);
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean earlyFlushAsked = new AtomicBoolean();
    private long droppedReported;

    @Inject
    private AccessLogWriter writer;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    /** The one line a service page calls: « this family viewed {@code service} for the child shown ». */
    public void viewed(FamilyView view, ServiceKey service, boolean simulated) {
        viewed(view, service.value(), simulated);
    }

    /** The same for the portal's own pages (home, useful links, contact). */
    public void viewed(FamilyView view, PortalArea area, boolean simulated) {
        viewed(view, area.name(), simulated);
    }

    private void viewed(FamilyView view, String serviceKey, boolean simulated) {
        if (simulated || !view.hasChild()) {
            return;
        }
        boolean batchReady = buffer.offer(new PageView(LocalDateTime.now(clock), view.accountId(), view.kind(),
                view.child().studentId(), view.establishmentId(), view.mefId(), serviceKey, false));
        if (batchReady && earlyFlushAsked.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    earlyFlushAsked.set(false);
                    flush();
                });
            } catch (RejectedExecutionException busy) {
                earlyFlushAsked.set(false);   // the timer will do it
            }
        }
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
