package org.scolarite.grades.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.grades.entity.PublicationMode;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.SchoolYear;

/**
 * « Configuration Notes » (R-NOTES-1, R-NOTES-2): publication mode and deadline dates per (MEF, division). Each
 * change is one saved revision of the setting, checked against the revision the screen showed.
 */
@Stateless
public class GradesConfiguration {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private Clock clock;

    public GradesConfigurationView view(String actor, long establishmentId) {
        SettingView<GradesPublication> setting = settings.view(actor, establishmentId, Setting.GRADES_PUBLICATION);
        SchoolYear year = schoolYear(establishmentId);
        return new GradesConfigurationView(setting, couples(establishmentId), year.getRentreeDate(),
                year.getEndDate());
    }

    /** Switching to « au fil de l'eau » deletes the dates: the screen has asked for confirmation first. */
    public GradesConfigurationView switchMode(String actor, long establishmentId, PublicationMode mode,
                                              int basedOnRevision) {
        return change(actor, establishmentId, basedOnRevision, p -> p.switchTo(mode));
    }

    public GradesConfigurationView addDate(String actor, long establishmentId, LocalDate date,
                                           Collection<ClassCouple> couples, int basedOnRevision) {
        SchoolYear year = schoolYear(establishmentId);
        requireOwn(establishmentId, couples);
        return change(actor, establishmentId, basedOnRevision,
                p -> p.withDate(date, couples, year.getRentreeDate(), year.getEndDate()));
    }

    public GradesConfigurationView removeDate(String actor, long establishmentId, LocalDate date,
                                              Collection<ClassCouple> couples, int basedOnRevision) {
        requireOwn(establishmentId, couples);
        return change(actor, establishmentId, basedOnRevision, p -> p.withoutDate(date, couples));
    }

    private GradesConfigurationView change(String actor, long establishmentId, int basedOnRevision,
                                           UnaryOperator<GradesPublication> change) {
        GradesPublication current = settings.view(actor, establishmentId, Setting.GRADES_PUBLICATION).value();
        settings.save(actor, establishmentId, Setting.GRADES_PUBLICATION, change.apply(current), basedOnRevision);
        return view(actor, establishmentId);
    }

    /** A forged request cannot put dates on another school's divisions. */
    private void requireOwn(long establishmentId, Collection<ClassCouple> couples) {
        Set<ClassCouple> own = Set.copyOf(couples(establishmentId).stream().map(ClassCoupleRow::couple).toList());
        if (!own.containsAll(couples)) {
            throw new SettingRejected("couples", "Ce couple (MEF, division) n’existe pas dans l’établissement.");
        }
    }

    private List<ClassCoupleRow> couples(long establishmentId) {
        return em.createQuery("SELECT DISTINCT s.mef.id, s.mef.editionLabel, s.mef.label, s.division.id, "
                        + "s.division.code FROM Student s WHERE s.establishment.id = :e AND s.mef IS NOT NULL "
                        + "AND s.division IS NOT NULL ORDER BY s.division.code", Object[].class)
                .setParameter("e", establishmentId).getResultList().stream()
                .map(r -> new ClassCoupleRow(new ClassCouple((Long) r[0], (Long) r[3]),
                        r[1] != null ? (String) r[1] : (String) r[2], (String) r[4]))
                .toList();
    }

    /** The school year under way, or the coming one during the summer. */
    private SchoolYear schoolYear(long establishmentId) {
        Establishment establishment = em.find(Establishment.class, establishmentId);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT y FROM SchoolYear y WHERE y.academy = :a AND y.endDate >= :today "
                        + "ORDER BY y.rentreeDate", SchoolYear.class)
                .setParameter("a", establishment.getAcademy()).setParameter("today", today)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new SettingRejected(null,
                        "Aucune année scolaire en cours n’est définie pour l’académie."));
    }
}
