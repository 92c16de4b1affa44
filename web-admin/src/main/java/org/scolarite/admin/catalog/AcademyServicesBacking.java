package org.scolarite.admin.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.catalog.boundary.AcademicServiceForm;
import org.scolarite.catalog.boundary.AcademyCatalogue;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.Audience;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * « Services académiques » (R-SVC-2), for the académie's administrators: its own services (created and edited in
 * a dialog, withdrawn after confirmation) and the national services it makes mandatory. The pilot schools of an
 * experimental service are chosen among the académie's establishments, which are the ACADEMY user's choices.
 */
@Named("academyServices")
@ViewScoped
public class AcademyServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "serviceForm";

    /** The form component that shows the domain's refusal of each field ({@code SettingRejected.field()}). */
    private static final Map<String, String> COMPONENTS = Map.of("label", "label", "url", "url",
            "experimental", "experimental", "pilots", "pilots");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AcademyCatalogue catalogue;

    private boolean denied;
    private List<AcademicServiceRow> services = List.of();
    private List<String> mandatoryNational = new ArrayList<>();

    private Long editingId;
    private String label;
    private String url;
    private Audience audience = Audience.BOTH;
    private boolean mandatory;
    private boolean experimental;
    private List<Long> pilots = new ArrayList<>();
    private long version;

    @PostConstruct
    void load() {
        try {
            reload();
            mandatoryNational = catalogue.mandatoryNationalServices(current.username()).stream()
                    .map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        } catch (AccessDeniedException e) {
            denied = true;
        }
    }

    public void startCreate() {
        editingId = null;
        label = null;
        url = null;
        audience = Audience.BOTH;
        mandatory = false;
        experimental = false;
        pilots = new ArrayList<>();
        version = 0;
    }

    public void startEdit(AcademicServiceRow row) {
        editingId = row.id();
        label = row.label();
        url = row.url();
        audience = row.audience();
        mandatory = row.mandatory();
        experimental = row.experimental();
        pilots = new ArrayList<>(row.pilotIds());
        version = row.version();
    }

    /** Creates or updates; a refusal is shown next to its field and keeps the dialog open with what was typed. */
    public void save() {
        AcademicServiceForm form = new AcademicServiceForm(label, url, audience, mandatory, experimental,
                experimental && pilots != null ? new HashSet<>(pilots) : Set.of(), version);
        try {
            AcademicService saved = editingId == null ? catalogue.create(current.username(), form)
                    : catalogue.update(current.username(), editingId, form);
            Feedback.info(Feedback.text(editingId == null ? "academy.services.created" : "academy.services.updated",
                    saved.getLabel()));
            reload();
        } catch (SettingRejected e) {
            Feedback.fieldError(FORM, COMPONENTS, e.field(), e.getMessage());
            Feedback.alsoCheckAddress(FORM, e, url);
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            Feedback.fieldError(FORM, COMPONENTS, null, e.getMessage());
        }
    }

    public void withdraw(AcademicServiceRow row) {
        try {
            catalogue.withdraw(current.username(), row.id());
            Feedback.info(Feedback.text("academy.services.withdrawn", row.label()));
        } catch (AccessDeniedException e) {
            Feedback.error(e.getMessage());
        }
        reload();
    }

    public void saveMandatory() {
        Set<NationalService> chosen = EnumSet.noneOf(NationalService.class);
        mandatoryNational.forEach(code -> chosen.add(NationalService.valueOf(code)));
        try {
            catalogue.setMandatoryNationalServices(current.username(), chosen);
            Feedback.info(Feedback.text("academy.mandatory.saved"));
        } catch (AccessDeniedException e) {
            Feedback.error(e.getMessage());
        }
    }

    /** The national services the académie may make mandatory: those not already mandatory nationally. */
    public List<String> getNationalChoices() {
        return Arrays.stream(NationalService.values()).filter(s -> !s.isMandatoryNationally()).map(Enum::name)
                .toList();
    }

    /** « Livret scolaire du lycée, Fiche de renseignements ». */
    public String getMandatoryNationallyText() {
        return Feedback.text("academy.mandatory.national", Arrays.stream(NationalService.values())
                .filter(NationalService::isMandatoryNationally).map(s -> Feedback.text("service." + s.name()))
                .collect(Collectors.joining(", ")));
    }

    public List<EstablishmentChoice> getEstablishments() {
        return current.getChoices();
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    private void reload() {
        Map<Long, String> names = current.getChoices().stream()
                .collect(Collectors.toMap(EstablishmentChoice::id, EstablishmentChoice::name, (a, b) -> a));
        services = catalogue.academicServices(current.username()).stream()
                .map(s -> AcademicServiceRow.of(s, s.getPilotEstablishmentIds().stream().map(names::get)
                        .filter(Objects::nonNull).sorted().toList()))
                .toList();
    }

    public boolean isDenied() { return denied; }
    public List<AcademicServiceRow> getServices() { return services; }
    public boolean isEditing() { return editingId != null; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience == null ? Audience.BOTH : audience; }
    public boolean isMandatory() { return mandatory; }
    public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
    public boolean isExperimental() { return experimental; }
    public void setExperimental(boolean experimental) { this.experimental = experimental; }
    public List<Long> getPilots() { return pilots; }
    public void setPilots(List<Long> pilots) { this.pilots = pilots == null ? new ArrayList<>() : pilots; }
    public List<String> getMandatoryNational() { return mandatoryNational; }
    public void setMandatoryNational(List<String> codes) {
        this.mandatoryNational = codes == null ? new ArrayList<>() : codes;
    }
}
