package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.people.entity.LegalRank.FIRST;
import static org.scolarite.people.entity.LegalRank.OTHER;
import static org.scolarite.people.entity.LegalRank.SECOND;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.control.siecle.LegalRanks.Claim;

/** R-ACC-1: only légal 1 and légal 2 get accounts; these rules say who they are. */
class LegalRanksTest {

    private static Claim level(int level, boolean paysFees) {
        return new Claim(null, level, paysFees);
    }

    private static Claim old(int respLegal) {
        return new Claim(respLegal, null, false);
    }

    @Test
    @DisplayName("R-ACC-1: old files, RESP_LEGAL 1 → légal 1, 2 → légal 2, 0 → other, whatever the order")
    void old_form() {
        var ranking = LegalRanks.rank(List.of(old(0), old(2), old(1)));
        assertThat(ranking.ranks()).containsExactly(OTHER, SECOND, FIRST);
        assertThat(ranking.tooManyLegal()).isFalse();
        assertThat(old(0).effectiveLevel()).isEqualTo(3);
        assertThat(old(2).effectiveLevel()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-ACC-1: current files, two level-1 without payer: file order")
    void file_order() {
        assertThat(LegalRanks.rank(List.of(level(1, false), level(1, false))).ranks()).containsExactly(FIRST, SECOND);
    }

    @Test
    @DisplayName("R-ACC-1: current files, the one who pays school fees is légal 1 even when listed second")
    void payer_first() {
        assertThat(LegalRanks.rank(List.of(level(1, false), level(1, true))).ranks()).containsExactly(SECOND, FIRST);
    }

    @Test
    @DisplayName("R-ACC-1: two payers: file order between them")
    void two_payers() {
        assertThat(LegalRanks.rank(List.of(level(1, true), level(1, true))).ranks()).containsExactly(FIRST, SECOND);
    }

    @Test
    @DisplayName("R-ACC-1: levels 2 and 3 are never légal, even alone or paying")
    void other_levels() {
        var ranking = LegalRanks.rank(List.of(level(2, true), level(3, false), level(1, false)));
        assertThat(ranking.ranks()).containsExactly(OTHER, OTHER, FIRST);
        assertThat(ranking.legalCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-ACC-1: three level-1 persons: two légal (payer first), the third OTHER, and flagged for an anomaly")
    void three_level_one() {
        var ranking = LegalRanks.rank(List.of(level(1, false), level(1, false), level(1, true)));
        assertThat(ranking.ranks()).containsExactly(SECOND, OTHER, FIRST);
        assertThat(ranking.tooManyLegal()).isTrue();
        assertThat(ranking.legalCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("R-ACC-1: an old file claiming légal 1 twice: the second takes the free rank légal 2")
    void rank_claimed_twice() {
        var ranking = LegalRanks.rank(List.of(old(1), old(1), old(0)));
        assertThat(ranking.ranks()).containsExactly(FIRST, SECOND, OTHER);
        assertThat(ranking.tooManyLegal()).isFalse();
    }
}
