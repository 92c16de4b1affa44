package org.scolarite.navigation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.navigation.entity.PageView;

class AccessLogQueueTest {

    private final AccessLogQueue queue = new AccessLogQueue();

    @Test
    @DisplayName("Access log: a full batch asks for one early write, not one per request, until the writer starts")
    void oneEarlyWritePerFullBatch() {
        long asked = IntStream.range(0, AccessLogQueue.BATCH * 2).filter(i -> queue.offer(view(i))).count();
        assertThat(asked).isEqualTo(1);

        queue.writing();
        queue.drainBatch();
        queue.drainBatch();
        long askedAgain = IntStream.range(0, AccessLogQueue.BATCH).filter(i -> queue.offer(view(i))).count();
        assertThat(askedAgain).isEqualTo(1);
    }

    private static PageView view(int i) {
        return new PageView(LocalDateTime.of(2026, 11, 30, 9, 0), i, AccountKind.GUARDIAN, i, 1L, null, "HOME", false);
    }
}
