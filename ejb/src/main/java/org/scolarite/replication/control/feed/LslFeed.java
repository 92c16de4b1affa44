package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
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
import org.scolarite.replication.entity.LslExamRecord;
import org.scolarite.replication.entity.LslSchoolingRecord;
import org.scolarite.replication.entity.LslYearRecord;
import org.scolarite.replication.entity.SourceItem;

/**
 * {@code TS_LIVRET_LYCEE} (docs/feeds/livret-lycee.md), the Livret scolaire du lycée (R-LSL-1): years from Première
 * with their disciplines and the CPE's observation, opinions for the examination, schooling since 6e. A record whose
 * pupil is not one of the establishment's, or whose disciplines are not in the nomenclature, is rejected with its
 * reason. Idempotent by the records' ids; a record absent from a complete file is deleted.
 */
@ApplicationScoped
public class LslFeed extends SiecleFeed {

    static final BookHeads YEARS = new BookHeads("lsl_year", "A:", "school_year, level_code, engagement",
            "lsl_discipline.year_id", "lsl_competence.year_id");
    static final BookHeads EXAMS = new BookHeads("lsl_exam_opinion", "E:", "school_year, opinion, head_observation, "
            + "series_label, very_favourable_count, favourable_count, prove_count");
    static final BookHeads SCHOOLING = new BookHeads("lsl_schooling", "S:", "school_year_count",
            "lsl_schooling_year.schooling_id");

    public LslFeed() {
        super(ExportKind.LSL, "Livret scolaire du lycée");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<LslYearRecord> years = new ArrayList<>();
        List<LslExamRecord> exams = new ArrayList<>();
        List<LslSchoolingRecord> schooling = new ArrayList<>();
        Set<String> pupils = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof LslYearRecord year) {
                years.add(year);
                pupils.add(year.pupilId());
                year.teachings().forEach(t -> subjects.add(t.code()));
            } else if (item instanceof LslExamRecord exam) {
                exams.add(exam);
                pupils.add(exam.pupilId());
            } else if (item instanceof LslSchoolingRecord history) {
                schooling.add(history);
                pupils.add(history.pupilId());
            }
        }
        Map<String, Long> students = Jdbc.idsByKey(context.connection(), "student", "source_id", "establishment_id",
                context.establishmentId(), pupils);
        Set<String> knownSubjects = Jdbc.idsByKey(context.connection(), "subject", "code", null, null, subjects)
                .keySet();
        List<String> seen = new ArrayList<>();
        writeYears(context, years, students, knownSubjects, seen);
        writeExams(context, exams, students, seen);
        writeSchooling(context, schooling, students, seen);
        Seen.record(context, seen);
    }

    private static void writeYears(FeedContext context, List<LslYearRecord> years, Map<String, Long> students,
                                   Set<String> knownSubjects, List<String> seen) throws SQLException {
        Map<String, LslYearRecord> byKey = new HashMap<>();
        List<BookHeads.Row> rows = new ArrayList<>();
        for (LslYearRecord year : years) {
            seen.add(YEARS.seen(year.sourceId()));
            Long student = students.get(year.pupilId());
            if (student == null) {
                context.reject(year.location(), ReportBookFeeds.unknownPupil(year.pupilId()), false);
                continue;
            }
            var unknown = ReportBookFeeds.unknownSubjects(year.teachings().stream().map(LslYearRecord.Teaching::code)
                    .toList(), knownSubjects);
            if (unknown.isPresent()) {
                context.reject(year.location(), "Année du livret rejetée : " + unknown.get(), false);
                continue;
            }
            byKey.put(year.sourceId(), year);
            rows.add(new BookHeads.Row(year.sourceId(), year.location(), student, new Object[] {year.schoolYear(),
                    year.level(), ReportBookFeeds.truncate(year.engagement(), 2000)},
                    yearHash(student, year)));
        }
        Map<String, Long> changed = YEARS.apply(context, rows);
        BulkInsert disciplines = new BulkInsert("lsl_discipline", "year_id", "rank_number", "book_group",
                "subject_code", "subject_label", "teacher", "student_average", "group_average", "appreciation");
        BulkInsert competences = new BulkInsert("lsl_competence", "year_id", "discipline_rank", "rank_number",
                "label", "level");
        for (Map.Entry<String, Long> head : changed.entrySet()) {
            int rank = 0;
            for (LslYearRecord.Teaching teaching : byKey.get(head.getKey()).teachings()) {
                rank++;
                disciplines.add(head.getValue(), rank, teaching.group(), teaching.code(),
                        ReportBookFeeds.truncate(teaching.label(), 120),
                        ReportBookFeeds.truncate(teaching.teacher(), 120), teaching.studentAverage(),
                        teaching.groupAverage(), ReportBookFeeds.truncate(teaching.appreciation(), 1000));
                int competenceRank = 0;
                for (LslYearRecord.Competence competence : teaching.competences()) {
                    competences.add(head.getValue(), rank, ++competenceRank,
                            ReportBookFeeds.truncate(competence.label(), 200), competence.level());
                }
            }
        }
        disciplines.flush(context.connection());
        competences.flush(context.connection());
    }

    private static void writeExams(FeedContext context, List<LslExamRecord> exams, Map<String, Long> students,
                                   List<String> seen) throws SQLException {
        List<BookHeads.Row> rows = new ArrayList<>();
        for (LslExamRecord exam : exams) {
            seen.add(EXAMS.seen(exam.sourceId()));
            Long student = students.get(exam.pupilId());
            if (student == null) {
                context.reject(exam.location(), ReportBookFeeds.unknownPupil(exam.pupilId()), false);
                continue;
            }
            rows.add(new BookHeads.Row(exam.sourceId(), exam.location(), student, new Object[] {exam.schoolYear(),
                    exam.opinion(), ReportBookFeeds.truncate(exam.headObservation(), 2000),
                    ReportBookFeeds.truncate(exam.seriesLabel(), 120), exam.veryFavourable(), exam.favourable(),
                    exam.toProve()},
                    examHash(student, exam)));
        }
        EXAMS.apply(context, rows);
    }

    private static void writeSchooling(FeedContext context, List<LslSchoolingRecord> histories,
                                       Map<String, Long> students, List<String> seen) throws SQLException {
        Map<String, LslSchoolingRecord> byKey = new HashMap<>();
        List<BookHeads.Row> rows = new ArrayList<>();
        for (LslSchoolingRecord history : histories) {
            seen.add(SCHOOLING.seen(history.pupilId()));
            Long student = students.get(history.pupilId());
            if (student == null) {
                context.reject(history.location(), ReportBookFeeds.unknownPupil(history.pupilId()), false);
                continue;
            }
            byKey.put(history.pupilId(), history);
            rows.add(new BookHeads.Row(history.pupilId(), history.location(), student,
                    new Object[] {history.years().size()},
                    schoolingHash(student, history)));
        }
        Map<String, Long> changed = SCHOOLING.apply(context, rows);
        BulkInsert years = new BulkInsert("lsl_schooling_year", "schooling_id", "school_year", "class_label",
                "establishment_name", "town");
        for (Map.Entry<String, Long> head : changed.entrySet()) {
            for (LslSchoolingRecord.Year year : byKey.get(head.getKey()).years()) {
                years.add(head.getValue(), year.schoolYear(), ReportBookFeeds.truncate(year.classLabel(), 60),
                        ReportBookFeeds.truncate(year.establishment(), 120),
                        ReportBookFeeds.truncate(year.town(), 80));
            }
        }
        years.flush(context.connection());
    }

    /**
     * The digest stored with a year of the book: its content (not its place in the file) and its pupil. Public for
     * the demo seeding, whose rows the first replication of the demo's feed then finds unchanged.
     */
    public static String yearHash(long studentId, LslYearRecord year) {
        return SourceHash.of(studentId, year.pupilId(), year.schoolYear(), year.level(), year.engagement(),
                year.teachings());
    }

    public static String examHash(long studentId, LslExamRecord exam) {
        return SourceHash.of(studentId, exam.pupilId(), exam.schoolYear(), exam.opinion(), exam.headObservation(),
                exam.seriesLabel(), exam.veryFavourable(), exam.favourable(), exam.toProve());
    }

    public static String schoolingHash(long studentId, LslSchoolingRecord history) {
        return SourceHash.of(studentId, history.pupilId(), history.years());
    }

    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            context.counts().departed += YEARS.reconcile(context) + EXAMS.reconcile(context)
                    + SCHOOLING.reconcile(context);
        }
        Seen.forget(context);
    }
}
