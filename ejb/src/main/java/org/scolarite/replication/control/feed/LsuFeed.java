package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.LsuCycleRecord;
import org.scolarite.replication.entity.LsuReportRecord;
import org.scolarite.replication.entity.SourceItem;

/**
 * {@code TS_LIVRET_CP3E} (docs/feeds/livret-cp-3e.md), the Livret scolaire CP–3e (R-LSU-1): periodic reports and
 * end-of-cycle assessments. A record is rejected, with its reason, when its pupil is not one of the establishment's,
 * when a subject is not in the nomenclature, or when the period is not one of the pupil's division; the others are
 * written. Idempotent by the records' ids; a record absent from a complete file is deleted.
 */
@ApplicationScoped
public class LsuFeed extends SiecleFeed {

    static final BookHeads REPORTS = new BookHeads("lsu_period_report", "B:",
            "school_year, period_code, period_label, period_end, general_appreciation, school_life",
            "lsu_subject_entry.report_id");
    static final BookHeads CYCLES = new BookHeads("lsu_cycle_assessment", "C:", "cycle, school_year, synthesis",
            "lsu_socle_level.assessment_id");

    private record Period(String label, LocalDate end) {
    }

    public LsuFeed() {
        super(ExportKind.LSU, "Livret scolaire CP–3e");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<LsuReportRecord> reports = new ArrayList<>();
        List<LsuCycleRecord> cycles = new ArrayList<>();
        Set<String> pupils = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof LsuReportRecord report) {
                reports.add(report);
                pupils.add(report.pupilId());
                report.subjects().forEach(s -> subjects.add(s.code()));
            } else if (item instanceof LsuCycleRecord cycle) {
                cycles.add(cycle);
                pupils.add(cycle.pupilId());
            }
        }
        Map<String, Long> students = Jdbc.idsByKey(context.connection(), "student", "source_id", "establishment_id",
                context.establishmentId(), pupils);
        Set<String> knownSubjects = Jdbc.idsByKey(context.connection(), "subject", "code", null, null, subjects)
                .keySet();
        Map<String, Period> periods = periods(context, reports);
        List<String> seen = new ArrayList<>();
        writeReports(context, reports, students, knownSubjects, periods, seen);
        writeCycles(context, cycles, students, seen);
        Seen.record(context, seen);
    }

    private static void writeReports(FeedContext context, List<LsuReportRecord> reports, Map<String, Long> students,
                                     Set<String> knownSubjects, Map<String, Period> periods, List<String> seen)
            throws SQLException {
        Map<String, LsuReportRecord> byKey = new HashMap<>();
        List<BookHeads.Row> rows = new ArrayList<>();
        for (LsuReportRecord report : reports) {
            seen.add(REPORTS.seen(report.sourceId()));
            Long student = students.get(report.pupilId());
            if (student == null) {
                context.reject(report.location(), ReportBookFeeds.unknownPupil(report.pupilId()), false);
                continue;
            }
            List<String> reasons = new ArrayList<>();
            Period period = periods.get(report.pupilId() + "|" + report.periodCode());
            if (period == null) {
                reasons.add("période " + report.periodCode() + " inconnue pour la division de l'élève");
            }
            ReportBookFeeds.unknownSubjects(report.subjects().stream().map(LsuReportRecord.Subject::code).toList(),
                    knownSubjects).ifPresent(reasons::add);
            if (!reasons.isEmpty()) {
                context.reject(report.location(), "Bilan périodique rejeté : " + String.join(" ; ", reasons), false);
                continue;
            }
            byKey.put(report.sourceId(), report);
            rows.add(new BookHeads.Row(report.sourceId(), report.location(), student, new Object[] {
                    report.schoolYear(), report.periodCode(), period.label(), period.end(),
                    ReportBookFeeds.truncate(report.generalAppreciation(), 2000),
                    ReportBookFeeds.truncate(report.schoolLife(), 500)},
                    reportHash(student, report, period.label(), period.end())));
        }
        Map<String, Long> changed = REPORTS.apply(context, rows);
        BulkInsert entries = new BulkInsert("lsu_subject_entry", "report_id", "rank_number", "subject_code",
                "subject_label", "teacher", "positioning", "programme", "appreciation");
        for (Map.Entry<String, Long> head : changed.entrySet()) {
            int rank = 0;
            for (LsuReportRecord.Subject subject : byKey.get(head.getKey()).subjects()) {
                entries.add(head.getValue(), ++rank, subject.code(), ReportBookFeeds.truncate(subject.label(), 120),
                        ReportBookFeeds.truncate(subject.teacher(), 120), subject.positioning(),
                        ReportBookFeeds.truncate(subject.programme(), 1000),
                        ReportBookFeeds.truncate(subject.appreciation(), 1000));
            }
        }
        entries.flush(context.connection());
    }

    private static void writeCycles(FeedContext context, List<LsuCycleRecord> cycles, Map<String, Long> students,
                                    List<String> seen) throws SQLException {
        Map<String, LsuCycleRecord> byKey = new HashMap<>();
        List<BookHeads.Row> rows = new ArrayList<>();
        for (LsuCycleRecord cycle : cycles) {
            seen.add(CYCLES.seen(cycle.sourceId()));
            Long student = students.get(cycle.pupilId());
            if (student == null) {
                context.reject(cycle.location(), ReportBookFeeds.unknownPupil(cycle.pupilId()), false);
                continue;
            }
            byKey.put(cycle.sourceId(), cycle);
            rows.add(new BookHeads.Row(cycle.sourceId(), cycle.location(), student, new Object[] {cycle.cycle(),
                    cycle.schoolYear(), ReportBookFeeds.truncate(cycle.synthesis(), 2000)},
                    cycleHash(student, cycle)));
        }
        Map<String, Long> changed = CYCLES.apply(context, rows);
        BulkInsert levels = new BulkInsert("lsu_socle_level", "assessment_id", "component", "level");
        for (Map.Entry<String, Long> head : changed.entrySet()) {
            for (LsuCycleRecord.Level level : byKey.get(head.getKey()).levels()) {
                levels.add(head.getValue(), level.component(), level.level());
            }
        }
        levels.flush(context.connection());
    }

    /** pupil id|period code → the period of the pupil's division, for the chunk's reports: one query. */
    private static Map<String, Period> periods(FeedContext context, List<LsuReportRecord> reports)
            throws SQLException {
        Map<String, Period> periods = new HashMap<>();
        Set<String> pupils = new LinkedHashSet<>();
        reports.forEach(r -> pupils.add(r.pupilId()));
        if (pupils.isEmpty()) {
            return periods;
        }
        try (PreparedStatement select = context.connection().prepareStatement("SELECT s.source_id, p.code, p.label, "
                + "p.ends_on FROM student s JOIN school_period p ON p.division_id = s.division_id "
                + "WHERE s.establishment_id = ? AND s.source_id IN (" + Jdbc.placeholders(pupils.size()) + ")")) {
            select.setLong(1, context.establishmentId());
            int index = 2;
            for (String pupil : pupils) {
                select.setString(index++, pupil);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Date end = rows.getDate(4);
                    periods.put(rows.getString(1).trim() + "|" + rows.getString(2),
                            new Period(rows.getString(3), end.toLocalDate()));
                }
            }
        }
        return periods;
    }

    /**
     * The digest stored with a periodic report: its content (not its place in the file) and what it was resolved to.
     * Public for the demo seeding, whose rows the first replication of the demo's feed then finds unchanged.
     */
    public static String reportHash(long studentId, LsuReportRecord report, String periodLabel, LocalDate periodEnd) {
        return SourceHash.of(studentId, report.pupilId(), report.schoolYear(), report.periodCode(), periodLabel,
                periodEnd, report.generalAppreciation(), report.schoolLife(), report.subjects());
    }

    /** The digest stored with an end-of-cycle assessment (see {@link #reportHash}). */
    public static String cycleHash(long studentId, LsuCycleRecord cycle) {
        return SourceHash.of(studentId, cycle.pupilId(), cycle.cycle(), cycle.schoolYear(), cycle.synthesis(),
                cycle.levels());
    }

    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            context.counts().departed += REPORTS.reconcile(context) + CYCLES.reconcile(context);
        }
        Seen.forget(context);
    }
}
