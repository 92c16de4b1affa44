package org.scolarite.navigation.control;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.scolarite.navigation.entity.PageView;

/**
 * The page views waiting to be written (issue [P1] deliverable 6): one bounded, thread-safe buffer per server, owned
 * by the writer ({@code AccessLog}, whose life it shares: emptied at a clean stop) and filled by the requests
 * ({@code PageViews}, with no container call on the way). It also remembers whether an early write was asked, so that
 * a full batch asks for one write, not one per request.
 */
public class AccessLogQueue {

    public static final int CAPACITY = 20_000;
    public static final int BATCH = 500;

    private final AccessLogBuffer buffer = new AccessLogBuffer(CAPACITY, BATCH);

    private final AtomicBoolean earlyWriteAsked = new AtomicBoolean();

    /** Adds a view; true when a whole batch is now waiting and nobody asked for an early write yet. */
    public boolean offer(PageView view) {
        return buffer.offer(view) && earlyWriteAsked.compareAndSet(false, true);
    }

    /** The writer started: a batch that fills up from now on may ask again. */
    public void writing() {
        earlyWriteAsked.set(false);
    }

    public List<PageView> drainBatch() {
        return buffer.drainBatch();
    }

    public void putBack(List<PageView> batch) {
        buffer.putBack(batch);
    }

    public int size() {
        return buffer.size();
    }

    public long dropped() {
        return buffer.dropped();
    }
}
