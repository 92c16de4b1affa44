package org.scolarite.reportbook.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.reportbook.entity.CycleAssessment;
import org.scolarite.reportbook.entity.Discipline;
import org.scolarite.reportbook.entity.DisciplineGroup;
import org.scolarite.reportbook.entity.ExamEntry;
import org.scolarite.reportbook.entity.ExamOpinion;
import org.scolarite.reportbook.entity.LslBook;
import org.scolarite.reportbook.entity.LslLevel;
import org.scolarite.reportbook.entity.LslYear;
import org.scolarite.reportbook.entity.LsuBook;
import org.scolarite.reportbook.entity.MasteryLevel;
import org.scolarite.reportbook.entity.PeriodReport;
import org.scolarite.reportbook.entity.Positioning;
import org.scolarite.reportbook.entity.SchoolingYear;
import org.scolarite.reportbook.entity.SocleComponent;
import org.scolarite.reportbook.entity.SubjectEntry;

/**
 * Reads one pupil's books with a fixed number of queries whatever their size (no query per report or discipline):
 * two for the LSU, four for the LSL. The pupil is the one the portal checked for the family; nothing here decides who
 * may read.
 */
public final class ReportBookQueries {

    private ReportBookQueries() {
    }

    public static LsuBook lsu(Connection connection, long studentId) throws SQLException {
        Map<Long, PeriodReport> reports = new LinkedHashMap<>();
        Map<Long, List<SubjectEntry>> subjects = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.school_year, r.period_code, "
                + "r.period_label, r.period_end, r.general_appreciation, r.school_life, e.subject_label, e.teacher, "
                + "e.positioning, e.programme, e.appreciation FROM lsu_period_report r "
                + "LEFT JOIN lsu_subject_entry e ON e.report_id = r.id WHERE r.student_id = ? "
                + "ORDER BY r.school_year, r.period_end, r.id, e.rank_number")) {
            select.setLong(1, studentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    List<SubjectEntry> entries = subjects.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!reports.containsKey(id)) {
                        reports.put(id, new PeriodReport(rows.getInt(2), rows.getString(3), rows.getString(4),
                                rows.getDate(5).toLocalDate(), rows.getString(6), rows.getString(7), List.of()));
                    }
                    if (rows.getString(8) != null) {
                        int positioning = rows.getInt(10);
                        entries.add(new SubjectEntry(rows.getString(8), rows.getString(9),
                                rows.wasNull() ? null : Positioning.of(positioning).orElse(null), rows.getString(11),
                                rows.getString(12)));
                    }
                }
            }
        }
        List<PeriodReport> complete = new ArrayList<>();
        reports.forEach((id, r) -> complete.add(new PeriodReport(r.schoolYear(), r.periodCode(), r.periodLabel(),
                r.periodEnd(), r.generalAppreciation(), r.schoolLife(), subjects.get(id))));

        Map<Long, CycleAssessment> assessments = new LinkedHashMap<>();
        Map<Long, Map<SocleComponent, MasteryLevel>> levels = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.cycle, a.school_year, a.synthesis, "
                + "l.component, l.level FROM lsu_cycle_assessment a LEFT JOIN lsu_socle_level l "
                + "ON l.assessment_id = a.id WHERE a.student_id = ? ORDER BY a.cycle, a.id")) {
            select.setLong(1, studentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Map<SocleComponent, MasteryLevel> ofAssessment = levels.computeIfAbsent(id,
                            k -> new EnumMap<>(SocleComponent.class));
                    assessments.putIfAbsent(id, new CycleAssessment(rows.getInt(2), rows.getInt(3), rows.getString(4),
                            Map.of()));
                    String component = rows.getString(5);
                    int level = rows.getInt(6);
                    if (component != null) {
                        SocleComponent.ofCode(component.trim()).ifPresent(c -> MasteryLevel.of(level)
                                .ifPresent(l -> ofAssessment.put(c, l)));
                    }
                }
            }
        }
        List<CycleAssessment> cycles = new ArrayList<>();
        assessments.forEach((id, a) -> cycles.add(new CycleAssessment(a.cycle(), a.schoolYear(), a.synthesis(),
                levels.get(id))));
        return new LsuBook(complete, cycles);
    }

    public static LslBook lsl(Connection connection, long studentId, int currentYear) throws SQLException {
        Map<Long, LslYear> years = new LinkedHashMap<>();
        Map<Long, Map<Integer, Discipline>> disciplines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT y.id, y.school_year, y.level_code, "
                + "y.engagement, d.rank_number, d.book_group, d.subject_label, d.teacher, d.student_average, "
                + "d.group_average, d.appreciation FROM lsl_year y LEFT JOIN lsl_discipline d ON d.year_id = y.id "
                + "WHERE y.student_id = ? ORDER BY y.school_year, y.id, d.rank_number")) {
            select.setLong(1, studentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Map<Integer, Discipline> ofYear = disciplines.computeIfAbsent(id, k -> new LinkedHashMap<>());
                    years.putIfAbsent(id, new LslYear(rows.getInt(2), LslLevel.ofCode(rows.getString(3))
                            .orElse(LslLevel.PREMIERE), rows.getString(4), List.of()));
                    if (rows.getString(7) != null) {
                        BigDecimal average = rows.getBigDecimal(9);
                        BigDecimal groupAverage = rows.getBigDecimal(10);
                        ofYear.put(rows.getInt(5), new Discipline(DisciplineGroup.ofCode(rows.getString(6))
                                .orElse(DisciplineGroup.COMMON), rows.getString(7), rows.getString(8), average,
                                groupAverage, rows.getString(11), new ArrayList<>()));
                    }
                }
            }
        }
        Map<Long, Map<Integer, List<Discipline.Competence>>> competences = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.year_id, c.discipline_rank, c.label, "
                + "c.level FROM lsl_competence c JOIN lsl_year y ON y.id = c.year_id WHERE y.student_id = ? "
                + "ORDER BY c.year_id, c.discipline_rank, c.rank_number")) {
            select.setLong(1, studentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long yearId = rows.getLong(1);
                    int disciplineRank = rows.getInt(2);
                    String label = rows.getString(3);
                    MasteryLevel.of(rows.getInt(4)).ifPresent(level -> competences
                            .computeIfAbsent(yearId, k -> new HashMap<>())
                            .computeIfAbsent(disciplineRank, k -> new ArrayList<>())
                            .add(new Discipline.Competence(label, level)));
                }
            }
        }
        List<LslYear> complete = new ArrayList<>();
        years.forEach((id, y) -> complete.add(new LslYear(y.schoolYear(), y.level(), y.engagement(),
                disciplines.get(id).entrySet().stream().map(d -> {
                    Discipline v = d.getValue();
                    return new Discipline(v.group(), v.subjectLabel(), v.teacher(), v.studentAverage(),
                            v.groupAverage(), v.appreciation(), competences.getOrDefault(id, Map.of())
                            .getOrDefault(d.getKey(), List.of()));
                }).toList())));

        ExamEntry exam = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT school_year, opinion, head_observation, "
                + "series_label, very_favourable_count, favourable_count, prove_count FROM lsl_exam_opinion "
                + "WHERE student_id = ? ORDER BY school_year DESC")) {
            select.setLong(1, studentId);
            select.setMaxRows(1);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    ExamOpinion opinion = ExamOpinion.ofCode(rows.getString(2)).orElseThrow();
                    exam = new ExamEntry(rows.getInt(1), opinion, rows.getString(3), rows.getString(4), rows.getInt(5),
                            rows.getInt(6), rows.getInt(7));
                }
            }
        }
        List<SchoolingYear> schooling = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT y.school_year, y.class_label, "
                + "y.establishment_name, y.town FROM lsl_schooling s JOIN lsl_schooling_year y "
                + "ON y.schooling_id = s.id WHERE s.student_id = ? ORDER BY y.school_year")) {
            select.setLong(1, studentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    schooling.add(new SchoolingYear(rows.getInt(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return new LslBook(currentYear, complete, exam, schooling);
    }

    /**
     * New entries of a book since {@code since} (null: all), one indexed COUNT over its head tables: for the home's
     * news tile (R-PORTAL-6).
     */
    public static long newEntries(Connection connection, long studentId, LocalDateTime since,
                                  String... tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : " + ").append("(SELECT COUNT(*) FROM ").append(tables[i])
                    .append(" WHERE student_id = ?").append(since == null ? "" : " AND replicated_at > ?").append(')');
        }
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (int i = 0; i < tables.length; i++) {
                select.setLong(index++, studentId);
                if (since != null) {
                    select.setTimestamp(index++, Timestamp.valueOf(since));
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
