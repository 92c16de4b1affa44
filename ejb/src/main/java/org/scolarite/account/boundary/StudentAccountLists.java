package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.scolarite.account.control.StudentListCsv;
import org.scolarite.account.control.StudentListPdf;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;
import org.scolarite.account.entity.Username;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * « Éditer les listes des comptes élèves » (R-LIST-1): the list of a division or of a group, for teachers to hand out
 * identifiers and temporary passwords in class, on screen, as a PDF (the default) or a CSV, with the same columns.
 * Head and delegate only (R-ROLE-1), checked on every call. Every export is audited (who printed which list: the
 * temporary passwords are in it); the files are streamed to the caller, never kept (R-SEC-1).
 */
@Stateless
public class StudentAccountLists {

    /** The audit action of an export (« Historique des modifications »). */
    public static final String AUDIT_ACTION = "EDITION_LISTE_ELEVES";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private StudentListPdf pdf;

    @Inject
    private StudentListCsv csv;

    /** What to list: a division or a teaching group of the establishment, by id. */
    public record Selection(Kind kind, long id) implements Serializable {

        /** Listing by class or by group (the guide: « par classe ou par groupe »). */
        public enum Kind { DIVISION, GROUP }

        public Selection {
            Objects.requireNonNull(kind, "kind");
        }

        public static Selection division(long id) {
            return new Selection(Kind.DIVISION, id);
        }

        public static Selection group(long id) {
            return new Selection(Kind.GROUP, id);
        }
    }

    /** A division or a group in the selects: « 3A », « 3_LATIN — Latin 3 ». */
    public record Structure(long id, String code, String label) implements Serializable {

        public String display() {
            return label == null || label.isBlank() || label.equals(code) ? code : code + " — " + label;
        }
    }

    /** The establishment's divisions, by code. */
    public List<Structure> divisions(String actor, long establishmentId) {
        requireManager(actor, establishmentId);
        return em.createQuery("SELECT d FROM Division d WHERE d.establishment.id = :e ORDER BY d.code", Division.class)
                .setParameter("e", establishmentId).getResultStream()
                .map(d -> new Structure(d.getId(), d.getCode(), d.getLabel())).toList();
    }

    /**
     * R-LIST-1: the groups that have pupils currently enrolled, by code, optionally only those whose code or label
     * contains {@code namePart} (case ignored), to keep the select short.
     */
    public List<Structure> groups(String actor, long establishmentId, String namePart) {
        requireManager(actor, establishmentId);
        String part = namePart == null ? "" : namePart.strip().toLowerCase(Locale.ROOT);
        TypedQuery<TeachingGroup> query = em.createQuery("SELECT g FROM TeachingGroup g WHERE g.establishment.id = :e"
                + " AND EXISTS (SELECT s.id FROM Student s JOIN s.groups sg WHERE sg = g"
                + " AND (s.departureDate IS NULL OR s.departureDate >= :today))"
                + (part.isEmpty() ? "" : " AND (LOCATE(:part, LOWER(g.code)) > 0"
                        + " OR LOCATE(:part, LOWER(COALESCE(g.label, ''))) > 0)")
                + " ORDER BY g.code", TeachingGroup.class)
                .setParameter("e", establishmentId)
                .setParameter("today", today());
        if (!part.isEmpty()) {
            query.setParameter("part", part);
        }
        return query.getResultStream().map(g -> new Structure(g.getId(), g.getCode(), g.getLabel())).toList();
    }

    /**
     * R-LIST-1: the pupils of the division or group currently enrolled (no departure date in the past), in
     * alphabetical order, with what each cell shows ({@link StudentListRow}). Not audited: the screen is a preview;
     * the exports are.
     */
    public StudentAccountList list(String actor, long establishmentId, Selection selection) {
        requireManager(actor, establishmentId);
        return build(establishmentId, selection);
    }

    /** The PDF of the list (the default print), streamed to {@code out}; audited. Returns the number of pupils. */
    public int writePdf(String actor, long establishmentId, Selection selection, OutputStream out) {
        requireManager(actor, establishmentId);
        StudentAccountList list = build(establishmentId, selection);
        audit.record(actor, establishmentId, AUDIT_ACTION, list.title(), "PDF, " + list.rows().size() + " élève(s)");
        pdf.write(list, out);
        return list.rows().size();
    }

    /** The CSV of the list, streamed to {@code out}; audited. Returns the number of pupils. */
    public int writeCsv(String actor, long establishmentId, Selection selection, OutputStream out) {
        requireManager(actor, establishmentId);
        StudentAccountList list = build(establishmentId, selection);
        audit.record(actor, establishmentId, AUDIT_ACTION, list.title(), "CSV, " + list.rows().size() + " élève(s)");
        csv.write(list, out);
        return list.rows().size();
    }

    private StudentAccountList build(long establishmentId, Selection selection) {
        Establishment establishment = em.find(Establishment.class, establishmentId);
        boolean byGroup = selection.kind() == Selection.Kind.GROUP;
        String title;
        String groupCode = null;
        if (byGroup) {
            TeachingGroup group = em.find(TeachingGroup.class, selection.id());
            requireSameEstablishment(group == null ? null : group.getEstablishment(), establishmentId);
            title = StudentAccountList.groupTitle(group.getCode(), group.getLabel());
            groupCode = group.getCode();
        } else {
            Division division = em.find(Division.class, selection.id());
            requireSameEstablishment(division == null ? null : division.getEstablishment(), establishmentId);
            title = StudentAccountList.divisionTitle(division.getCode());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<StudentListRow> rows = rows(establishmentId, selection, groupCode, now.toLocalDate());
        return new StudentAccountList(establishment.getName(), establishment.getUai().value(), title, byGroup, now,
                rows);
    }

    /**
     * One query for the whole list: the pupils and their accounts side by side (a division is some 35 pupils, a group
     * may be a hundred). A pupil may have several pupil accounts (a deleted one and its replacement): the live one wins,
     * else the newest.
     */
    private List<StudentListRow> rows(long establishmentId, Selection selection, String groupCode, LocalDate today) {
        String structure = selection.kind() == Selection.Kind.GROUP ? " JOIN s.groups g" : "";
        String restriction = selection.kind() == Selection.Kind.GROUP ? " AND g.id = :structure"
                : " AND d.id = :structure";
        List<Object[]> found = em.createQuery("SELECT s, d.code, a.id, a.username, a.state,"
                        + " a.encryptedTemporaryPassword, a.continuitySince"
                        + " FROM Student s LEFT JOIN s.division d" + structure
                        + " LEFT JOIN Account a ON a.student = s"
                        + " WHERE s.establishment.id = :e" + restriction
                        + " AND (s.departureDate IS NULL OR s.departureDate >= :today)", Object[].class)
                .setParameter("e", establishmentId)
                .setParameter("structure", selection.id())
                .setParameter("today", today)
                .getResultList();
        Map<Long, Object[]> byStudent = new LinkedHashMap<>();
        for (Object[] candidate : found) {
            byStudent.merge(((Student) candidate[0]).getId(), candidate, StudentAccountLists::preferred);
        }
        return byStudent.values().stream()
                .map(r -> row((Student) r[0], (String) r[1], groupCode, (Username) r[3], (AccountState) r[4],
                        (String) r[5], r[6] != null))
                .sorted(StudentListRow.alphabetical())
                .toList();
    }

    private StudentListRow row(Student student, String division, String group, Username username, AccountState state,
                               String encryptedTemporaryPassword, boolean continuity) {
        // Decrypted only where it is printed: a « Notifié » account (R-ACC-8).
        String temporaryPassword = state == AccountState.NOTIFIED && encryptedTemporaryPassword != null
                ? cipher.decrypt(encryptedTemporaryPassword) : null;
        return new StudentListRow(student.displayLastName(), student.getFirstName(), division, group,
                student.getBirthDate(), StudentListRow.identifierCell(state, username == null ? "" : username.value()),
                StudentListRow.passwordCell(state, temporaryPassword), continuity);
    }

    /** Of two accounts of one pupil, the one not deleted, else the newest (highest id). */
    private static Object[] preferred(Object[] a, Object[] b) {
        Comparator<Object[]> live = Comparator.comparing(r -> r[4] != null && r[4] != AccountState.CLOSED);
        Comparator<Object[]> order = live.thenComparing(r -> r[2] == null ? Long.MIN_VALUE : (Long) r[2]);
        return order.compare(a, b) >= 0 ? a : b;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireManager(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
    }

    /** A division or group id of another establishment is refused as the establishment itself would be. */
    private static void requireSameEstablishment(Establishment owner, long establishmentId) {
        if (owner == null || owner.getId() != establishmentId) {
            throw new AccessDeniedException("Cette division ou ce groupe n’appartient pas à l’établissement.");
        }
    }
}
