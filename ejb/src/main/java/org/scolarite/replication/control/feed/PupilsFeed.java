package org.scolarite.replication.control.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.FileCounts.Change;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.AddressRecord;
import org.scolarite.replication.entity.DepartureRule;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.SourceItem;

/**
 * Pupils ({@code ElevesSansAdresses} / {@code ElevesAvecAdresses}): upserted by (establishment, {@code ELEVE_ID}) with
 * their division, groups and options; departures at reconciliation (see {@link DepartureRule}).
 *
 * <p>Decision — a pupil whose MEF is unknown (neither in the database nor in the run's nomenclature, replicated before
 * the pupils) is KEPT without MEF and reported as an anomaly: refusing him would deprive a family of its accounts and
 * of everything else over a nomenclature lag; his MEF is filled by the first run that knows it (the resolved MEF is
 * part of the digest, so the record then counts as changed).
 */
@ApplicationScoped
public class PupilsFeed extends SiecleFeed {

    private static final String COLUMNS = "elenoet, ine, last_name, usage_name, first_name, other_first_names, "
            + "birth_date, birth_city, birth_insee_code, birth_country_code, sex, regime, mef_id, division_id, "
            + "address_line1, address_line2, address_line3, address_line4, postal_code, city, insee_code, "
            + "country_code, country_label, email, home_phone, mobile_phone, entry_date, departure_date, status_code, "
            + "departure_reason, previous_school_uai, source_hash";
    private static final int COLUMN_COUNT = 32;

    public PupilsFeed() {
        super(ExportKind.PUPILS, "Élèves");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        Connection connection = context.connection();
        List<PupilRecord> pupils = new ArrayList<>();
        for (SourceItem item : records) {
            PupilRecord pupil = (PupilRecord) item;
            String missing = missingMandatory(pupil);
            if (missing != null) {
                context.reject(pupil.location(), "Élève rejeté : " + missing + ".", false);
                context.counts().read++;
            } else {
                pupils.add(pupil);
            }
        }
        if (pupils.isEmpty()) {
            Seen.record(context, records.stream().map(item -> ((PupilRecord) item).sourceId())
                    .filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet()));
            return;
        }
        Map<String, Long> mefs = Jdbc.idsByKey(connection, "mef", "code", null, null,
                pupils.stream().map(PupilRecord::mefCode).filter(code -> code != null).collect(Collectors.toSet()));
        Map<String, Long> divisions = Structures.divisions(context,
                pupils.stream().map(PupilRecord::divisionCode).toList());
        Map<String, Long> groups = Structures.groups(context,
                pupils.stream().flatMap(p -> p.groupCodes().stream()).toList());
        Map<String, Long> stored = new HashMap<>();
        Map<String, String> storedHashes = new HashMap<>();
        Set<String> departedBefore = new HashSet<>();
        String sql = "SELECT source_id, id, source_hash, departure_date FROM student WHERE establishment_id = ? AND source_id IN ("
                + Jdbc.placeholders(pupils.size()) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, context.establishmentId());
            for (int i = 0; i < pupils.size(); i++) {
                select.setString(i + 2, pupils.get(i).sourceId());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getLong(2));
                    storedHashes.put(rows.getString(1), rows.getString(3));
                    if (rows.getDate(4) != null) {
                        departedBefore.add(rows.getString(1));
                    }
                }
            }
        }
        Map<Long, PupilRecord> toInsert = new LinkedHashMap<>();
        Map<Long, PupilRecord> toUpdate = new LinkedHashMap<>();
        Map<Long, Object[]> values = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (PupilRecord pupil : pupils) {
            context.counts().read++;
            if (!seen.add(pupil.sourceId())) {
                context.reject(pupil.location(), "Élève rejeté : ELEVE_ID=" + pupil.sourceId()
                        + " figure deux fois dans le fichier (seule la première fiche est prise).", false);
                continue;
            }
            Long mefId = pupil.mefCode() == null ? null : mefs.get(pupil.mefCode());
            if (pupil.mefCode() != null && mefId == null) {
                context.reject(pupil.location(), "MEF " + pupil.mefCode() + " inconnu de la nomenclature : "
                        + "l'élève est répliqué sans MEF.", true);
            }
            Object[] row = row(pupil, mefId, divisions.get(pupil.divisionCode()));
            Long existing = stored.get(pupil.sourceId());
            Change change = context.counts().classify(existing != null, storedHashes.get(pupil.sourceId()),
                    (String) row[COLUMN_COUNT - 1]);
            if (change == Change.CREATED) {
                long id = context.ids().next("student_seq");
                toInsert.put(id, pupil);
                values.put(id, row);
            } else if (change == Change.UPDATED) {
                toUpdate.put(existing, pupil);
                values.put(existing, row);
            }
            if (change != Change.UNCHANGED && pupil.departureDate() != null
                    && !departedBefore.contains(pupil.sourceId())) {
                context.counts().departed++;
            }
        }
        Seen.record(context, records.stream().map(item -> ((PupilRecord) item).sourceId())
                .filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet()));
        insert(connection, context, toInsert, values);
        update(connection, toUpdate, values);
        replaceMemberships(connection, toInsert, toUpdate, groups);
    }

    private static String missingMandatory(PupilRecord pupil) {
        if (pupil.sourceId() == null || pupil.sourceId().isBlank()) {
            return "ELEVE_ID absent";
        }
        if (pupil.lastName() == null || pupil.lastName().isBlank()) {
            return "nom de famille absent";
        }
        if (pupil.firstName() == null || pupil.firstName().isBlank()) {
            return "prénom absent";
        }
        if (pupil.birthDate() == null) {
            return "date de naissance absente";
        }
        if (pupil.sex() == null) {
            return "sexe absent";
        }
        return null;
    }

    private static Object[] row(PupilRecord p, Long mefId, Long divisionId) {
        AddressRecord a = p.address() != null ? p.address()
                : new AddressRecord(null, null, null, null, null, null, null, null, null, null, null, null);
        String otherFirstNames = joinNonNull(p.firstName2(), p.firstName3());
        String hash = SourceHash.of(p.sourceId(), p.elenoet(), p.ine(), p.lastName(), p.usageName(), p.firstName(),
                otherFirstNames, p.birthDate(), p.sex(), p.birthCountryCode(), p.nationalityCode(),
                p.birthDepartmentCode(), p.birthInseeCode(), p.birthCity(), p.mefCode(), mefId, p.statusCode(),
                p.regimeCode(), p.repeating(), p.entryDate(), p.departureDate(), p.departureReasonCode(),
                p.acceptsSms(), p.email(), p.homePhone(), p.mobilePhone(), p.previousMefCode(),
                p.previousStructureCode(), p.previousSchoolUai(), p.divisionCode(), divisionId, p.groupCodes(),
                p.options(), a);
        return new Object[] {p.elenoet(), p.ine(), p.lastName(), p.usageName(), p.firstName(), otherFirstNames,
                p.birthDate(), p.birthCity(), p.birthInseeCode(), p.birthCountryCode(), p.sex(), p.regimeCode(), mefId,
                divisionId, a.line1(), a.line2(), a.line3(), a.line4(), a.postalCode(),
                a.postalLabel() != null ? a.postalLabel() : a.foreignTown(), a.inseeCode(), a.countryCode(),
                a.countryLabel(), p.email(), p.homePhone(), p.mobilePhone(), p.entryDate(), p.departureDate(),
                p.statusCode(), p.departureReasonCode(), p.previousSchoolUai(), hash};
    }

    private static String joinNonNull(String first, String second) {
        String joined = (first == null ? "" : first) + (second == null ? "" : (first == null ? "" : " ") + second);
        return joined.isBlank() ? null : joined;
    }

    private static void insert(Connection connection, FeedContext context, Map<Long, PupilRecord> pupils,
                               Map<Long, Object[]> values) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("id", "establishment_id", "created_by_run", "source_id"));
        columns.addAll(List.of(COLUMNS.split(", ")));
        BulkInsert insert = new BulkInsert("student", columns.toArray(String[]::new));
        for (Map.Entry<Long, PupilRecord> pupil : pupils.entrySet()) {
            Object[] row = values.get(pupil.getKey());
            Object[] all = new Object[row.length + 4];
            all[0] = pupil.getKey();
            all[1] = context.establishmentId();
            all[2] = context.runId();
            all[3] = pupil.getValue().sourceId();
            System.arraycopy(row, 0, all, 4, row.length);
            insert.add(all);
        }
        insert.flush(connection);
    }

    private static void update(Connection connection, Map<Long, PupilRecord> pupils, Map<Long, Object[]> values)
            throws SQLException {
        if (pupils.isEmpty()) {
            return;
        }
        String assignments = java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> c + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE student SET " + assignments + " WHERE id = ?")) {
            for (Long id : pupils.keySet()) {
                Object[] row = values.get(id);
                for (int i = 0; i < row.length; i++) {
                    Jdbc.set(update, i + 1, row[i]);
                }
                Jdbc.set(update, row.length + 1, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Groups and options of the new and changed pupils, replaced whole (unchanged pupils keep theirs untouched). */
    private static void replaceMemberships(Connection connection, Map<Long, PupilRecord> created,
                                           Map<Long, PupilRecord> changed, Map<String, Long> groups)
            throws SQLException {
        if (!changed.isEmpty()) {
            String in = Jdbc.placeholders(changed.size());
            for (String table : List.of("student_group", "student_option")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE student_id IN (" + in + ")")) {
                    int index = 1;
                    for (Long id : changed.keySet()) {
                        delete.setLong(index++, id);
                    }
                    delete.executeUpdate();
                }
            }
        }
        Map<Long, PupilRecord> all = new LinkedHashMap<>(created);
        all.putAll(changed);
        BulkInsert group = new BulkInsert("student_group", "student_id", "group_id");
        BulkInsert option = new BulkInsert("student_option", "student_id", "rank_number", "modality", "subject_code");
        for (Map.Entry<Long, PupilRecord> pupil : all.entrySet()) {
            for (String code : new HashSet<>(pupil.getValue().groupCodes())) {
                group.add(pupil.getKey(), groups.get(code));
            }
            Set<Integer> ranks = new HashSet<>();
            for (PupilRecord.PupilOption o : pupil.getValue().options()) {
                if (o.subjectCode() != null && ranks.add(o.number())) {
                    option.add(pupil.getKey(), o.number(), o.modality(), o.subjectCode());
                }
            }
        }
        group.flush(connection);
        option.flush(connection);
    }

    /**
     * R-REPL-2 departures ({@link DepartureRule}), once the establishment's pupils file was read to its end: the
     * pupils of the establishment neither in the file (as a record, or as a rejection naming its {@code ELEVE_ID}) nor
     * already departed left on the export's date, in one set-based update. Those with a {@code DATE_SORTIE} have it
     * from their record already. A failed file concludes nothing.
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
                        DepartureRule.pupilSourceId(rows.getString(1)).ifPresent(rejected::add);
                    }
                }
            }
            Seen.record(context, rejected);
            // The digest is cleared so that a pupil who comes back is rewritten (his record clears the date).
            context.counts().departed += Jdbc.update(context.connection(), "UPDATE student SET departure_date = ?, "
                    + "source_hash = NULL WHERE establishment_id = ? AND departure_date IS NULL AND source_id NOT IN "
                    + "(SELECT source_id FROM replication_seen WHERE file_id = ?)",
                    context.exportDate(), context.establishmentId(), context.fileId());
        }
        Seen.forget(context);
    }
}
