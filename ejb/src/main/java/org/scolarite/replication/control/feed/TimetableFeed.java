package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.CourseChangeRecord;
import org.scolarite.replication.entity.CourseRecord;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.SourceItem;

/**
 * {@code EmploiDuTemps.xml} (docs/feeds/emploi-du-temps.md, R-EDT-2): weekly courses upserted by (establishment,
 * course id), then dated changes by (establishment, change id), each chunk with one query per kind of key and one
 * batch per table. A course of a division or group the establishment does not have, or of a subject missing from the
 * nomenclature, is rejected with its reason, as is a change of a course unknown (neither in the file nor stored); the
 * rest goes on. A complete file is the whole timetable: courses and changes it no longer lists are deleted.
 */
@ApplicationScoped
public class TimetableFeed extends SiecleFeed {

    private static final Upsert COURSES = new Upsert("timetable_course", "timetable_course_seq", "source_id",
            "establishment_id", "division_id, group_id, subject_code, subject_label, teachers, room, day_of_week, "
            + "start_minute, end_minute, alternation, valid_from, valid_to, source_hash");
    private static final Upsert CHANGES = new Upsert("timetable_change", "timetable_change_seq", "source_id",
            "establishment_id", "kind, course_id, course_date, division_id, group_id, subject_code, subject_label, "
            + "teachers, session_date, start_minute, end_minute, room, note, source_hash");
    /** Courses and changes share the file's list of seen ids: a prefix keeps them apart. */
    private static final String COURSE = "C:";
    private static final String CHANGE = "M:";

    public TimetableFeed() {
        super(ExportKind.TIMETABLE, "Emploi du temps");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<CourseRecord> courses = new ArrayList<>();
        List<CourseChangeRecord> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> divisions = new HashSet<>();
        Set<String> groups = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        Set<String> courseIds = new HashSet<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof CourseRecord c) {
                courses.add(c);
                seen.add(COURSE + c.sourceId());
                collect(c.divisionCode(), c.groupCode(), c.subjectCode(), divisions, groups, subjects);
            } else if (item instanceof CourseChangeRecord m) {
                changes.add(m);
                seen.add(CHANGE + m.sourceId());
                collect(m.divisionCode(), m.groupCode(), m.subjectCode(), divisions, groups, subjects);
                if (m.courseId() != null) {
                    courseIds.add(m.courseId());
                }
            }
        }
        // Every id is kept as seen, a rejected one too: a record the school has to correct is not a deletion.
        Seen.record(context, seen);
        var connection = context.connection();
        long establishment = context.establishmentId();
        Map<String, Long> divisionIds = Jdbc.idsByKey(connection, "division", "code", "establishment_id",
                establishment, divisions);
        Map<String, Long> groupIds = Jdbc.idsByKey(connection, "teaching_group", "code", "establishment_id",
                establishment, groups);
        Set<String> knownSubjects = Jdbc.idsByKey(connection, "subject", "code", null, null, subjects).keySet();

        List<Upsert.Row> courseRows = new ArrayList<>();
        for (CourseRecord c : courses) {
            String unknown = unknown(c.divisionCode(), c.groupCode(), c.subjectCode(), divisionIds, groupIds,
                    knownSubjects);
            if (unknown != null) {
                context.reject(c.location(), "Cours " + c.sourceId() + " rejeté : " + unknown, false);
                continue;
            }
            courseRows.add(new Upsert.Row(c.sourceId(), c.location(), new Object[] {
                    divisionIds.get(c.divisionCode()), groupIds.get(c.groupCode()), c.subjectCode(),
                    truncate(c.subjectLabel(), 120), c.teachers(), truncate(c.room(), 30), c.day(), c.start(), c.end(),
                    c.alternation(), c.validFrom(), c.validTo(), SourceHash.of(c.divisionCode(), c.groupCode(),
                    c.subjectCode(), c.subjectLabel(), c.teachers(), c.room(), c.day(), c.start(), c.end(),
                    c.alternation(), c.validFrom(), c.validTo())}));
        }
        Map<String, Long> storedCourses = COURSES.apply(context, courseRows, new HashSet<>(),
                "Cours présent deux fois dans le fichier (le premier est pris).");
        courseIds.removeAll(storedCourses.keySet());
        storedCourses.putAll(Jdbc.idsByKey(connection, "timetable_course", "source_id", "establishment_id",
                establishment, courseIds));

        List<Upsert.Row> changeRows = new ArrayList<>();
        for (CourseChangeRecord m : changes) {
            boolean added = "ADDED".equals(m.kind());
            String unknown = added ? unknown(m.divisionCode(), m.groupCode(), m.subjectCode(), divisionIds, groupIds,
                    knownSubjects) : storedCourses.containsKey(m.courseId()) ? null
                    : "le cours " + m.courseId() + " est inconnu (absent du fichier et de la base, ou rejeté).";
            if (unknown != null) {
                context.reject(m.location(), "Modification " + m.sourceId() + " rejetée : " + unknown, false);
                continue;
            }
            changeRows.add(new Upsert.Row(m.sourceId(), m.location(), new Object[] {m.kind(),
                    added ? null : storedCourses.get(m.courseId()), m.courseDate(), divisionIds.get(m.divisionCode()),
                    groupIds.get(m.groupCode()), m.subjectCode(), truncate(m.subjectLabel(), 120), m.teachers(),
                    m.sessionDate(), m.start(), m.end(), truncate(m.room(), 30), truncate(m.note(), 200),
                    SourceHash.of(m.kind(), m.courseId(), m.courseDate(), m.divisionCode(), m.groupCode(),
                            m.subjectCode(), m.subjectLabel(), m.teachers(), m.sessionDate(), m.start(), m.end(),
                            m.room(), m.note())}));
        }
        CHANGES.apply(context, changeRows, new HashSet<>(),
                "Modification présente deux fois dans le fichier (la première est prise).");
    }

    /**
     * A complete file is the school's whole timetable: what it no longer lists was deleted at the source (changes
     * first, then courses, whose remaining changes go with them). A failed or partial file deletes nothing.
     */
    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            context.counts().departed += Jdbc.update(context.connection(), "DELETE FROM timetable_change WHERE "
                    + "establishment_id = ? AND NOT EXISTS (SELECT 1 FROM replication_seen s WHERE s.file_id = ? "
                    + "AND s.source_id = CONCAT('" + CHANGE + "', timetable_change.source_id))",
                    context.establishmentId(), context.fileId());
            context.counts().departed += Jdbc.update(context.connection(), "DELETE FROM timetable_course WHERE "
                    + "establishment_id = ? AND NOT EXISTS (SELECT 1 FROM replication_seen s WHERE s.file_id = ? "
                    + "AND s.source_id = CONCAT('" + COURSE + "', timetable_course.source_id))",
                    context.establishmentId(), context.fileId());
        }
        Seen.forget(context);
    }

    private static void collect(String division, String group, String subject, Set<String> divisions,
                                Set<String> groups, Set<String> subjects) {
        if (division != null) {
            divisions.add(division);
        }
        if (group != null) {
            groups.add(group);
        }
        if (subject != null) {
            subjects.add(subject);
        }
    }

    /** Why a course's structure or subject is unknown, in French; null when both are known. */
    private static String unknown(String division, String group, String subject, Map<String, Long> divisions,
                                  Map<String, Long> groups, Set<String> subjects) {
        List<String> reasons = new ArrayList<>();
        if (division != null && !divisions.containsKey(division)) {
            reasons.add("division " + division + " inconnue de l'établissement");
        }
        if (group != null && !groups.containsKey(group)) {
            reasons.add("groupe " + group + " inconnu de l'établissement");
        }
        if (!subjects.contains(Objects.requireNonNull(subject))) {
            reasons.add("matière " + subject + " absente de la nomenclature");
        }
        return reasons.isEmpty() ? null : String.join(", ", reasons) + ".";
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
