package org.scolarite.portal.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.platform.boundary.DataGeneration.Generation;

class KeptValuesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final long SECOND = 1_000_000_000L;

    private final KeptValues.Kept<String> kept = new KeptValues.Kept<>("vue", new Generation(7, MONDAY), 0);

    @Test
    @DisplayName("R-PORTAL-5: a kept view serves while nothing changed, the same day, for less than a minute")
    void keptWhileNothingChanged() {
        assertThat(kept.stillRight(new Generation(7, MONDAY), 59 * SECOND)).isTrue();
        assertThat(kept.stillRight(new Generation(7, MONDAY), 60 * SECOND)).isFalse();
    }

    @Test
    @DisplayName("R-ACC-9, R-SET-2: a write on this server, or midnight, makes the kept view stale at once")
    void staleAfterAWriteOrAtMidnight() {
        assertThat(kept.stillRight(new Generation(8, MONDAY), SECOND)).isFalse();
        assertThat(kept.stillRight(new Generation(7, MONDAY.plusDays(1)), SECOND)).isFalse();
    }

    @Test
    @DisplayName("R-PORTAL-5: computed once while right, again once stale; a failed computation keeps nothing")
    void computedOnceWhileRight() {
        KeptValues<Long, String> values = new KeptValues<>() { };
        AtomicInteger computations = new AtomicInteger();
        Generation now = new Generation(7, MONDAY);

        assertThat(values.get(42L, now, 0, () -> "équipe " + computations.incrementAndGet())).isEqualTo("équipe 1");
        assertThat(values.get(42L, now, 30 * SECOND, () -> "équipe " + computations.incrementAndGet()))
                .isEqualTo("équipe 1");
        assertThat(values.get(43L, now, 30 * SECOND, () -> "équipe " + computations.incrementAndGet()))
                .as("another key is computed for itself").isEqualTo("équipe 2");
        assertThat(values.get(42L, new Generation(8, MONDAY), 31 * SECOND,
                () -> "équipe " + computations.incrementAndGet())).isEqualTo("équipe 3");

        assertThatThrownBy(() -> values.get(44L, now, 0, () -> {
            throw new IllegalStateException("base indisponible");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(values.get(44L, now, 0, () -> "équipe " + computations.incrementAndGet())).isEqualTo("équipe 4");
    }
}
