package org.scolarite.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.ReplicationDatabase;

/** The demo seeding's JDBC batch on a real database (H2; PostgreSQL with -Dreplication.test.postgresql). */
class SchoolLifeSeedingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.sql.execute("UPDATE establishment SET uses_school_life_module = TRUE WHERE id = 10");
        for (int i = 1; i <= 600; i++) {
            for (long school : new long[] {10, 11}) {
                db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, "
                        + "birth_date, sex) VALUES (" + (school * 1000 + i) + ", " + school + ", '" + (100000 + i)
                        + "', 'Durand', 'Léa', DATE '2014-03-02', 'FEMALE')");
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    @DisplayName("R-VS-1 demo: the events of SchoolLifeDemo for every pupil of a school using the school-life module "
            + "(none elsewhere), with « shown » by the publication rule, keyed as the feed keys them")
    void seeds() throws Exception {
        int written = SchoolLifeSeeding.seed(db.connection, 20260901L, TODAY);

        SchoolLifeDemo demo = new SchoolLifeDemo(20260901L, TODAY);
        assertThat(written).isEqualTo(db.count("SELECT COUNT(*) FROM school_life_event")).isGreaterThan(600);
        assertThat(db.count("SELECT COUNT(*) FROM school_life_event WHERE establishment_id <> 10")).isZero();
        assertThat(db.strings("SELECT source_id FROM school_life_event WHERE student_id = 10001 ORDER BY source_id"))
                .containsExactlyInAnyOrderElementsOf(demo.events("100001", true).stream()
                        .map(e -> e.kind().sourceId(e.exportId())).toList());
        assertThat(db.strings("SELECT reason FROM school_life_event WHERE student_id = 10001 AND shown = FALSE"))
                .contains("Motif en cours de vérification", "Refus de travailler en technologie",
                        "Propos injurieux envers un camarade");
    }
}
