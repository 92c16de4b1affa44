package org.scolarite.replication.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.RunStatus;

/** The rows of a bulk insert as PostgreSQL's COPY reads them (text format): what a value must not break. */
class BulkInsertTest {

    @Test
    @DisplayName("COPY text: tabs between values, \\N for null, t/f, ISO dates, JDBC timestamps, enum names")
    void values() {
        String text = BulkInsert.copyText(List.<Object[]>of(new Object[] {12L, null, true, false,
                LocalDate.of(2026, 9, 1), LocalDateTime.of(2026, 11, 30, 1, 30, 5), RunStatus.RUNNING, 7}));

        assertThat(text).isEqualTo("12\t\\N\tt\tf\t2026-09-01\t2026-11-30 01:30:05.0\tRUNNING\t7\n");
    }

    @Test
    @DisplayName("COPY text: a name with a backslash, a tab or a line break stays one value of one row")
    void escapes() {
        String text = BulkInsert.copyText(List.<Object[]>of(new Object[] {"D'Almeida\\Œuvray", "a\tb", "l1\nl2\r"},
                new Object[] {"\\N", "", "é"}));

        assertThat(text).isEqualTo("D'Almeida\\\\Œuvray\ta\\tb\tl1\\nl2\\r\n\\\\N\t\té\n");
    }

    @Test
    @DisplayName("a row with the wrong number of values is refused when added, not when written")
    void wrong_arity() {
        assertThatThrownBy(() -> new BulkInsert("account", "id", "username").add(1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account");
    }
}
