package org.scolarite.grades.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.grades.entity.AssessmentLine;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.CoupleFigures;
import org.scolarite.grades.entity.GradeList;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.grades.entity.TeamMember;
import org.scolarite.replication.ReplicationDatabase;

/**
 * The grades page's reads on the migrated schema (H2; PostgreSQL with -Dreplication.test.postgresql). The statement
 * count is taken at the JDBC level, by a connection that counts what it prepares: the page's reads are a fixed
 * number of statements whatever the number of grades (no N+1).
 */
class GradeBookQueriesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final long LEA = 500;

    @TempDir
    Path dir;

    private ReplicationDatabase db;
    private final AtomicInteger prepared = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dir);
        db.sql.execute("INSERT INTO mef (id, code, label) VALUES (2, '10310019111', '6EME BIS')");
        db.sql.execute("INSERT INTO division (id, establishment_id, code) VALUES (100, 10, '6A')");
        db.sql.execute("INSERT INTO school_period (id, division_id, code, label, starts_on, ends_on) VALUES "
                + "(1, 100, 'T1', '1er trimestre', DATE '2026-09-01', DATE '2026-11-30')");
        db.sql.execute("INSERT INTO subject (id, code, edition_label) VALUES (300, '061300', 'Mathématiques')");
        db.sql.execute("INSERT INTO staff_member (id, establishment_id, source_id, civility, first_name, last_name) "
                + "VALUES (400, 10, '3001', '2', 'Anne', 'Hamel')");
        db.sql.execute("INSERT INTO staff_member (id, establishment_id, source_id, civility, first_name, last_name) "
                + "VALUES (401, 10, '3002', '1', 'Rémi', 'Duval')");
        db.sql.execute("INSERT INTO teaching_service (id, establishment_id, division_id, subject_code, staff_member_id) "
                + "VALUES (1, 10, 100, '061300', 400)");
        db.sql.execute("INSERT INTO main_teacher (division_id, staff_member_id) VALUES (100, 401)");
        // Léa (500) and a classmate of the same MEF (501); a pupil of another MEF in the division (502).
        for (int i = 0; i < 3; i++) {
            db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, "
                    + "sex, mef_id, division_id) VALUES (" + (500 + i) + ", 10, '" + (4001 + i) + "', 'Durand', "
                    + "'Léa', DATE '2015-03-01', 'FEMALE', " + (i == 2 ? 2 : 1) + ", 100)");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    /** {@code count} assessments, each with Léa's 12, the classmate's 8 and the other MEF's 18 (or ABS). */
    private void assessments(int count) throws Exception {
        try (PreparedStatement assessment = db.connection.prepareStatement("INSERT INTO assessment (id, "
                + "establishment_id, source_id, division_id, period_id, subject_id, staff_member_id, label, assessed_on, "
                + "coefficient, out_of, entered_on) VALUES (?, 10, ?, 100, 1, 300, 400, ?, ?, 1, 20, ?)");
             PreparedStatement grade = db.connection.prepareStatement(
                     "INSERT INTO grade (assessment_id, student_id, grade_value, status) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                LocalDate day = FROM.plusDays(i % 80);
                assessment.setLong(1, i);
                assessment.setString(2, String.valueOf(i));
                assessment.setString(3, "Contrôle " + i);
                assessment.setObject(4, day);
                assessment.setObject(5, day.plusDays(1));
                assessment.addBatch();
                Object[][] rows = {{500L, new BigDecimal("12"), null}, {501L, new BigDecimal("8"), null},
                        {502L, i == 1 ? null : new BigDecimal("18"), i == 1 ? "ABS" : null}};
                for (Object[] row : rows) {
                    grade.setLong(1, i);
                    grade.setLong(2, (Long) row[0]);
                    grade.setObject(3, row[1]);
                    grade.setObject(4, row[2]);
                    grade.addBatch();
                }
            }
            assessment.executeBatch();
            grade.executeBatch();
        }
    }

    /** One page view's reads, on a connection that counts the statements it prepares. */
    private GradeList pageView() throws Exception {
        prepared.set(0);
        Connection counting = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        prepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(db.connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        GradeBookQueries queries = new GradeBookQueries(counting);
        GradeBookQueries.Placement placement = queries.placement(LEA);
        List<AssessmentLine> lines = queries.lines(LEA, FROM, TO);
        queries.team(LEA, placement.divisionId());
        return GradeList.of(lines, GradesPublication.defaults(), placement.couple(), TO, null, null);
    }

    @Test
    @DisplayName("R-NOTES-3 (performance): one page view costs the same statements for 2 grades or 600 (no N+1)")
    void statements_do_not_grow_with_grades() throws Exception {
        assessments(2);
        GradeList few = pageView();
        int forFew = prepared.get();
        db.sql.execute("DELETE FROM grade");
        db.sql.execute("DELETE FROM assessment");
        assessments(200);
        GradeList many = pageView();
        assertThat(few.grades()).hasSize(2);
        assertThat(many.grades()).hasSize(200);
        assertThat(prepared.get()).isEqualTo(forFew).isEqualTo(3);
    }

    @Test
    @DisplayName("R-NOTES-3: own grade, figures per (MEF, division) couple of the graded pupils, teacher shown")
    void lines_with_couple_figures() throws Exception {
        assessments(2);
        List<AssessmentLine> lines = new GradeBookQueries(db.connection).lines(LEA, FROM, TO);
        AssessmentLine first = lines.get(0);
        assertThat(first.own().shown()).isEqualTo("12");
        assertThat(first.subjectLabel()).isEqualTo("Mathématiques");
        assertThat(first.teacher()).isEqualTo("Mme A. Hamel");
        assertThat(first.couples()).extracting(CoupleFigures::couple, CoupleFigures::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(new ClassCouple(1, 100), 2),
                        org.assertj.core.groups.Tuple.tuple(new ClassCouple(2, 100), 0));
        AssessmentLine second = lines.get(1);
        GradeList list = GradeList.of(List.of(second), GradesPublication.defaults(), new ClassCouple(1, 100), TO, null,
                null);
        // (12 + 8 + 18) / 3
        assertThat(list.grades().get(0).figures().average()).isEqualByComparingTo("12.67");
        assertThat(list.grades().get(0).figures().lowest()).isEqualByComparingTo("8");
        assertThat(list.grades().get(0).figures().highest()).isEqualByComparingTo("18");
    }

    @Test
    @DisplayName("R-NOTES-3: « Équipe pédagogique » lists the teachers of the division and of the student's groups, and the professeur principal")
    void team() throws Exception {
        // Léa's German group (its teacher is on her team) and a Latin group she is not in (its teacher is not).
        db.sql.execute("INSERT INTO subject (id, code, edition_label) VALUES (301, '030602', 'Allemand LV2')");
        db.sql.execute("INSERT INTO subject (id, code, edition_label) VALUES (302, '020700', 'Latin')");
        db.sql.execute("INSERT INTO staff_member (id, establishment_id, source_id, civility, first_name, last_name) "
                + "VALUES (402, 10, '3003', '2', 'Marie', 'Vogel'), (403, 10, '3004', '1', 'Paul', 'Caton')");
        db.sql.execute("INSERT INTO teaching_group (id, establishment_id, code) VALUES (700, 10, '6ALL2'), "
                + "(701, 10, '6LAT')");
        db.sql.execute("INSERT INTO student_group (student_id, group_id) VALUES (500, 700), (501, 701)");
        db.sql.execute("INSERT INTO teaching_service (id, establishment_id, group_id, subject_code, staff_member_id) "
                + "VALUES (2, 10, 700, '030602', 402), (3, 10, 701, '020700', 403)");
        List<TeamMember> team = new GradeBookQueries(db.connection).team(LEA, 100L);
        assertThat(team).extracting(TeamMember::subjectLabel, TeamMember::teacher, TeamMember::mainTeacher)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "M. R. Duval", true),
                        org.assertj.core.groups.Tuple.tuple("Allemand LV2", "Mme M. Vogel", false),
                        org.assertj.core.groups.Tuple.tuple("Mathématiques", "Mme A. Hamel", false));
    }
}
