package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.AssignmentRecord;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.SourceItem;

/**
 * {@code Affectations.xml} (docs/feeds/affectations.md, R-INSC-1): the collège's pupils assigned to a lycée and MEF,
 * upserted by (collège, assignment id), one query per kind of key and one batch per chunk. A pupil the collège does
 * not have, a lycée unknown in the académie (or not a lycée), a MEF missing from the nomenclature is rejected with its
 * reason; the rest goes on. A complete file is the collège's whole list: assignments it no longer lists are deleted
 * (with the enrolment their family may have begun — the assignment was withdrawn at the source).
 */
@ApplicationScoped
public class AssignmentsFeed extends SiecleFeed {

    private static final Upsert ASSIGNMENTS = new Upsert("enrolment_assignment", "enrolment_assignment_seq",
            "source_id", "establishment_id", "student_id, lycee_id, mef_id, source_hash");

    public AssignmentsFeed() {
        super(ExportKind.ASSIGNMENTS, "Affectations");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<AssignmentRecord> assignments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> pupils = new HashSet<>();
        Set<String> lycees = new HashSet<>();
        Set<String> mefs = new HashSet<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof AssignmentRecord a) {
                assignments.add(a);
                seen.add(a.sourceId());
                pupils.add(a.pupilId());
                lycees.add(a.lyceeUai());
                mefs.add(a.mefCode());
            }
        }
        // Every id is kept as seen, a rejected one too: a record the school has to correct is not a deletion.
        Seen.record(context, seen);
        var connection = context.connection();
        long college = context.establishmentId();
        Map<String, Long> pupilIds = Jdbc.idsByKey(connection, "student", "source_id", "establishment_id", college,
                pupils);
        Map<String, Long> lyceeIds = Jdbc.idsByKey(connection, "establishment", "uai", "kind", "LYCEE", lycees);
        Map<String, Long> mefIds = Jdbc.idsByKey(connection, "mef", "code", null, null, mefs);
        List<Upsert.Row> rows = new ArrayList<>();
        for (AssignmentRecord a : assignments) {
            List<String> unknown = new ArrayList<>();
            if (!pupilIds.containsKey(a.pupilId())) {
                unknown.add("élève ELEVE_ID=" + a.pupilId() + " inconnu du collège");
            }
            if (!lyceeIds.containsKey(a.lyceeUai())) {
                unknown.add("lycée " + a.lyceeUai() + " inconnu de l'académie");
            }
            if (!mefIds.containsKey(a.mefCode())) {
                unknown.add("MEF " + a.mefCode() + " absent de la nomenclature");
            }
            if (!unknown.isEmpty()) {
                context.reject(a.location(), "Affectation " + a.sourceId() + " rejetée : " + String.join(", ", unknown)
                        + ".", false);
                continue;
            }
            rows.add(new Upsert.Row(a.sourceId(), a.location(), new Object[] {pupilIds.get(a.pupilId()),
                    lyceeIds.get(a.lyceeUai()), mefIds.get(a.mefCode()),
                    SourceHash.of(a.pupilId(), a.lyceeUai(), a.mefCode())}));
        }
        ASSIGNMENTS.apply(context, rows, new HashSet<>(), "Affectation présente deux fois dans le fichier (la "
                + "première est prise).");
    }

    /** A complete file is the collège's whole list; a failed or partial one deletes nothing. */
    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            context.counts().departed += Jdbc.update(context.connection(), "DELETE FROM enrolment_assignment WHERE "
                    + "establishment_id = ? AND NOT EXISTS (SELECT 1 FROM replication_seen s WHERE s.file_id = ? "
                    + "AND s.source_id = enrolment_assignment.source_id)",
                    context.establishmentId(), context.fileId());
        }
        Seen.forget(context);
    }
}
