package org.scolarite.schoollife.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.NewsQuery;
import org.scolarite.navigation.boundary.NewsSource;

/**
 * The home's tile « n demi-journées d'absence ce trimestre » (R-PORTAL-6, R-VS-1): the half-days of the pupil's
 * shown absences in the period of his division that contains today.
 *
 * <p>Decision — the whole current period, not « since the last login »: the SPEC's example says « ce trimestre », and
 * a count of absences is read as a running total (a family that logs in daily would otherwise never see more than a
 * day's worth). One query on the index (student, shown, kind, date), joined to the pupil's division's period.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SchoolLifeNews implements NewsSource {

    /** Parameters: today, today, the pupil's id. */
    static final String HALF_DAYS_THIS_PERIOD = "SELECT COALESCE(SUM(e.half_days), 0) FROM school_life_event e "
            + "JOIN student s ON s.id = e.student_id "
            + "JOIN school_period p ON p.division_id = s.division_id AND p.starts_on <= ? AND p.ends_on >= ? "
            + "WHERE e.student_id = ? AND e.shown = TRUE AND e.kind = 'ABSENCE' "
            + "AND e.event_date BETWEEN p.starts_on AND p.ends_on";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.SCHOOL_LIFE);
    }

    @Override
    public long count(NewsQuery query) {
        Date today = Date.valueOf(LocalDate.now(clock));
        Number sum = (Number) em.createNativeQuery(HALF_DAYS_THIS_PERIOD)
                .setParameter(1, today).setParameter(2, today).setParameter(3, query.studentId())
                .getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    @Override
    public String describe(long count) {
        return count + (count == 1 ? " demi-journée" : " demi-journées") + " d’absence ce trimestre";
    }
}
