package org.scolarite.demo.control.siecle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.siecle.DemoGrades.Assessment;
import org.scolarite.demo.control.siecle.DemoGrades.Mark;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.demo.control.siecle.Teachers.Service;
import org.scolarite.demo.control.siecle.Teachers.Teacher;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.IdBlocks;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * Seeds the demo's grades at first start, in the seeding's transaction and with bulk inserts (COPY on PostgreSQL):
 * the subjects of the nomenclature, each establishment's teachers with their teaching services and professeurs
 * principaux (what its STS export says, so that « Équipe pédagogique » shows on a fresh start), and a school year of
 * assessments and grades ({@link DemoGrades}, the same as its {@code Notes.xml}). The demo entities must be flushed
 * first: rows are found by their natural keys (UAI, division and group codes, pupils' source ids).
 */
public final class DemoGradesRows {

    /** What was written, for the seeding's log line. */
    public record Totals(long teachers, long assessments, long grades) {
    }

    private DemoGradesRows() {
    }

    public static Totals seed(Connection connection, long seed, LocalDate today) throws SQLException {
        IdBlocks ids = new IdBlocks(connection);
        subjects(connection, ids);
        Map<String, Long> subjectIds = idsOf(connection, "SELECT code, id FROM subject");
        long[] totals = new long[3];
        DemoGradesSource.generate(seed, DemoScale.DEMO, today, (data, teachers, assessments) -> {
            long school = single(connection, "SELECT id FROM establishment WHERE uai = ?", data.uai());
            Map<String, Long> divisions = idsOf(connection, "SELECT code, id FROM division WHERE establishment_id = "
                    + school);
            Map<String, Long> groups = idsOf(connection, "SELECT code, id FROM teaching_group WHERE establishment_id = "
                    + school);
            Map<String, Long> pupils = idsOf(connection, "SELECT source_id, id FROM student WHERE establishment_id = "
                    + school);
            Map<String, Long> periods = idsOf(connection, "SELECT CONCAT(CONCAT(d.code, '|'), p.code), p.id "
                    + "FROM school_period p JOIN division d ON d.id = p.division_id WHERE d.establishment_id = "
                    + school);
            Map<Teacher, Long> staff = staff(connection, ids, school, teachers, divisions);
            BulkInsert services = new BulkInsert("teaching_service", "id", "establishment_id", "division_id",
                    "group_id", "subject_code", "staff_member_id");
            for (Map.Entry<Division, List<Service>> entry : teachers.divisionServices.entrySet()) {
                for (Service service : entry.getValue()) {
                    services.add(ids.next("teaching_service_seq"), school, divisions.get(entry.getKey().getCode()),
                            null, service.subject().code(), staff.get(service.teacher()));
                }
            }
            for (Map.Entry<TeachingGroup, List<Service>> entry : teachers.groupServices.entrySet()) {
                for (Service service : entry.getValue()) {
                    services.add(ids.next("teaching_service_seq"), school, null,
                            groups.get(entry.getKey().getCode()), service.subject().code(),
                            staff.get(service.teacher()));
                }
            }
            services.flush(connection);
            BulkInsert rows = new BulkInsert("assessment", "id", "establishment_id", "source_id", "division_id",
                    "group_id", "period_id", "subject_id", "staff_member_id", "label", "assessed_on", "coefficient",
                    "out_of", "published_on", "entered_on");
            BulkInsert grades = new BulkInsert("grade", "assessment_id", "student_id", "grade_value", "status");
            for (Assessment a : assessments) {
                long id = ids.next("assessment_seq");
                Long period = a.division() == null ? null : periods.get(a.division().getCode() + "|" + a.periodCode());
                rows.add(id, school, a.id(), a.division() == null ? null : divisions.get(a.division().getCode()),
                        a.group() == null ? null : groups.get(a.group().getCode()), period,
                        subjectIds.get(a.subject().code()), staff.get(a.teacher()), a.label(), a.assessedOn(),
                        new java.math.BigDecimal(a.coefficient()), new java.math.BigDecimal(a.outOf()),
                        a.publishedOn(), a.enteredOn());
                for (Mark mark : a.marks()) {
                    grades.add(id, pupils.get(mark.pupil().getSourceId()), mark.value(), mark.status());
                }
                totals[2] += a.marks().size();
            }
            rows.flush(connection);
            grades.flush(connection);
            totals[0] += teachers.all().size();
            totals[1] += assessments.size();
        });
        return new Totals(totals[0], totals[1], totals[2]);
    }

    /** The nomenclature's subjects not stored yet (a database the replication has not fed). */
    private static void subjects(Connection connection, IdBlocks ids) throws SQLException {
        Set<String> stored = new HashSet<>(idsOf(connection, "SELECT code, id FROM subject").keySet());
        BulkInsert insert = new BulkInsert("subject", "id", "code", "management_code", "short_label", "long_label",
                "edition_label");
        for (Subject subject : Subjects.ALL) {
            if (!stored.contains(subject.code())) {
                insert.add(ids.next("subject_seq"), subject.code(), subject.management(), subject.shortLabel(),
                        subject.longLabel(), subject.edition());
            }
        }
        insert.flush(connection);
    }

    private static Map<Teacher, Long> staff(Connection connection, IdBlocks ids, long school, Teachers teachers,
                                            Map<String, Long> divisions) throws SQLException {
        Map<Teacher, Long> staff = new HashMap<>();
        BulkInsert insert = new BulkInsert("staff_member", "id", "establishment_id", "source_id", "staff_type",
                "civility", "last_name", "first_name", "function_code", "disciplines");
        BulkInsert principal = new BulkInsert("main_teacher", "division_id", "staff_member_id");
        for (Teacher teacher : teachers.all()) {
            long id = ids.next("staff_member_seq");
            staff.put(teacher, id);
            insert.add(id, school, teacher.id, "epp", teacher.woman ? "2" : "1", teacher.lastName, teacher.firstName,
                    "ENS", teacher.subject.discipline());
            for (String division : teacher.mainTeacherOf) {
                principal.add(divisions.get(division), id);
            }
        }
        insert.flush(connection);
        principal.flush(connection);
        return staff;
    }

    private static Map<String, Long> idsOf(Connection connection, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(1).trim(), rows.getLong(2));
            }
        }
        return ids;
    }

    private static long single(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("Introuvable : " + sql + " (" + value + ")");
                }
                return rows.getLong(1);
            }
        }
    }
}
