package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.AssessmentRecord;
import org.scolarite.replication.entity.AssessmentRecord.PupilGrade;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.GradePeriodRecord;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The grades feed {@code Notes.xml} (root {@code TS_NOTES}, docs/feeds/notes.md): the divisions' periods, upserted by
 * (division, code); the assessments, upserted by (establishment, DEVOIR_ID), with their grades replaced whenever the
 * assessment or one of its grades changed (the digest covers both); an unchanged assessment costs no write. A period
 * of an unknown division, an assessment of an unknown division, group, subject or period are rejected with a French
 * reason, and so is a grade of an unknown pupil (alone: the assessment keeps the others). Reconciliation, from a
 * complete file only, deletes the assessments (and their grades) the file no longer lists.
 */
@ApplicationScoped
public class NotesFeed extends SiecleFeed {

    private static final Upsert ASSESSMENTS = new Upsert("assessment", "assessment_seq", "source_id",
            "establishment_id", "division_id, group_id, period_id, subject_id, staff_member_id, label, assessed_on, "
            + "coefficient, out_of, published_on, entered_on, source_hash");

    /** The assessment a rejection of this file was about: « DEVOIR_ID=12 » or « DEVOIR_ID=12 ELEVE_ID=4 ». */
    private static final Pattern ASSESSMENT_KEY = Pattern.compile("^DEVOIR_ID=(\\S+)");

    public NotesFeed() {
        super(ExportKind.NOTES, "Notes");
    }

    /** After the pupils and structures it points at (ReplicationFeed: later feeds take 100 and more). */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<GradePeriodRecord> periods = new ArrayList<>();
        List<AssessmentRecord> assessments = new ArrayList<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof GradePeriodRecord period) {
                periods.add(period);
            } else if (item instanceof AssessmentRecord assessment) {
                assessments.add(assessment);
            }
        }
        writePeriods(context, periods);
        writeAssessments(context, assessments);
    }

    private static void writePeriods(FeedContext context, List<GradePeriodRecord> periods) throws SQLException {
        if (periods.isEmpty()) {
            return;
        }
        Map<String, Long> divisions = Jdbc.idsByKey(context.connection(), "division", "code", "establishment_id",
                context.establishmentId(), periods.stream().map(GradePeriodRecord::divisionCode).collect(
                        Collectors.toSet()));
        Map<String, Object[]> stored = new HashMap<>();
        if (!divisions.isEmpty()) {
            try (PreparedStatement select = context.connection().prepareStatement("SELECT division_id, code, id, "
                    + "label, starts_on, ends_on FROM school_period WHERE division_id IN ("
                    + Jdbc.placeholders(divisions.size()) + ")")) {
                Jdbc.bind(select, divisions.values().toArray());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getLong(1) + "|" + rows.getString(2), new Object[] {rows.getLong(3),
                                rows.getString(4), rows.getDate(5).toLocalDate(), rows.getDate(6).toLocalDate()});
                    }
                }
            }
        }
        try (PreparedStatement insert = context.connection().prepareStatement("INSERT INTO school_period "
                + "(id, division_id, code, label, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement update = context.connection().prepareStatement(
                     "UPDATE school_period SET label = ?, starts_on = ?, ends_on = ? WHERE id = ?")) {
            boolean inserts = false;
            boolean updates = false;
            for (GradePeriodRecord period : periods) {
                Long division = divisions.get(period.divisionCode());
                if (division == null) {
                    context.reject(period.location(), "Période rejetée : la division " + period.divisionCode()
                            + " est inconnue dans l'établissement.", false);
                    continue;
                }
                Object[] old = stored.get(division + "|" + period.code());
                if (old == null) {
                    Jdbc.bind(insert, context.ids().next("school_period_seq"), division, period.code(), period.label(),
                            period.startsOn(), period.endsOn());
                    insert.addBatch();
                    inserts = true;
                    context.counts().created++;
                } else if (!old[1].equals(period.label()) || !old[2].equals(period.startsOn())
                        || !old[3].equals(period.endsOn())) {
                    Jdbc.bind(update, period.label(), period.startsOn(), period.endsOn(), old[0]);
                    update.addBatch();
                    updates = true;
                    context.counts().updated++;
                } else {
                    context.counts().unchanged++;
                }
            }
            if (inserts) {
                insert.executeBatch();
            }
            if (updates) {
                update.executeBatch();
            }
        }
    }

    private static void writeAssessments(FeedContext context, List<AssessmentRecord> assessments) throws SQLException {
        if (assessments.isEmpty()) {
            return;
        }
        long school = context.establishmentId();
        var connection = context.connection();
        Map<String, Long> divisions = Jdbc.idsByKey(connection, "division", "code", "establishment_id", school,
                codes(assessments, AssessmentRecord::divisionCode));
        Map<String, Long> groups = Jdbc.idsByKey(connection, "teaching_group", "code", "establishment_id", school,
                codes(assessments, AssessmentRecord::groupCode));
        Map<String, Long> subjects = Jdbc.idsByKey(connection, "subject", "code", null, null,
                codes(assessments, AssessmentRecord::subjectCode));
        Map<String, Long> teachers = Jdbc.idsByKey(connection, "staff_member", "source_id", "establishment_id",
                school, codes(assessments, AssessmentRecord::teacherId));
        Map<String, Long> pupils = Jdbc.idsByKey(connection, "student", "source_id", "establishment_id", school,
                assessments.stream().flatMap(a -> a.grades().stream()).map(PupilGrade::pupilId)
                        .collect(Collectors.toSet()));
        Map<String, Long> periods = periods(context);
        Set<String> schoolPeriodCodes = periods.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1))
                .collect(Collectors.toSet());

        List<Upsert.Row> rows = new ArrayList<>();
        Map<String, List<Object[]>> gradesByKey = new HashMap<>();
        Set<String> listed = new LinkedHashSet<>();
        for (AssessmentRecord a : assessments) {
            listed.add(a.sourceId());
            List<String> unknown = new ArrayList<>();
            Long division = a.divisionCode() == null ? null : divisions.get(a.divisionCode());
            Long group = a.groupCode() == null ? null : groups.get(a.groupCode());
            if (a.divisionCode() != null && division == null) {
                unknown.add("la division " + a.divisionCode() + " est inconnue");
            }
            if (a.groupCode() != null && group == null) {
                unknown.add("le groupe " + a.groupCode() + " est inconnu");
            }
            Long subject = subjects.get(a.subjectCode());
            if (subject == null) {
                unknown.add("la matière " + a.subjectCode() + " est inconnue (nomenclature)");
            }
            Long period = division == null ? null : periods.get(division + "|" + a.periodCode());
            boolean periodKnown = division != null ? period != null : schoolPeriodCodes.contains(a.periodCode());
            if ((division != null || group != null) && !periodKnown) {
                unknown.add("la période " + a.periodCode() + " est inconnue pour " + (division != null
                        ? "la division " + a.divisionCode() : "l'établissement"));
            }
            if (!unknown.isEmpty()) {
                context.reject(a.location(), "Devoir rejeté : " + String.join(", ", unknown) + ".", false);
                continue;
            }
            Long teacher = a.teacherId() == null ? null : teachers.get(a.teacherId());
            if (a.teacherId() != null && teacher == null) {
                context.reject(a.location(), "Enseignant ENSEIGNANT_ID=" + a.teacherId() + " inconnu (STS-web) : "
                        + "le devoir est repris sans enseignant.", true);
            }
            List<Object[]> grades = new ArrayList<>();
            StringBuilder digest = new StringBuilder();
            for (PupilGrade grade : a.grades()) {
                Long pupil = pupils.get(grade.pupilId());
                if (pupil == null) {
                    context.reject(new SourceLocation(a.location().file(), a.location().line(),
                            a.location().column(), "NOTE", "DEVOIR_ID=" + a.sourceId() + " ELEVE_ID=" + grade.pupilId()), "Note rejetée : l'élève ELEVE_ID="
                            + grade.pupilId() + " est inconnu dans l'établissement.", false);
                    continue;
                }
                grades.add(new Object[] {pupil, grade.value(), grade.status()});
                digest.append(pupil).append('=').append(plain(grade.value())).append(grade.status()).append(';');
            }
            gradesByKey.put(a.sourceId(), grades);
            rows.add(new Upsert.Row(a.sourceId(), a.location(), new Object[] {division, group, period, subject,
                    teacher, a.label(), a.assessedOn(), a.coefficient(), a.outOf(), a.publishedOn(), a.enteredOn(),
                    SourceHash.of(division, group, period, subject, teacher, a.label(), a.assessedOn(),
                            plain(a.coefficient()), plain(a.outOf()), a.publishedOn(), a.enteredOn(), digest)}));
        }
        Set<String> changed = new HashSet<>();
        Map<String, Long> ids = ASSESSMENTS.apply(context, rows, changed,
                "Devoir présent deux fois dans le fichier (le premier est repris).");
        replaceGrades(context, changed, ids, gradesByKey);
        Seen.record(context, listed);
    }

    /** The assessment's grades, deleted then inserted in two batches when the assessment is new or changed. */
    private static void replaceGrades(FeedContext context, Set<String> changed, Map<String, Long> ids,
                                      Map<String, List<Object[]>> grades) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = context.connection().prepareStatement(
                "DELETE FROM grade WHERE assessment_id = ?");
             PreparedStatement insert = context.connection().prepareStatement(
                     "INSERT INTO grade (assessment_id, student_id, grade_value, status) VALUES (?, ?, ?, ?)")) {
            boolean inserts = false;
            for (String key : changed) {
                long id = ids.get(key);
                Jdbc.bind(delete, id);
                delete.addBatch();
                for (Object[] grade : grades.get(key)) {
                    Jdbc.bind(insert, id, grade[0], grade[1], grade[2]);
                    insert.addBatch();
                    inserts = true;
                }
            }
            delete.executeBatch();
            if (inserts) {
                insert.executeBatch();
            }
        }
    }

    /**
     * From a complete file only: the establishment's assessments the file no longer lists are deleted with their
     * grades. An assessment rejected in this file (or one of whose grades was) was listed: it is kept as it was.
     */
    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            Set<String> rejected = new HashSet<>();
            try (PreparedStatement select = context.connection().prepareStatement(
                    "SELECT source_key FROM replication_rejection WHERE file_id = ?")) {
                select.setLong(1, context.fileId());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1);
                        Matcher matcher = key == null ? null : ASSESSMENT_KEY.matcher(key);
                        if (matcher != null && matcher.find()) {
                            rejected.add(matcher.group(1));
                        }
                    }
                }
            }
            Seen.record(context, rejected);
            context.counts().departed += Jdbc.update(context.connection(), "DELETE FROM assessment WHERE "
                    + "establishment_id = ? AND source_id NOT IN (SELECT source_id FROM replication_seen "
                    + "WHERE file_id = ?)", context.establishmentId(), context.fileId());
        }
        Seen.forget(context);
    }

    /** (division id | period code) → period id, for every division of the establishment. */
    private static Map<String, Long> periods(FeedContext context) throws SQLException {
        Map<String, Long> periods = new HashMap<>();
        try (PreparedStatement select = context.connection().prepareStatement("SELECT p.division_id, p.code, p.id "
                + "FROM school_period p JOIN division d ON d.id = p.division_id WHERE d.establishment_id = ?")) {
            select.setLong(1, context.establishmentId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    periods.put(rows.getLong(1) + "|" + rows.getString(2), rows.getLong(3));
                }
            }
        }
        return periods;
    }

    private static Set<String> codes(List<AssessmentRecord> records,
                                     java.util.function.Function<AssessmentRecord, String> code) {
        return records.stream().map(code).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
