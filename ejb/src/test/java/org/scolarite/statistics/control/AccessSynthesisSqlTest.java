package org.scolarite.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.statistics.entity.AccessCount;
import org.scolarite.statistics.entity.AccessSynthesis;
import org.scolarite.statistics.entity.SchoolYearWindow;

/**
 * The access statistics' SQL on a hand-written access log. School year 2026-2027: September 2026 to July 2027.
 * <pre>
 * Collège 10: 2026-08-31 GRADES guardian (before the rentrée: not counted)
 *             2026-09-01 GRADES guardian, SCHOOL_LIFE student (MEF 6EME, MEFSTAT 1001)
 *             2026-09-30 academic-7 guardian (MEF 6EME), 2026-10-02 HOME guardian (MEF 3EME, MEFSTAT 1031)
 *             2026-11-20 GRADES student, academic-9 guardian (no MEF), INFO_SHEET guardian (MEF 3EME)
 *             2027-07-05 GRADES guardian (after the year's end: not counted)
 * Collège 11: 2026-09-02 GRADES guardian (another school: not counted for Collège 10)
 * </pre>
 */
class AccessSynthesisSqlTest {

    private static final SchoolYearWindow YEAR =
            new SchoolYearWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4));
    private static StatisticsDatabase db;

    @BeforeAll
    static void accessLog() throws SQLException {
        db = new StatisticsDatabase();
        db.establishment(10, "0140070A", "Collège Jean Moulin");
        db.establishment(11, "0140071B", "Collège Malherbe");
        db.mef(1, "10010012110", "6EME", "1001");
        db.mef(2, "10310019110", "3EME", "1031");
        db.access(10, 1, 1L, "GUARDIAN", "GRADES", "2026-08-31");
        db.access(10, 1, 1L, "GUARDIAN", "GRADES", "2026-09-01");
        db.access(10, 1, 1L, "STUDENT", "SCHOOL_LIFE", "2026-09-01");
        db.access(10, 1, 1L, "GUARDIAN", "academic-7", "2026-09-30");
        db.access(10, 2, 2L, "GUARDIAN", "HOME", "2026-10-02");
        db.access(10, 2, 2L, "STUDENT", "GRADES", "2026-11-20");
        db.access(10, 3, null, "GUARDIAN", "academic-9", "2026-11-20");
        db.access(10, 2, 2L, "GUARDIAN", "INFO_SHEET", "2026-11-20");
        db.access(10, 1, 1L, "GUARDIAN", "GRADES", "2027-07-05");
        db.access(11, 8, 1L, "GUARDIAN", "GRADES", "2026-09-02");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("R-STAT-3: accesses by month of the school year, guardians and pupils apart, empty months at 0")
    void byMonth() throws SQLException {
        AccessSynthesis synthesis = new AccessSynthesisSql().establishment(db.connection, 10, YEAR);

        // September: 2 guardians (1st, 30th) and 1 pupil; October: 1 guardian; November: 2 guardians, 1 pupil.
        assertThat(synthesis.byMonth()).hasSize(11).first().isEqualTo(new AccessCount("2026-09", null, 2, 1));
        assertThat(synthesis.byMonth().get(1)).isEqualTo(new AccessCount("2026-10", null, 1, 0));
        assertThat(synthesis.byMonth().get(2)).isEqualTo(new AccessCount("2026-11", null, 2, 1));
        assertThat(synthesis.byMonth().get(3)).isEqualTo(new AccessCount("2026-12", null, 0, 0));
        assertThat(synthesis.byMonth().get(10).key()).isEqualTo("2027-07");
        assertThat(synthesis.total()).isEqualTo(7);
    }

    @Test
    @DisplayName("R-STAT-3: accesses by category: academic services together, the portal's own pages together")
    void byCategory() throws SQLException {
        AccessSynthesis synthesis = new AccessSynthesisSql().establishment(db.connection, 10, YEAR);

        // GRADES 1 guardian + 1 pupil = 2; ACADEMIC (7 and 9) 2 guardians; then 1 each, by key.
        assertThat(synthesis.byCategory()).containsExactly(
                new AccessCount("ACADEMIC", null, 2, 0),
                new AccessCount("GRADES", null, 1, 1),
                new AccessCount("INFO_SHEET", null, 1, 0),
                new AccessCount("PORTAL", null, 1, 0),
                new AccessCount("SCHOOL_LIFE", null, 0, 1));
    }

    @Test
    @DisplayName("R-STAT-3: accesses by MEFSTAT, with the MEF label as a hint; no MEF last")
    void byMefstat() throws SQLException {
        AccessSynthesis synthesis = new AccessSynthesisSql().establishment(db.connection, 10, YEAR);

        assertThat(synthesis.byMefstat()).containsExactly(
                new AccessCount("1001", "6EME", 2, 1),
                new AccessCount("1031", "3EME", 2, 1),
                new AccessCount(null, null, 1, 0));
    }

    @Test
    @DisplayName("R-STAT-3: the académie dashboard's accesses of the year per establishment")
    void perEstablishment() throws SQLException {
        assertThat(new AccessSynthesisSql().perEstablishment(db.connection, 1, YEAR)).isEqualTo(Map.of(10L, 7L, 11L, 1L));
    }
}
