package org.scolarite.navigation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.scolarite.navigation.entity.PageView;

/**
 * The access log's in-memory buffer (deliverable 6): a page view is handed over without waiting (no lock held by a
 * writer, no database), and written later in batches. Bounded, so that a database outage cannot eat the heap: when
 * full, a view is dropped and counted (the statistics lose a view; the family's page is never slowed). Simulated views
 * are refused here (R-SIM-1: a simulation writes nothing). Thread-safe; no container needed to test it.
 */
public class AccessLogBuffer {

    private final BlockingQueue<PageView> queue;
    private final int batchSize;
    private final AtomicLong dropped = new AtomicLong();

    public AccessLogBuffer(int capacity, int batchSize) {
        if (capacity < 1 || batchSize < 1 || batchSize > capacity) {
            throw new IllegalArgumentException("1 <= batchSize <= capacity");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
    }

    /**
     * Hands a view over without blocking.
     *
     * @return whether a batch is ready and should be written soon (the caller triggers an early flush)
     */
    public boolean offer(PageView view) {
        if (view.simulated()) {
            return false;
        }
        if (!queue.offer(view)) {
            dropped.incrementAndGet();
            return true;
        }
        return queue.size() >= batchSize;
    }

    /** Takes at most one batch, oldest first; empty when nothing waits. */
    public List<PageView> drainBatch() {
        List<PageView> batch = new ArrayList<>(Math.min(batchSize, queue.size()));
        queue.drainTo(batch, batchSize);
        return batch;
    }

    /** Puts back a batch that could not be written (database down), as far as room allows; the rest is dropped. */
    public void putBack(List<PageView> batch) {
        for (PageView view : batch) {
            if (!queue.offer(view)) {
                dropped.incrementAndGet();
            }
        }
    }

    public int size() {
        return queue.size();
    }

    /** Views lost because the buffer was full since the start (logged by the access log). */
    public long dropped() {
        return dropped.get();
    }
}
