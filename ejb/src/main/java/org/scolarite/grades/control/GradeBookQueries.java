package org.scolarite.grades.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.grades.entity.AssessmentLine;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.CoupleFigures;
import org.scolarite.grades.entity.GradeMark;
import org.scolarite.grades.entity.GradeStatus;
import org.scolarite.grades.entity.TeamMember;

/**
 * The grades page's reads, in plain JDBC on the caller's connection: a fixed number of statements per page view,
 * whatever the number of grades (no N+1, proved by {@code GradeBookQueriesTest}). The pupil's assessments come with
 * their class figures in one grouped query: one row per (assessment, couple of the pupils graded), so that the page
 * can keep only the couples whose grades are visible (R-NOTES-1) without reading every grade of the class.
 */
public final class GradeBookQueries {

    /** Where the pupil stands: his (MEF, division) couple, his division's id (null without division). */
    public record Placement(ClassCouple couple, Long divisionId) {
    }

    /** How many of the pupil's grades share an entry date and a teacher's publication date. */
    public record EntryDates(LocalDate enteredOn, LocalDate publishedOn, long grades) {
    }

    private static final String LINES = "SELECT a.id, sub.code, COALESCE(sub.edition_label, sub.long_label, sub.code), "
            + "sm.civility, sm.first_name, sm.last_name, a.label, a.assessed_on, a.coefficient, a.out_of, "
            + "a.entered_on, a.published_on, own.grade_value, own.status, s.mef_id, s.division_id, "
            + "SUM(g.grade_value), COUNT(g.grade_value), MIN(g.grade_value), MAX(g.grade_value) "
            + "FROM grade own JOIN assessment a ON a.id = own.assessment_id "
            + "JOIN subject sub ON sub.id = a.subject_id "
            + "LEFT JOIN staff_member sm ON sm.id = a.staff_member_id "
            + "JOIN grade g ON g.assessment_id = a.id JOIN student s ON s.id = g.student_id "
            + "WHERE own.student_id = ? AND a.assessed_on BETWEEN ? AND ? "
            + "GROUP BY a.id, sub.code, sub.edition_label, sub.long_label, sm.civility, sm.first_name, sm.last_name, "
            + "a.label, a.assessed_on, a.coefficient, a.out_of, a.entered_on, a.published_on, own.grade_value, "
            + "own.status, s.mef_id, s.division_id ORDER BY a.id";

    /** A teaching service's subject and teacher, and whether he is the division's professeur principal. */
    private static final String TEACHING = "SELECT COALESCE(sub.edition_label, sub.long_label, ts.subject_code), "
            + "sm.civility, sm.first_name, sm.last_name, "
            + "CASE WHEN EXISTS (SELECT 1 FROM main_teacher mt WHERE mt.division_id = ? "
            + "AND mt.staff_member_id = sm.id) THEN 1 ELSE 0 END ";

    /*
     * The division's services, then those of the student's groups, as two branches of a UNION rather than one
     * « division_id = ? OR group_id IN (…) »: the OR made the database scan every teaching service of the académie
     * on each view of the grades page, where each branch reads one index.
     */
    private static final String TEAM = TEACHING
            + "FROM teaching_service ts JOIN staff_member sm ON sm.id = ts.staff_member_id "
            + "LEFT JOIN subject sub ON sub.code = ts.subject_code WHERE ts.division_id = ? "
            + "UNION "
            + TEACHING
            + "FROM student_group sg JOIN teaching_service ts ON ts.group_id = sg.group_id "
            + "JOIN staff_member sm ON sm.id = ts.staff_member_id "
            + "LEFT JOIN subject sub ON sub.code = ts.subject_code WHERE sg.student_id = ? "
            + "UNION "
            + "SELECT NULL, sm.civility, sm.first_name, sm.last_name, 1 FROM main_teacher mt "
            + "JOIN staff_member sm ON sm.id = mt.staff_member_id WHERE mt.division_id = ? AND NOT EXISTS ("
            + "SELECT 1 FROM teaching_service ts WHERE ts.division_id = mt.division_id "
            + "AND ts.staff_member_id = mt.staff_member_id)";

    private final Connection connection;

    public GradeBookQueries(Connection connection) {
        this.connection = connection;
    }

    public Placement placement(long studentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT mef_id, division_id FROM student WHERE id = ?")) {
            statement.setLong(1, studentId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new Placement(new ClassCouple(0, 0), null);
                }
                long mef = row.getLong(1);
                Long division = row.getObject(2) == null ? null : row.getLong(2);
                return new Placement(new ClassCouple(mef, division == null ? 0 : division), division);
            }
        }
    }

    /** The pupil's assessments dated within {@code from} … {@code to}, visible or not, with each couple's figures. */
    public List<AssessmentLine> lines(long studentId, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, Building> byId = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LINES)) {
            statement.setLong(1, studentId);
            statement.setDate(2, Date.valueOf(from));
            statement.setDate(3, Date.valueOf(to));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    Building line = byId.get(id);
                    if (line == null) {
                        line = new Building(row);
                        byId.put(id, line);
                    }
                    line.merge(row);
                }
            }
        }
        return byId.values().stream().map(Building::build).toList();
    }

    /** The pupil's grades by (entry date, teacher's date): what the news tile decides on (R-PORTAL-6). */
    public List<EntryDates> entryDates(long studentId, LocalDate enteredFrom) throws SQLException {
        List<EntryDates> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.entered_on, a.published_on, "
                + "COUNT(*) FROM grade g JOIN assessment a ON a.id = g.assessment_id WHERE g.student_id = ? "
                + "AND a.entered_on >= ? GROUP BY a.entered_on, a.published_on")) {
            statement.setLong(1, studentId);
            statement.setDate(2, Date.valueOf(enteredFrom));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(new EntryDates(row.getDate(1).toLocalDate(),
                            row.getDate(2) == null ? null : row.getDate(2).toLocalDate(), row.getLong(3)));
                }
            }
        }
        return found;
    }

    /** « Équipe pédagogique »: the teachers of the division and of the pupil's groups, professeurs principaux marked. */
    public List<TeamMember> team(long studentId, Long divisionId) throws SQLException {
        List<TeamMember> team = new ArrayList<>();
        long division = divisionId == null ? -1 : divisionId;
        try (PreparedStatement statement = connection.prepareStatement(TEAM)) {
            statement.setLong(1, division);
            statement.setLong(2, division);
            statement.setLong(3, division);
            statement.setLong(4, studentId);
            statement.setLong(5, division);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    team.add(new TeamMember(row.getString(1),
                            TeamMember.teacherName(row.getString(2), row.getString(3), row.getString(4)),
                            row.getInt(5) == 1));
                }
            }
        }
        team.sort(java.util.Comparator.comparing(TeamMember::subjectLabel,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(TeamMember::teacher));
        return team;
    }

    /** One assessment's rows (one per couple) gathered into a line. */
    private static final class Building {
        private final long id;
        private final String subjectCode;
        private final String subjectLabel;
        private final String teacher;
        private final String label;
        private final LocalDate assessedOn;
        private final BigDecimal coefficient;
        private final BigDecimal outOf;
        private final LocalDate enteredOn;
        private final LocalDate publishedOn;
        private final GradeMark own;
        private final Map<ClassCouple, CoupleFigures> couples = new LinkedHashMap<>();

        Building(ResultSet row) throws SQLException {
            id = row.getLong(1);
            subjectCode = row.getString(2);
            subjectLabel = row.getString(3);
            teacher = row.getString(6) == null ? null
                    : TeamMember.teacherName(row.getString(4), row.getString(5), row.getString(6));
            label = row.getString(7);
            assessedOn = row.getDate(8).toLocalDate();
            coefficient = row.getBigDecimal(9);
            outOf = row.getBigDecimal(10);
            enteredOn = row.getDate(11).toLocalDate();
            publishedOn = row.getDate(12) == null ? null : row.getDate(12).toLocalDate();
            BigDecimal value = row.getBigDecimal(13);
            own = value != null ? GradeMark.of(value)
                    : GradeMark.of(GradeStatus.of(row.getString(14)).orElse(GradeStatus.NOT_GRADED));
        }

        void merge(ResultSet row) throws SQLException {
            ClassCouple couple = new ClassCouple(row.getLong(15), row.getLong(16));
            int count = row.getInt(18);
            CoupleFigures figures = new CoupleFigures(couple, row.getBigDecimal(17), count, row.getBigDecimal(19),
                    row.getBigDecimal(20));
            couples.put(couple, figures);
        }

        AssessmentLine build() {
            return new AssessmentLine(id, subjectCode, subjectLabel, teacher, label, assessedOn, coefficient, outOf,
                    enteredOn, publishedOn, own, List.copyOf(couples.values()));
        }
    }
}
