package org.scolarite.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.EntChoice;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;

/**
 * The académie side of the catalogue (R-SVC-2), for ACADEMY administrators only: its own services (label, URL,
 * audience, mandatory, experimental with the list of pilot schools), the national services it makes mandatory
 * and its list of ENTs (R-SET-3). Every change is audited.
 */
@Stateless
public class AcademyCatalogue {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    public List<AcademicService> academicServices(String actor) {
        long academyId = staff.requireAcademyAdministrator(actor);
        return em.createQuery("SELECT s FROM AcademicService s WHERE s.academy.id = :a AND s.withdrawn = FALSE "
                + "ORDER BY s.label", AcademicService.class).setParameter("a", academyId).getResultList();
    }

    public AcademicService create(String actor, AcademicServiceForm form) {
        Academy academy = em.find(Academy.class, staff.requireAcademyAdministrator(actor));
        AcademicService service = new AcademicService(academy, form.label(), form.url(), form.audience());
        service.setRules(form.mandatory(), form.experimental(), pilots(academy.getId(), form.pilotEstablishmentIds()));
        em.persist(service);
        audit.record(actor, null, "SERVICE_ACADEMIQUE_CREE", service.getLabel(), service.getUrl());
        return service;
    }

    public AcademicService update(String actor, long serviceId, AcademicServiceForm form) {
        AcademicService service = own(actor, serviceId);
        if (service.getVersion() != form.version()) {
            throw new ConcurrentSettingChange(null);
        }
        String before = summary(service);
        service.describe(form.label(), form.url(), form.audience());
        service.setRules(form.mandatory(), form.experimental(),
                pilots(service.getAcademy().getId(), form.pilotEstablishmentIds()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentSettingChange(null);
        }
        audit.record(actor, null, "SERVICE_ACADEMIQUE_MODIFIE", service.getLabel(), before + " → " + summary(service));
        return service;
    }

    /** Withdrawn services leave every school's catalogue; their history stays. */
    public void withdraw(String actor, long serviceId) {
        AcademicService service = own(actor, serviceId);
        service.withdraw();
        audit.record(actor, null, "SERVICE_ACADEMIQUE_RETIRE", service.getLabel(), null);
    }

    @SuppressWarnings("unchecked")
    public Set<NationalService> mandatoryNationalServices(String actor) {
        long academyId = staff.requireAcademyAdministrator(actor);
        Set<NationalService> mandatory = EnumSet.noneOf(NationalService.class);
        ((List<String>) em.createNativeQuery("SELECT service_code FROM academy_mandatory_service WHERE academy_id = ?")
                .setParameter(1, academyId).getResultList()).forEach(c -> mandatory.add(NationalService.valueOf(c)));
        return mandatory;
    }

    /** The national services the académie makes mandatory, replacing the previous list. */
    public void setMandatoryNationalServices(String actor, Set<NationalService> services) {
        long academyId = staff.requireAcademyAdministrator(actor);
        Set<NationalService> before = mandatoryNationalServices(actor);
        em.createNativeQuery("DELETE FROM academy_mandatory_service WHERE academy_id = ?")
                .setParameter(1, academyId).executeUpdate();
        for (NationalService service : services) {
            em.createNativeQuery("INSERT INTO academy_mandatory_service (academy_id, service_code) VALUES (?, ?)")
                    .setParameter(1, academyId).setParameter(2, service.name()).executeUpdate();
        }
        audit.record(actor, null, "SERVICES_OBLIGATOIRES", null, before + " → " + services);
    }

    public List<EntChoice> entChoices(long academyId) {
        return em.createQuery("SELECT c FROM EntChoice c WHERE c.academy.id = :a ORDER BY c.label", EntChoice.class)
                .setParameter("a", academyId).getResultList();
    }

    public List<EntChoice> entChoices(String actor) {
        return entChoices(staff.requireAcademyAdministrator(actor));
    }

    /** The ENTs a school may pick for its ENT link (R-SET-3): its académie's list, for any console role of the school. */
    public List<EntChoice> entChoicesOf(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.values());
        return entChoices(em.find(Establishment.class, establishmentId).getAcademy().getId());
    }

    public EntChoice addEntChoice(String actor, String label, String url) {
        Academy academy = em.find(Academy.class, staff.requireAcademyAdministrator(actor));
        EntChoice choice = new EntChoice(academy, label, url);
        em.persist(choice);
        audit.record(actor, null, "ENT_AJOUTE", choice.getLabel(), choice.getUrl());
        return choice;
    }

    public void removeEntChoice(String actor, long choiceId) {
        long academyId = staff.requireAcademyAdministrator(actor);
        EntChoice choice = em.find(EntChoice.class, choiceId);
        if (choice == null || choice.getAcademy().getId() != academyId) {
            throw new AccessDeniedException("ENT d’une autre académie");
        }
        em.remove(choice);
        audit.record(actor, null, "ENT_RETIRE", choice.getLabel(), choice.getUrl());
    }

    private AcademicService own(String actor, long serviceId) {
        long academyId = staff.requireAcademyAdministrator(actor);
        AcademicService service = em.find(AcademicService.class, serviceId);
        if (service == null || service.getAcademy().getId() != academyId) {
            throw new AccessDeniedException("Service d’une autre académie");
        }
        return service;
    }

    /** Pilot schools must belong to the académie. */
    private Set<Long> pilots(long academyId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        Long inAcademy = em.createQuery("SELECT COUNT(e) FROM Establishment e WHERE e.academy.id = :a AND e.id IN :ids",
                Long.class).setParameter("a", academyId).setParameter("ids", ids).getSingleResult();
        if (inAcademy != ids.size()) {
            throw new SettingRejected("pilots", "Un établissement retenu n’appartient pas à l’académie.");
        }
        return ids;
    }

    private static String summary(AcademicService s) {
        return s.getLabel() + " (" + s.getUrl() + ", " + s.getAudience() + (s.isMandatory() ? ", obligatoire" : "")
                + (s.isExperimental() ? ", expérimental\u00a0: " + s.getPilotEstablishmentIds() : "") + ")";
    }
}
