package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.MefRecord;
import org.scolarite.replication.entity.ProgrammeRecord;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SubjectRecord;

/**
 * {@code Nomenclature.xml}: MEFs and subjects are national tables keyed by their code (every establishment's
 * nomenclature says the same, so the second one of a night finds everything unchanged), and the programmes (subjects
 * of a MEF).
 */
@ApplicationScoped
public class NomenclatureFeed extends SiecleFeed {

    private static final Upsert MEFS = new Upsert("mef", "mef_seq", "code", null,
            "label, edition_label, mefstat, formation, attached_mef_code, mef_status, opened_on, closed_on, source_hash");
    private static final Upsert SUBJECTS = new Upsert("subject", "subject_seq", "code", null,
            "management_code, short_label, long_label, edition_label, source_hash");

    public NomenclatureFeed() {
        super(ExportKind.NOMENCLATURE, "Nomenclatures");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<Upsert.Row> mefs = new ArrayList<>();
        List<Upsert.Row> subjects = new ArrayList<>();
        List<ProgrammeRecord> programmes = new ArrayList<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof MefRecord m) {
                String label = Objects.requireNonNullElse(m.longLabel(), Objects.requireNonNullElse(m.editionLabel(),
                        m.code()));
                mefs.add(new Upsert.Row(m.code(), m.location(), new Object[] {truncate(label, 120),
                        truncate(m.editionLabel(), 120), m.mefstat(), m.formation(), m.attachedMefCode(), m.status(),
                        m.openedOn(), m.closedOn(), SourceHash.of(m.code(), m.formation(), m.longLabel(),
                        m.editionLabel(), m.attachedMefCode(), m.mefstat(), m.status(), m.openedOn(), m.closedOn())}));
            } else if (item instanceof SubjectRecord s) {
                subjects.add(new Upsert.Row(s.code(), s.location(), new Object[] {s.managementCode(),
                        truncate(s.shortLabel(), 60), truncate(s.longLabel(), 120), truncate(s.editionLabel(), 120),
                        SourceHash.of(s.code(), s.managementCode(), s.shortLabel(), s.longLabel(), s.editionLabel())}));
            } else if (item instanceof ProgrammeRecord p) {
                programmes.add(p);
            }
        }
        Map<String, String> storedProgrammes = storedProgrammes(context, programmes);
        if (MEFS.anyMissing(context, mefs) || SUBJECTS.anyMissing(context, subjects)
                || programmes.stream().anyMatch(p -> p.mefCode() != null && p.subjectCode() != null
                        && !storedProgrammes.containsKey(key(p)))) {
            lockNomenclature(context);
            storedProgrammes.putAll(storedProgrammes(context, programmes)); // what the lock's former holder added
        }
        MEFS.apply(context, mefs, new HashSet<>(), "MEF présent deux fois dans la nomenclature (le premier est pris).");
        SUBJECTS.apply(context, subjects, new HashSet<>(),
                "Matière présente deux fois dans la nomenclature (la première est prise).");
        writeProgrammes(context, programmes, storedProgrammes);
    }

    /**
     * The national tables are shared by every partition: without this lock two establishments bringing the same new
     * MEF at once would both insert it and one would fail on its unique code. Taken only by a chunk that brings a key
     * not stored yet (the nomenclature is national: after the first establishment, the others' chunks insert nothing
     * and do not wait for each other; an update never collides on a key); held until the chunk commits; the rows
     * are read after it is taken, so the second partition finds the first one's.
     */
    private static void lockNomenclature(FeedContext context) throws SQLException {
        try (PreparedStatement lock = context.connection().prepareStatement(
                "SELECT name FROM replication_mutex WHERE name = 'NOMENCLATURE' FOR UPDATE")) {
            lock.executeQuery().close();
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String key(ProgrammeRecord p) {
        return p.mefCode() + "/" + p.subjectCode() + "/" + (p.modality() == null ? "" : p.modality());
    }

    /** The stored programmes of the records' MEFs: key (MEF/subject/modality) → hours. */
    private static Map<String, String> storedProgrammes(FeedContext context, List<ProgrammeRecord> programmes)
            throws SQLException {
        Map<String, String> stored = new HashMap<>();
        if (programmes.isEmpty()) {
            return stored;
        }
        try (PreparedStatement select = context.connection().prepareStatement("SELECT mef_code, subject_code, "
                + "modality, hours FROM mef_programme WHERE mef_code IN (" + Jdbc.placeholders(programmes.size()) + ")")) {
            for (int i = 0; i < programmes.size(); i++) {
                select.setString(i + 1, programmes.get(i).mefCode());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3), rows.getString(4));
                }
            }
        }
        return stored;
    }

    private static void writeProgrammes(FeedContext context, List<ProgrammeRecord> programmes,
                                        Map<String, String> stored) throws SQLException {
        if (programmes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = context.connection().prepareStatement(
                "INSERT INTO mef_programme (mef_code, subject_code, modality, hours) VALUES (?, ?, ?, ?)");
             PreparedStatement update = context.connection().prepareStatement(
                     "UPDATE mef_programme SET hours = ? WHERE mef_code = ? AND subject_code = ? AND modality = ?")) {
            int inserts = 0;
            int updates = 0;
            for (ProgrammeRecord p : programmes) {
                if (p.mefCode() == null || p.subjectCode() == null) {
                    context.reject(p.location(), "Programme rejeté : MEF ou matière absent.", false);
                    continue;
                }
                String modality = p.modality() == null ? "" : p.modality();
                String key = key(p);
                if (!stored.containsKey(key)) {
                    Jdbc.bind(insert, p.mefCode(), p.subjectCode(), modality, p.hours());
                    insert.addBatch();
                    stored.put(key, p.hours());
                    inserts++;
                    context.counts().created++;
                } else if (!Objects.equals(stored.get(key), p.hours())) {
                    Jdbc.bind(update, p.hours(), p.mefCode(), p.subjectCode(), modality);
                    update.addBatch();
                    stored.put(key, p.hours());
                    updates++;
                    context.counts().updated++;
                } else {
                    context.counts().unchanged++;
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                update.executeBatch();
            }
        }
    }
}
