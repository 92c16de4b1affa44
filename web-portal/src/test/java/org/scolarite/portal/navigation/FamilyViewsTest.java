package org.scolarite.portal.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.platform.boundary.DataGeneration.Generation;

class FamilyViewsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final long SECOND = 1_000_000_000L;

    private final FamilyViews.Kept kept = new FamilyViews.Kept(null, new Generation(7, MONDAY), 0);

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
}
