package org.scolarite.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.CatalogueEntry;
import org.scolarite.catalog.entity.EstablishmentProfile;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceCatalogue;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.catalog.entity.ServiceOpening;
import org.scolarite.catalog.entity.ServiceSwitchRefused;
import org.scolarite.settings.control.SettingCodec;
import org.scolarite.settings.control.SettingStore;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRevision;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Establishment;

/**
 * « Gestion des téléservices »: activation (R-SVC-1), the establishment's catalogue and the opening or closing of
 * each service (R-SVC-2 … R-SVC-5). Openings are settings: versioned, effective the next day, audited.
 */
@Stateless
public class OnlineServices {

    private static final String OPENING_PREFIX = "service.";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private SettingStore store;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public ActivationStatus activation(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.values());
        return status(em.find(Establishment.class, establishmentId));
    }

    /** R-SVC-1: the head activates the téléservices once; account functions are refused until then. */
    public ActivationStatus activate(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD);
        Establishment establishment = em.find(Establishment.class, establishmentId);
        if (!establishment.isTeleservicesActivated()) {
            establishment.activateTeleservices(LocalDate.now(clock), actor);
            audit.record(actor, establishmentId, "ACTIVATION_TELESERVICES", establishment.getUai().value(), null);
        }
        return status(establishment);
    }

    /** The catalogue with each service's state, for the switch screen and the read-only list of the home page. */
    public List<ServiceLine> catalogue(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.values());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> openToday = store.effectiveByPrefix(establishmentId, OPENING_PREFIX, today);
        Map<String, SettingRevision> chosen = store.latestByPrefix(establishmentId, OPENING_PREFIX);
        return entries(em.find(Establishment.class, establishmentId)).stream().map(entry -> {
            Setting<Boolean> opening = Setting.opening(entry.key());
            Optional<SettingRevision> last = Optional.ofNullable(chosen.get(opening.key()));
            return new ServiceLine(entry,
                    entry.isOpen(SettingCodec.read(opening, openToday.get(opening.key()))),
                    entry.isOpen(SettingCodec.read(opening, last.map(SettingRevision::getValue).orElse(null))),
                    last.map(SettingRevision::getEffectiveFrom).orElse(null),
                    last.map(SettingRevision::getRevision).orElse(0));
        }).toList();
    }

    /**
     * Opens or closes one service (R-SVC-3), from tomorrow (R-SET-2). Head only (R-ROLE-1), after activation;
     * mandatory services cannot be closed, services missing a module or reserved to pilots cannot be opened.
     */
    public ServiceLine switchService(String actor, long establishmentId, ServiceKey key, boolean open,
                                     int basedOnRevision) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD);
        Establishment establishment = em.find(Establishment.class, establishmentId);
        if (!establishment.isTeleservicesActivated()) {
            throw new ServiceSwitchRefused("Activez d’abord les téléservices de l’établissement.");
        }
        CatalogueEntry entry = entries(establishment).stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new ServiceSwitchRefused("Ce service n’est pas proposé à votre établissement."));
        entry.checkSwitch(open);
        Setting<Boolean> opening = Setting.opening(key);
        boolean before = entry.isOpen(SettingCodec.read(opening,
                store.latest(establishmentId, opening).map(SettingRevision::getValue).orElse(null)));
        LocalDate today = LocalDate.now(clock);
        store.append(establishmentId, opening, basedOnRevision, SettingCodec.write(open),
                opening.effect().effectiveFrom(today), actor, LocalDateTime.now(clock));
        audit.record(actor, establishmentId, open ? "OUVERTURE_SERVICE" : "FERMETURE_SERVICE", key.value(),
                (before ? "ouvert" : "fermé") + " → " + (open ? "ouvert" : "fermé"));
        return catalogue(actor, establishmentId).stream().filter(l -> l.entry().key().equals(key)).findFirst()
                .orElseThrow();
    }

    /** The services families of this establishment have today (R-PORTAL-5 filters them by user type). */
    public List<CatalogueEntry> openToday(long establishmentId) {
        return openingsToday(establishmentId).stream().filter(ServiceOpening::isOpen).map(ServiceOpening::entry)
                .toList();
    }

    /**
     * The establishment's whole catalogue with the choices in effect today (R-SET-2), for the portal's menu policy
     * (R-PORTAL-5), which decides itself what is open; empty before the téléservices are activated (R-SVC-1).
     */
    public List<ServiceOpening> openingsToday(long establishmentId) {
        Establishment establishment = em.find(Establishment.class, establishmentId);
        if (establishment == null || !establishment.isTeleservicesActivated()) {
            return List.of();
        }
        Map<String, String> chosen = store.effectiveByPrefix(establishmentId, OPENING_PREFIX, LocalDate.now(clock));
        return entries(establishment).stream()
                .map(e -> new ServiceOpening(e, SettingCodec.read(Setting.opening(e.key()),
                        chosen.get(Setting.opening(e.key()).key()))))
                .toList();
    }

    /** Whether the school's last choice leaves a service open (settings screens that need it, R-EDT-1). */
    public boolean isChosenOpen(long establishmentId, NationalService service) {
        Establishment establishment = em.find(Establishment.class, establishmentId);
        Setting<Boolean> opening = Setting.opening(ServiceKey.of(service));
        return entries(establishment).stream().filter(e -> e.key().equals(ServiceKey.of(service)))
                .anyMatch(e -> e.isOpen(SettingCodec.read(opening,
                        store.latest(establishmentId, opening).map(SettingRevision::getValue).orElse(null))));
    }

    private List<CatalogueEntry> entries(Establishment establishment) {
        long academyId = establishment.getAcademy().getId();
        List<AcademicService> academic = em.createQuery("SELECT s FROM AcademicService s "
                        + "WHERE s.academy.id = :a AND s.withdrawn = FALSE ORDER BY s.label", AcademicService.class)
                .setParameter("a", academyId).getResultList();
        return ServiceCatalogue.of(profile(establishment), establishment.getId(), mandatoryIn(academyId), academic);
    }

    @SuppressWarnings("unchecked")
    private Set<NationalService> mandatoryIn(long academyId) {
        List<String> codes = em.createNativeQuery(
                        "SELECT service_code FROM academy_mandatory_service WHERE academy_id = ?")
                .setParameter(1, academyId).getResultList();
        Set<NationalService> mandatory = EnumSet.noneOf(NationalService.class);
        codes.forEach(code -> mandatory.add(NationalService.valueOf(code)));
        return mandatory;
    }

    private static EstablishmentProfile profile(Establishment e) {
        return new EstablishmentProfile(e.getKind(), e.usesGradesModule(), e.usesSchoolLifeModule(),
                e.isInTimetablePerimeter(), e.isInLyceeGrantPerimeter());
    }

    private static ActivationStatus status(Establishment e) {
        return new ActivationStatus(e.isTeleservicesActivated(), e.getTeleservicesActivatedOn(),
                e.getTeleservicesActivatedBy());
    }
}
