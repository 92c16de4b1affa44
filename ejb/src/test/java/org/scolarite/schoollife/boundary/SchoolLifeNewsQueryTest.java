package org.scolarite.schoollife.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.ReplicationDatabase;

/**
 * The home tile's query (R-PORTAL-6, R-VS-1) on a real database (H2; PostgreSQL with -Dreplication.test.postgresql):
 * the half-days of the pupil's shown absences in his division's period containing today.
 */
class SchoolLifeNewsQueryTest {

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.sql.execute("INSERT INTO division (id, establishment_id, code, label) VALUES (1, 10, '6A', '6e A')");
        db.sql.execute("INSERT INTO school_period (id, division_id, code, label, starts_on, ends_on) VALUES "
                + "(1, 1, 'T1', '1er trimestre', DATE '2026-09-01', DATE '2026-11-30'), "
                + "(2, 1, 'T2', '2e trimestre', DATE '2026-12-01', DATE '2027-03-05')");
        for (int pupil = 1; pupil <= 2; pupil++) {
            db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, "
                    + "sex, division_id) VALUES (" + pupil + ", 10, '100" + pupil + "', 'Durand', 'Léa', "
                    + "DATE '2014-03-02', 'FEMALE', 1)");
        }
        event(1, 1, "ABSENCE", "2026-11-30", 2, true);    // last day of T1
        event(2, 1, "ABSENCE", "2026-12-01", 1, true);    // first day of T2
        event(3, 1, "ABSENCE", "2026-12-03", 2, true);
        event(4, 1, "ABSENCE", "2026-12-04", 4, false);   // not publiable
        event(5, 1, "LATENESS", "2026-12-04", null, true);
        event(6, 2, "ABSENCE", "2026-12-02", 2, true);    // another pupil
    }

    private void event(long id, long pupil, String kind, String day, Integer halfDays, boolean shown) throws Exception {
        db.sql.execute("INSERT INTO school_life_event (id, establishment_id, source_id, student_id, kind, event_date, "
                + "half_days, shown) VALUES (" + id + ", 10, 'X:" + id + "', " + pupil + ", '" + kind + "', DATE '"
                + day + "', " + halfDays + ", " + shown + ")");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private long count(LocalDate today, long pupil) throws Exception {
        try (PreparedStatement query = db.connection.prepareStatement(SchoolLifeNews.HALF_DAYS_THIS_PERIOD)) {
            query.setDate(1, Date.valueOf(today));
            query.setDate(2, Date.valueOf(today));
            query.setLong(3, pupil);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("R-PORTAL-6, R-VS-1: « n demi-journées d'absence ce trimestre » counts the shown absences of the "
            + "current period only, of this pupil only")
    void currentPeriod() throws Exception {
        assertThat(count(LocalDate.of(2026, 12, 10), 1)).isEqualTo(3);
        assertThat(count(LocalDate.of(2026, 11, 30), 1)).as("on T1's last day, T1's").isEqualTo(2);
        assertThat(count(LocalDate.of(2026, 12, 10), 2)).isEqualTo(2);
        assertThat(count(LocalDate.of(2027, 8, 1), 1)).as("outside every period").isZero();
    }

    @Test
    @DisplayName("R-PORTAL-6: the tile's French text")
    void text() {
        assertThat(new SchoolLifeNews().describe(1)).isEqualTo("1 demi-journée d’absence ce trimestre");
        assertThat(new SchoolLifeNews().describe(5)).isEqualTo("5 demi-journées d’absence ce trimestre");
    }
}
