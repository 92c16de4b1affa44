package org.scolarite.grades.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.scolarite.grades.control.GradeBookQueries;
import org.scolarite.grades.control.GradeBookQueries.Placement;
import org.scolarite.grades.entity.AssessmentLine;
import org.scolarite.grades.entity.GradeList;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.grades.entity.PeriodChoice;
import org.scolarite.grades.entity.PeriodFilter;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.structure.entity.SchoolPeriod;

/**
 * The portal's grades (R-NOTES-1, R-NOTES-3) for a child the caller has checked (the portal's access filter: the
 * account opens him today and Notes is in his menu). Visibility follows the publication setting in effect today
 * (D+1, R-SET-2) through the one policy the console's configuration also uses ({@code GradeVisibilityPolicy}); hidden
 * grades are dropped here, so they never reach the page, its averages or its tiles.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortalGrades {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private Clock clock;

    /** The child's frame of the grades page for today (see {@link GradeBookFrame}). */
    public GradeBookFrame frame(long studentId, long establishmentId) {
        LocalDate today = LocalDate.now(clock);
        GradesPublication publication = settings.effectiveToday(establishmentId, Setting.GRADES_PUBLICATION);
        try (Connection connection = dataSource.getConnection()) {
            GradeBookQueries queries = new GradeBookQueries(connection);
            Placement placement = queries.placement(studentId);
            List<SchoolPeriod> periods = placement.divisionId() == null ? List.of()
                    : em.createQuery("SELECT p FROM SchoolPeriod p WHERE p.division.id = :d ORDER BY p.startsOn",
                            SchoolPeriod.class).setParameter("d", placement.divisionId()).getResultList();
            return new GradeBookFrame(publication, placement.couple(), PeriodFilter.of(periods, today),
                    queries.team(studentId, placement.divisionId()));
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture des notes impossible", e);
        }
    }

    /**
     * @param frame the child's frame, from {@link #frame} today
     * @param periodKey a {@link PeriodChoice} key, or null for the current period
     * @param subjectCode the subject chosen, null for all
     * @param assessmentId one assessment asked alone (a link to a grade), null for the list
     * @throws GradesRequestRefused for a period the child does not have, or an assessment that is not one of his
     *         visible grades
     */
    public GradesPage page(GradeBookFrame frame, long studentId, LocalDateTime previousSignIn, String periodKey,
                           String subjectCode, Long assessmentId) {
        LocalDate today = LocalDate.now(clock);
        PeriodChoice period = frame.periods().chosen(periodKey)
                .orElseThrow(() -> new GradesRequestRefused("période « " + periodKey + " » inconnue de l’élève "
                        + studentId));
        if (assessmentId != null) {
            // One grade asked alone: it must be the child's and visible today, whatever its date.
            period = frame.periods().all();
        }
        try (Connection connection = dataSource.getConnection()) {
            List<AssessmentLine> lines = new GradeBookQueries(connection).lines(studentId, period.from(), period.to());
            if (assessmentId != null) {
                lines = lines.stream().filter(l -> l.assessmentId() == assessmentId).toList();
            }
            GradeList list = GradeList.of(lines, frame.publication(), frame.couple(), today,
                    previousSignIn == null ? null : previousSignIn.toLocalDate(), blankToNull(subjectCode));
            if (assessmentId != null && list.grades().isEmpty()) {
                throw new GradesRequestRefused("devoir " + assessmentId + " absent ou non publié pour l’élève "
                        + studentId);
            }
            return new GradesPage(period, blankToNull(subjectCode), list);
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture des notes impossible", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
