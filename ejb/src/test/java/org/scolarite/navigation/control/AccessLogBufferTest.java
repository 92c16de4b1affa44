package org.scolarite.navigation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.navigation.entity.PageView;

/** Deliverable 6: the access log's bounded, non-blocking buffer. */
class AccessLogBufferTest {

    private static PageView view(long account, boolean simulated) {
        return new PageView(LocalDateTime.of(2026, 11, 30, 9, 0), account, AccountKind.GUARDIAN, 7L, 3L, null, "HOME",
                simulated);
    }

    @Test
    @DisplayName("Deliverable 6: views are drained in batches, oldest first; a full batch asks for an early flush")
    void batches() {
        AccessLogBuffer buffer = new AccessLogBuffer(10, 3);
        assertThat(buffer.offer(view(1, false))).isFalse();
        assertThat(buffer.offer(view(2, false))).isFalse();
        assertThat(buffer.offer(view(3, false))).as("batch ready").isTrue();
        buffer.offer(view(4, false));

        assertThat(buffer.drainBatch()).extracting(PageView::accountId).containsExactly(1L, 2L, 3L);
        assertThat(buffer.drainBatch()).extracting(PageView::accountId).containsExactly(4L);
        assertThat(buffer.drainBatch()).isEmpty();
    }

    @Test
    @DisplayName("R-SIM-1: a simulated view is never buffered")
    void never_simulations() {
        AccessLogBuffer buffer = new AccessLogBuffer(10, 3);
        buffer.offer(view(1, true));
        assertThat(buffer.size()).isZero();
        assertThat(buffer.dropped()).isZero();
    }

    @Test
    @DisplayName("Deliverable 6: bounded: when full, a view is dropped and counted instead of blocking the page; a "
            + "batch the database refused goes back as far as room allows")
    void bounded() {
        AccessLogBuffer buffer = new AccessLogBuffer(2, 2);
        buffer.offer(view(1, false));
        buffer.offer(view(2, false));
        assertThat(buffer.offer(view(3, false))).isTrue();
        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.dropped()).isEqualTo(1);

        List<PageView> batch = buffer.drainBatch();
        buffer.offer(view(4, false));
        buffer.putBack(batch);
        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.dropped()).isEqualTo(2);
    }

    @Test
    @DisplayName("Deliverable 6: concurrent pages and a concurrent writer lose nothing while there is room")
    void concurrent() throws Exception {
        AccessLogBuffer buffer = new AccessLogBuffer(100_000, 500);
        ExecutorService pages = Executors.newFixedThreadPool(8);
        List<PageView> written = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pages.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    buffer.offer(view(thread * 10_000L + i, false));
                }
            });
        }
        pages.shutdown();
        while (!pages.awaitTermination(5, TimeUnit.MILLISECONDS)) {
            written.addAll(buffer.drainBatch());
        }
        List<PageView> batch;
        while (!(batch = buffer.drainBatch()).isEmpty()) {
            written.addAll(batch);
        }
        assertThat(written).hasSize(40_000);
        assertThat(written.stream().map(PageView::accountId).distinct().count()).isEqualTo(40_000);
        assertThat(buffer.dropped()).isZero();
    }
}
