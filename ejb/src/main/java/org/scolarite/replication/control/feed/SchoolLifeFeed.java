package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.SchoolLifeRecord;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.schoollife.entity.SchoolLifePublication;

/**
 * {@code VieScolaire.xml} (docs/feeds/vie-scolaire.md): the school-life events, upserted by (establishment, kind
 * prefix + export id) with R-VS-1 applied once into {@code shown} ({@link SchoolLifePublication}); an event of a pupil
 * the establishment does not know is rejected. Events deleted at the source disappear at reconciliation, only from a
 * complete file.
 *
 * <p>Decision — an event rejected this time (unknown pupil, unreadable date) is not « seen », so a complete file
 * deletes its former version: a record the school must correct is better absent from the portal than shown as it was.
 */
@ApplicationScoped
public class SchoolLifeFeed extends SiecleFeed {

    private static final Upsert EVENTS = new Upsert("school_life_event", "school_life_event_seq", "source_id",
            "establishment_id", "student_id, kind, event_date, starts_at, ends_at, half_days, minutes, justified, "
            + "label, reason, publishable, family_notified, shown, source_hash");

    public SchoolLifeFeed() {
        super(ExportKind.SCHOOL_LIFE, "Vie scolaire");
    }

    /** After the pupils (30) and guardians (40), whatever the enum's order: events point at pupils. */
    @Override
    public int order() {
        return 110;
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<SchoolLifeRecord> events = records.stream().filter(SchoolLifeRecord.class::isInstance)
                .map(SchoolLifeRecord.class::cast).toList();
        Map<String, Long> pupils = Jdbc.idsByKey(context.connection(), "student", "source_id", "establishment_id",
                context.establishmentId(), events.stream().map(SchoolLifeRecord::pupilSourceId)
                        .collect(Collectors.toSet()));
        List<Upsert.Row> rows = new ArrayList<>();
        for (SchoolLifeRecord e : events) {
            context.counts().read++;
            Long pupil = pupils.get(e.pupilSourceId());
            if (pupil == null) {
                context.reject(e.location(), "Évènement de vie scolaire rejeté : élève ELEVE_ID=" + e.pupilSourceId()
                        + " inconnu de l'établissement (absent de l'export des élèves).", false);
                continue;
            }
            boolean shown = SchoolLifePublication.shown(e.kind(), e.publishable(), e.familyNotified());
            rows.add(new Upsert.Row(e.sourceId(), e.location(), new Object[] {pupil, e.kind(), e.date(),
                    e.startsAt(), e.endsAt(), e.halfDays(), e.minutes(), e.justified(), e.label(), e.reason(),
                    e.publishable(), e.familyNotified(), shown, SourceHash.of(e.sourceId(), pupil, e.kind(), e.date(),
                    e.startsAt(), e.endsAt(), e.halfDays(), e.minutes(), e.justified(), e.label(), e.reason(),
                    e.publishable(), e.familyNotified())}));
        }
        EVENTS.apply(context, rows, new HashSet<>(), "Évènement présent deux fois dans le fichier (le premier est pris).");
        Seen.record(context, rows.stream().map(Upsert.Row::key).collect(Collectors.toSet()));
    }

    /** R-REPL-2: the events of the establishment a complete file no longer lists were deleted at the source. */
    @Override
    public void reconcile(FeedContext context, boolean complete) throws SQLException {
        if (complete) {
            context.counts().departed += Jdbc.update(context.connection(), "DELETE FROM school_life_event "
                    + "WHERE establishment_id = ? AND source_id NOT IN "
                    + "(SELECT source_id FROM replication_seen WHERE file_id = ?)",
                    context.establishmentId(), context.fileId());
        }
        Seen.forget(context);
    }
}
