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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.FileCounts.Change;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.AddressRecord;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.GuardianshipRecord;
import org.scolarite.replication.entity.GuardianshipRecord.Responsibility;
import org.scolarite.replication.entity.PersonRecord;
import org.scolarite.replication.entity.SourceItem;

/**
 * Guardians ({@code ResponsablesAvecAdresses}): persons upserted by (establishment, {@code PERSONNE_ID}), then each
 * pupil's links made exactly what the file says (rank, relationship, level; a link that disappeared is removed, a
 * refusal of access recorded by the school is kept). A guardianship of a pupil the establishment does not know is
 * rejected; a responsibility naming an unknown person is left out as an anomaly.
 */
@ApplicationScoped
public class GuardiansFeed extends SiecleFeed {

    private static final String COLUMNS = "civility, last_name, usage_name, first_name, address_line1, "
            + "address_line2, address_line3, address_line4, postal_code, city, insee_code, country_code, country_label, "
            + "email, home_phone, mobile_phone, work_phone, profession_code, source_hash";

    public GuardiansFeed() {
        super(ExportKind.GUARDIANS, "Responsables");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<PersonRecord> persons = new ArrayList<>();
        List<GuardianshipRecord> guardianships = new ArrayList<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof PersonRecord person) {
                if (person.sourceId() == null || person.lastName() == null || person.lastName().isBlank()
                        || person.firstName() == null || person.firstName().isBlank()) {
                    context.reject(person.location(), "Responsable rejeté : identifiant, nom ou prénom absent.", false);
                } else {
                    persons.add(person);
                }
            } else if (item instanceof GuardianshipRecord guardianship) {
                guardianships.add(guardianship);
            }
        }
        writePersons(context, persons);
        writeLinks(context, guardianships);
    }

    private static void writePersons(FeedContext context, List<PersonRecord> persons) throws SQLException {
        if (persons.isEmpty()) {
            return;
        }
        Connection connection = context.connection();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT source_id, id, source_hash FROM guardian "
                + "WHERE establishment_id = ? AND source_id IN (" + Jdbc.placeholders(persons.size()) + ")")) {
            select.setLong(1, context.establishmentId());
            for (int i = 0; i < persons.size(); i++) {
                select.setString(i + 2, persons.get(i).sourceId());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                    hashes.put(rows.getString(1), rows.getString(3));
                }
            }
        }
        String assignments = java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> c + " = ?")
                .collect(Collectors.joining(", "));
        List<String> columns = new ArrayList<>(List.of("id", "establishment_id", "source_id"));
        columns.addAll(List.of(COLUMNS.split(", ")));
        BulkInsert insert = new BulkInsert("guardian", columns.toArray(String[]::new));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE guardian SET " + assignments + " WHERE id = ?")) {
            boolean updates = false;
            Set<String> seen = new HashSet<>();
            for (PersonRecord person : persons) {
                if (!seen.add(person.sourceId())) {
                    context.reject(person.location(), "Responsable rejeté : PERSONNE_ID=" + person.sourceId()
                            + " figure deux fois dans le fichier (seule la première fiche est prise).", false);
                    continue;
                }
                Object[] row = row(person);
                Long id = ids.get(person.sourceId());
                Change change = context.counts().classify(id != null, hashes.get(person.sourceId()),
                        (String) row[row.length - 1]);
                if (change == Change.CREATED) {
                    Object[] all = new Object[row.length + 3];
                    all[0] = context.ids().next("guardian_seq");
                    all[1] = context.establishmentId();
                    all[2] = person.sourceId();
                    System.arraycopy(row, 0, all, 3, row.length);
                    insert.add(all);
                } else if (change == Change.UPDATED) {
                    for (int i = 0; i < row.length; i++) {
                        Jdbc.set(update, i + 1, row[i]);
                    }
                    Jdbc.set(update, row.length + 1, id);
                    update.addBatch();
                    updates = true;
                }
            }
            insert.flush(connection);
            if (updates) {
                update.executeBatch();
            }
        }
    }

    private static Object[] row(PersonRecord p) {
        AddressRecord a = p.address() != null ? p.address()
                : new AddressRecord(null, null, null, null, null, null, null, null, null, null, null, null);
        String civility = p.civility() == null ? null : p.civility().length() > 4 ? p.civility().substring(0, 4)
                : p.civility();
        String hash = SourceHash.of(p.sourceId(), p.civility(), p.lastName(), p.usageName(), p.firstName(),
                p.homePhone(), p.mobilePhone(), p.workPhone(), p.email(), p.acceptsSms(), p.professionCode(), a);
        return new Object[] {civility, p.lastName(), p.usageName(), p.firstName(), a.line1(), a.line2(), a.line3(),
                a.line4(), a.postalCode(), a.postalLabel() != null ? a.postalLabel() : a.foreignTown(), a.inseeCode(),
                a.countryCode(), a.countryLabel(), p.email(), p.homePhone(), p.mobilePhone(), p.workPhone(),
                p.professionCode(), hash};
    }

    private record Link(long guardianId, LegalRank rank, String relationship, Integer level, boolean paysFees) {
    }

    private static void writeLinks(FeedContext context, List<GuardianshipRecord> guardianships) throws SQLException {
        if (guardianships.isEmpty()) {
            return;
        }
        Connection connection = context.connection();
        Map<String, Long> pupils = Jdbc.idsByKey(connection, "student", "source_id", "establishment_id",
                context.establishmentId(), guardianships.stream().map(GuardianshipRecord::pupilSourceId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, Long> persons = Jdbc.idsByKey(connection, "guardian", "source_id", "establishment_id",
                context.establishmentId(), guardianships.stream().flatMap(g -> g.responsibilities().stream())
                        .map(Responsibility::personSourceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Map<Long, Link>> wanted = new LinkedHashMap<>();
        Map<Long, GuardianshipRecord> records = new HashMap<>();
        for (GuardianshipRecord guardianship : guardianships) {
            Long pupil = pupils.get(guardianship.pupilSourceId());
            if (pupil == null) {
                context.reject(guardianship.location(), "Responsables rejetés : l'élève ELEVE_ID="
                        + guardianship.pupilSourceId() + " est inconnu de l'établissement.", false);
                continue;
            }
            Map<Long, Link> links = wanted.computeIfAbsent(pupil, id -> new LinkedHashMap<>());
            records.put(pupil, guardianship);
            for (Responsibility r : guardianship.responsibilities()) {
                Long person = persons.get(r.personSourceId());
                if (person == null) {
                    context.reject(guardianship.location(), "Responsabilité ignorée : la personne PERSONNE_ID="
                            + r.personSourceId() + " est absente du fichier.", true);
                } else if (!links.containsKey(person)) {
                    links.put(person, new Link(person, r.legalRank() == null ? LegalRank.OTHER : r.legalRank(),
                            r.relationship(), r.level(), r.paysFees()));
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<Long, Map<Long, Link>> stored = new HashMap<>();
        Map<Long, Map<Long, Long>> linkIds = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT student_id, guardian_id, legal_rank, "
                + "relationship, responsibility_level, pays_fees, id FROM guardian_link WHERE student_id IN ("
                + Jdbc.placeholders(wanted.size()) + ")")) {
            int index = 1;
            for (Long pupil : wanted.keySet()) {
                select.setLong(index++, pupil);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long pupil = rows.getLong(1);
                    int level = rows.getInt(5);
                    Integer storedLevel = rows.wasNull() ? null : level;
                    stored.computeIfAbsent(pupil, id -> new HashMap<>()).put(rows.getLong(2), new Link(rows.getLong(2),
                            LegalRank.valueOf(rows.getString(3)), rows.getString(4), storedLevel, rows.getBoolean(6)));
                    linkIds.computeIfAbsent(pupil, id -> new HashMap<>()).put(rows.getLong(2), rows.getLong(7));
                }
            }
        }
        BulkInsert insert = new BulkInsert("guardian_link", "id", "student_id", "guardian_id", "legal_rank",
                "relationship", "responsibility_level", "pays_fees");
        try (PreparedStatement update = connection.prepareStatement("UPDATE guardian_link SET legal_rank = ?, "
                     + "relationship = ?, responsibility_level = ?, pays_fees = ? WHERE id = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM guardian_link WHERE id = ?")) {
            int updates = 0;
            int deletes = 0;
            for (Map.Entry<Long, Map<Long, Link>> entry : wanted.entrySet()) {
                long pupil = entry.getKey();
                Map<Long, Link> before = stored.getOrDefault(pupil, Map.of());
                Map<Long, Long> ids = linkIds.getOrDefault(pupil, Map.of());
                boolean changed = false;
                for (Link link : entry.getValue().values()) {
                    Link old = before.get(link.guardianId());
                    if (old == null) {
                        insert.add(context.ids().next("guardian_link_seq"), pupil, link.guardianId(),
                                link.rank(), link.relationship(), link.level(), link.paysFees());
                        changed = true;
                    } else if (!old.equals(link)) {
                        Jdbc.bind(update, link.rank(), link.relationship(), link.level(), link.paysFees(),
                                ids.get(link.guardianId()));
                        update.addBatch();
                        updates++;
                        changed = true;
                    }
                }
                for (Long guardian : before.keySet()) {
                    if (!entry.getValue().containsKey(guardian)) {
                        Jdbc.bind(delete, ids.get(guardian));
                        delete.addBatch();
                        deletes++;
                        changed = true;
                    }
                }
                if (before.isEmpty()) {
                    context.counts().created++;
                } else if (changed) {
                    context.counts().updated++;
                } else {
                    context.counts().unchanged++;
                }
            }
            insert.flush(connection);
            if (updates > 0) {
                update.executeBatch();
            }
            if (deletes > 0) {
                delete.executeBatch();
            }
        }
    }
}
