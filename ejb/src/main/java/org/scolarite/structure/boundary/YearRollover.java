package org.scolarite.structure.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scolarite.account.entity.Account;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.SchoolYearPlan;

/**
 * « Bascule d'année » (issue 6 item 6), for académie administrators only: a dry run, then the creation of the next
 * school year. Creating the year is all the rollover writes: services stay open, divisions are rebuilt by the first
 * exports of the new year (the replication accepts an export of a year only once it exists), and continuity of access
 * (R-ACC-7) is applied by the nightly housekeeping from the rentrée on ({@code AccountService.applyYearRollover}).
 */
@Stateless
public class YearRollover {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StaffDirectory staff;

    @Inject
    private OnlineServices services;

    @Inject
    private AuditTrail audit;

    /** The start year of a label typed in the console (« 2027-2028 »); refused on the field {@code year}. */
    public int startYearOf(String label) {
        return SchoolYearPlan.startYearOf(label);
    }

    /** The year the administrator's académie is in today (the last one begun), for the form's hint. */
    public Optional<String> currentYear(String actor) {
        return current(staff.requireAcademyAdministrator(actor)).map(SchoolYear::label);
    }

    /**
     * The dry run: checks the plan as {@link #commit} would and reports, per establishment of the académie, what the
     * rollover means. Reads only: nothing is written, not even an audit line.
     */
    public RolloverPreview preview(String actor, int startYear, LocalDate rentree, LocalDate end) {
        long academyId = staff.requireAcademyAdministrator(actor);
        SchoolYearPlan plan = checked(academyId, startYear, rentree, end);
        List<Establishment> establishments = em.createQuery("SELECT e FROM Establishment e WHERE e.academy.id = :a "
                + "ORDER BY e.name", Establishment.class).setParameter("a", academyId).getResultList();
        Map<Long, Long> pupils = countByEstablishment("SELECT s.establishment_id, COUNT(*) FROM student s "
                + "JOIN establishment e ON e.id = s.establishment_id WHERE e.academy_id = ?1 "
                + "AND (s.departure_date IS NULL OR s.departure_date >= ?2) GROUP BY s.establishment_id",
                academyId, Date.valueOf(today()));
        Map<Long, Long> divisions = countByEstablishment("SELECT d.establishment_id, COUNT(*) FROM division d "
                + "JOIN establishment e ON e.id = d.establishment_id WHERE e.academy_id = ?1 "
                + "GROUP BY d.establishment_id", academyId, null);
        // R-ACC-7: an account « Utilisé » continues unless R-ACC-6 deletes it before the rentrée (unused for a year).
        Map<Long, Long> continuing = countByEstablishment(accountsByEstablishment("a.state = 'IN_USE' AND "
                + "GREATEST(a.activated_on, CAST(COALESCE(a.last_access_at, a.activated_on) AS DATE)) > ?2",
                "COUNT(*)"), academyId, Date.valueOf(plan.rentree().minusYears(Account.YEARS_UNUSED)));
        Map<Long, Object[]> pending = new HashMap<>();
        rows(accountsByEstablishment("a.state IN ('NOTIFIED', 'ACTIVATING')",
                "COUNT(*), MIN(a.notified_on), MAX(a.notified_on)"), academyId, null)
                .forEach(row -> pending.put(((Number) row[0]).longValue(), row));
        String currentLabel = current(academyId).map(SchoolYear::label).orElseThrow();
        return new RolloverPreview(plan.label(), rentree, end, currentLabel, establishments.stream()
                .map(e -> {
                    Object[] waiting = pending.get(e.getId());
                    return new EstablishmentForecast(e.getId(), e.getUai().value(), e.getName(),
                            pupils.getOrDefault(e.getId(), 0L), divisions.getOrDefault(e.getId(), 0L),
                            continuing.getOrDefault(e.getId(), 0L),
                            waiting == null ? 0 : ((Number) waiting[1]).longValue(),
                            waiting == null ? null : expiry(waiting[2]), waiting == null ? null : expiry(waiting[3]),
                            services.openToday(e.getId()).size());
                })
                .toList());
    }

    /**
     * Creates the next school year of the administrator's académie, audited. Refused ({@code RolloverRefused}) when
     * it exists, does not follow the current one, or its dates are inconsistent. Returns its label.
     */
    public String commit(String actor, int startYear, LocalDate rentree, LocalDate end) {
        long academyId = staff.requireAcademyAdministrator(actor);
        SchoolYearPlan plan = checked(academyId, startYear, rentree, end);
        SchoolYear year = plan.create(em.find(Academy.class, academyId));
        em.persist(year);
        audit.record(actor, null, "BASCULE_ANNEE", year.label(), "rentrée le " + FRENCH_DATE.format(rentree)
                + ", fin le " + FRENCH_DATE.format(end));
        return year.label();
    }

    private SchoolYearPlan checked(long academyId, int startYear, LocalDate rentree, LocalDate end) {
        SchoolYearPlan plan = new SchoolYearPlan(startYear, rentree, end);
        boolean exists = !em.createQuery("SELECT y.id FROM SchoolYear y WHERE y.academy.id = :a "
                        + "AND y.startYear = :y", Long.class)
                .setParameter("a", academyId).setParameter("y", startYear).getResultList().isEmpty();
        plan.requireNextOf(current(academyId), exists);
        return plan;
    }

    /** The year under way: the last one whose rentrée has come (in summer, the one just ended). */
    private Optional<SchoolYear> current(long academyId) {
        return em.createQuery("SELECT y FROM SchoolYear y WHERE y.academy.id = :a AND y.rentreeDate <= :today "
                        + "ORDER BY y.rentreeDate DESC", SchoolYear.class)
                .setParameter("a", academyId).setParameter("today", today())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Accounts of the académie grouped by the establishment of their holder (the pupil, or the guardian's record). */
    private static String accountsByEstablishment(String condition, String aggregates) {
        return "SELECT COALESCE(s.establishment_id, g.establishment_id), " + aggregates + " FROM account a "
                + "LEFT JOIN student s ON s.id = a.student_id LEFT JOIN guardian g ON g.id = a.guardian_id "
                + "WHERE a.academy_id = ?1 AND " + condition
                + " GROUP BY COALESCE(s.establishment_id, g.establishment_id)";
    }

    private Map<Long, Long> countByEstablishment(String sql, long academyId, Date day) {
        Map<Long, Long> counts = new HashMap<>();
        rows(sql, academyId, day).forEach(row -> counts.put(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long academyId, Date day) {
        var query = em.createNativeQuery(sql).setParameter(1, academyId);
        if (day != null) {
            query.setParameter(2, day);
        }
        return query.getResultList();
    }

    /** R-ACC-6: a notified account not activated is deleted 3 months after its notification. */
    private static LocalDate expiry(Object notifiedOn) {
        LocalDate day = notifiedOn instanceof Date date ? date.toLocalDate() : (LocalDate) notifiedOn;
        return day.plusMonths(Account.MONTHS_TO_ACTIVATE);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
