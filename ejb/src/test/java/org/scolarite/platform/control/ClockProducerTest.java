package org.scolarite.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    @DisplayName("R-SET-2 (tests): a shift moves every holder of the produced clock at once, and can be undone")
    void shift_reaches_injected_clocks() {
        ClockProducer producer = new ClockProducer();
        Clock injectedEarlier = producer.clock();
        LocalDate today = LocalDate.now(injectedEarlier);

        producer.shift(Duration.ofDays(1));
        assertThat(LocalDate.now(injectedEarlier)).isEqualTo(today.plusDays(1));

        producer.shift(Duration.ZERO);
        assertThat(LocalDate.now(injectedEarlier)).isEqualTo(today);
        assertThat(injectedEarlier.getZone()).isEqualTo(ClockProducer.SCHOOL_ZONE);
    }
}
