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
import java.util.Set;
import java.util.TreeSet;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.StaffMemberRecord;
import org.scolarite.replication.entity.StructureRecord;
import org.scolarite.replication.entity.StructureRecord.TeachingService;

/**
 * STS-web {@code sts_emp}: staff members (teachers) upserted by (establishment, STS id) with the divisions of which they
 * are professeur principal, then divisions and groups (label) with their teaching services (subject × teacher),
 * replaced when they changed. STS lists the staff before the structures, so a service's teachers are known.
 */
@ApplicationScoped
public class StsFeed extends SiecleFeed {

    private static final Upsert STAFF = new Upsert("staff_member", "staff_member_seq", "source_id", "establishment_id",
            "staff_type, civility, last_name, first_name, function_code, disciplines, source_hash");

    public StsFeed() {
        super(ExportKind.STS, "STS-web");
    }

    @Override
    public void write(FeedContext context, List<SourceItem> records) throws SQLException {
        List<Upsert.Row> staff = new ArrayList<>();
        Map<String, StaffMemberRecord> staffRecords = new HashMap<>();
        List<StructureRecord> structures = new ArrayList<>();
        for (SourceItem item : records) {
            context.counts().read++;
            if (item instanceof StaffMemberRecord s) {
                if (s.sourceId() == null || s.lastName() == null || s.lastName().isBlank()) {
                    context.reject(s.location(), "Personnel rejeté : identifiant ou nom absent.", false);
                    continue;
                }
                staffRecords.putIfAbsent(s.sourceId(), s);
                String disciplines = s.disciplines().isEmpty() ? null : String.join(",", s.disciplines());
                staff.add(new Upsert.Row(s.sourceId(), s.location(), new Object[] {s.type(), s.civility(),
                        s.lastName(), s.firstName(), s.function(), disciplines, SourceHash.of(s.sourceId(), s.type(),
                        s.civility(), s.lastName(), s.firstName(), s.function(), s.disciplines(), s.mainTeacherOf())}));
            } else if (item instanceof StructureRecord s) {
                structures.add(s);
            }
        }
        Set<String> changed = new HashSet<>();
        Map<String, Long> staffIds = STAFF.apply(context, staff, changed,
                "Personnel présent deux fois dans le fichier (la première fiche est prise).");
        replaceMainTeachers(context, changed, staffIds, staffRecords);
        writeStructures(context, structures);
    }

    private static void replaceMainTeachers(FeedContext context, Set<String> changed, Map<String, Long> staffIds,
                                            Map<String, StaffMemberRecord> records) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Long> divisions = Structures.divisions(context, changed.stream()
                .flatMap(id -> records.get(id).mainTeacherOf().stream()).toList());
        try (PreparedStatement delete = context.connection().prepareStatement(
                "DELETE FROM main_teacher WHERE staff_member_id = ?");
             PreparedStatement insert = context.connection().prepareStatement(
                     "INSERT INTO main_teacher (division_id, staff_member_id) VALUES (?, ?)")) {
            boolean inserts = false;
            for (String sourceId : changed) {
                long staffId = staffIds.get(sourceId);
                Jdbc.bind(delete, staffId);
                delete.addBatch();
                for (String division : new TreeSet<>(records.get(sourceId).mainTeacherOf())) {
                    Jdbc.bind(insert, divisions.get(division), staffId);
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

    private void writeStructures(FeedContext context, List<StructureRecord> structures) throws SQLException {
        if (structures.isEmpty()) {
            return;
        }
        Map<String, Long> divisions = Structures.divisions(context,
                structures.stream().filter(StructureRecord::division).map(StructureRecord::code).toList());
        Map<String, Long> groups = Structures.groups(context,
                structures.stream().filter(s -> !s.division()).map(StructureRecord::code).toList());
        Set<String> teacherIds = new HashSet<>();
        structures.forEach(s -> s.services().forEach(service -> teacherIds.addAll(service.teacherIds())));
        Map<String, Long> teachers = Jdbc.idsByKey(context.connection(), "staff_member", "source_id",
                "establishment_id", context.establishmentId(), teacherIds);
        for (StructureRecord structure : structures) {
            String table = structure.division() ? "division" : "teaching_group";
            String column = structure.division() ? "division_id" : "group_id";
            Long id = structure.division() ? divisions.get(structure.code()) : groups.get(structure.code());
            String label = structure.label() == null || structure.label().length() <= 120 ? structure.label()
                    : structure.label().substring(0, 120);
            boolean relabelled = Jdbc.update(context.connection(), "UPDATE " + table + " SET label = ? WHERE id = ? "
                    + "AND (label IS NULL OR label <> ?)", label, id, label) > 0 && label != null;
            Set<String> wanted = new TreeSet<>();
            for (TeachingService service : structure.services()) {
                for (String teacher : service.teacherIds()) {
                    if (teachers.containsKey(teacher)) {
                        wanted.add(service.subjectCode() + "/" + teachers.get(teacher));
                    } else {
                        context.reject(structure.location(), "Service " + service.subjectCode() + " de "
                                + structure.code() + " : l'enseignant ID=" + teacher + " est absent du fichier.", true);
                    }
                }
            }
            Set<String> stored = new TreeSet<>();
            try (PreparedStatement select = context.connection().prepareStatement(
                    "SELECT subject_code, staff_member_id FROM teaching_service WHERE " + column + " = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1) + "/" + rows.getLong(2));
                    }
                }
            }
            boolean servicesChanged = !stored.equals(wanted);
            if (servicesChanged) {
                Jdbc.update(context.connection(), "DELETE FROM teaching_service WHERE " + column + " = ?", id);
                try (PreparedStatement insert = context.connection().prepareStatement("INSERT INTO teaching_service "
                        + "(id, establishment_id, " + column + ", subject_code, staff_member_id) VALUES (?, ?, ?, ?, ?)")) {
                    for (String service : wanted) {
                        String[] parts = service.split("/");
                        Jdbc.bind(insert, context.ids().next("teaching_service_seq"), context.establishmentId(), id,
                                parts[0], Long.parseLong(parts[1]));
                        insert.addBatch();
                    }
                    if (!wanted.isEmpty()) {
                        insert.executeBatch();
                    }
                }
            }
            if (!servicesChanged && !relabelled) {
                context.counts().unchanged++;
            } else if (stored.isEmpty()) {
                context.counts().created++;
            } else {
                context.counts().updated++;
            }
        }
    }
}
