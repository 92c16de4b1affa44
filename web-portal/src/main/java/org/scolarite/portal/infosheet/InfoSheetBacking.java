package org.scolarite.portal.infosheet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.infosheet.boundary.InformationSheets;
import org.scolarite.infosheet.boundary.SheetRequestRefused;
import org.scolarite.infosheet.boundary.SheetView;
import org.scolarite.infosheet.entity.FieldFormat;
import org.scolarite.infosheet.entity.SheetField;
import org.scolarite.infosheet.entity.SheetReview;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.people.entity.Regime;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.portal.navigation.RefusalPage;

/**
 * « Fiche de renseignements » (R-FICHE-1): tabs « Élève » (« onglet=eleve », the pupil's data, shared by his guardians)
 * and « Responsable » (the guardian's own). The form posts the fields of its tab as « champ_FIELD », the pupil as
 * « enfant » (checked by the access filter) and the guardian as « responsable »; the service checks all of them and
 * refuses a forged one (403, logged). On an error the typed values come back with the messages next to the fields;
 * once recorded the page redirects (a reload or the back button re-posts nothing).
 */
@Named("sheet")
@RequestScoped
public class InfoSheetBacking {

    private static final Logger LOG = Logger.getLogger(InfoSheetBacking.class.getName());
    static final String FIELD_PREFIX = "champ_";
    private static final String PUPIL_TAB = "eleve";
    private static final String GUARDIAN_TAB = "responsable";

    @Inject
    private CurrentFamily family;

    @Inject
    private PortalVisits visits;

    @Inject
    private InformationSheets sheets;

    private SheetView view;
    private Map<String, String> typed = Map.of();
    private Map<SheetField, String> errors = Map.of();
    private boolean blocked;

    /** The page's view action (GET): loads the sheet before anything is written, so that a refusal answers 403. */
    public void load() throws IOException {
        FamilyView family = this.family.getView();
        if (family == null || !family.hasChild()) {
            return;
        }
        visits.viewed(ServiceKey.of(NationalService.INFO_SHEET));
        try {
            view = sheets.sheet(family.accountId(), family.child().studentId());
        } catch (SheetRequestRefused refused) {
            refuse(family, refused);
        }
    }

    /** « Enregistrer »: records the tab's changes as requests pending at the school. */
    public String save() throws IOException {
        FamilyView family = this.family.getView();
        if (family == null || !family.hasChild()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX)) {
                fields.put(name.substring(FIELD_PREFIX.length()), value);
            }
        });
        typed = fields;
        try {
            SheetReview.Outcome outcome = sheets.submit(family.accountId(), family.child().studentId(),
                    number(param("fiche:enfant")), number(param("fiche:responsable")), fields);
            view = sheets.sheet(family.accountId(), family.child().studentId());
            if (!outcome.errors().isEmpty() || outcome.blocked()) {
                errors = outcome.errors();
                blocked = outcome.blocked();
                return null;
            }
            return "/fiche-renseignements?faces-redirect=true&onglet=" + getTab() + "&envoi="
                    + (outcome.changes().isEmpty() && outcome.withdrawn().isEmpty() ? "aucun" : "ok");
        } catch (SheetRequestRefused | NumberFormatException refused) {
            // A double click needs nothing here: the service serializes a pupil's submissions, and the second one
            // finds its values already pending (« envoi=aucun »).
            refuse(family, refused);
            return null;
        }
    }

    private void refuse(FamilyView family, RuntimeException refused) throws IOException {
        String asked = String.valueOf(refused.getMessage()).replaceAll("[^\\p{L}\\p{N}=,:()_. «»’-]", "?");
        LOG.warning(() -> "Accès refusé à la fiche de renseignements : compte " + family.username() + " a demandé "
                + asked);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                "default");
        FacesContext.getCurrentInstance().responseComplete();
        view = null;
    }

    private static long number(String value) {
        if (value == null) {
            throw new NumberFormatException("identifiant absent");
        }
        return Long.parseLong(value.strip());
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /**
     * True once the sheet is read: by the view action on a GET; on a postback (the view action does not run) when the
     * form is decoded, so that its button is found — the same checks, a forged child never reaches here (filter).
     */
    public boolean isLoaded() {
        if (view == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            FamilyView family = this.family.getView();
            if (family != null && family.hasChild()) {
                try {
                    view = sheets.sheet(family.accountId(), family.child().studentId());
                } catch (SheetRequestRefused refused) {
                    return false;
                }
            }
        }
        return view != null;
    }

    public SheetView getView() {
        return isLoaded() ? view : null;
    }

    /** « onglet »: of the link, or posted back with the form. */
    public boolean isGuardianTab() {
        return GUARDIAN_TAB.equals(param("onglet"));
    }

    public String getTab() {
        return isGuardianTab() ? GUARDIAN_TAB : PUPIL_TAB;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public boolean isInvalid() {
        return !errors.isEmpty();
    }

    /** « envoi=ok » after a redirect: the changes went to the school. */
    public boolean isSent() {
        return "ok".equals(param("envoi"));
    }

    public boolean isNothingChanged() {
        return "aucun".equals(param("envoi"));
    }

    public List<SheetInput> getPupilInputs() {
        return inputs(true);
    }

    public List<SheetInput> getGuardianInputs() {
        return inputs(false);
    }

    /** The regime's label (« Demi-pensionnaire »…), or the code as SIECLE gave it when it is not a known one. */
    public String getRegime() {
        String code = view.regimeCode();
        if (code == null || code.isBlank()) {
            return text("sheet.none");
        }
        try {
            return text("regime." + Regime.fromSiecleCode(code).name());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    public String getRelationship() {
        String code = view.relationship();
        ResourceBundle bundle = bundle();
        return code != null && bundle.containsKey("relationship." + code) ? bundle.getString("relationship." + code)
                : text("relationship.other");
    }

    private List<SheetInput> inputs(boolean pupil) {
        return Arrays.stream(SheetField.values()).filter(f -> f.isPupil() == pupil).map(this::input).toList();
    }

    private SheetInput input(SheetField field) {
        String value = typed.containsKey(field.name()) ? typed.get(field.name()) : shown(field);
        String error = errors.containsKey(field) ? text(errors.get(field)) : null;
        FieldFormat format = field.format();
        List<String> codes = switch (format) {
            case CIVILITY -> FieldFormat.CIVILITIES;
            case PROFESSION -> FieldFormat.PROFESSIONS;
            case SITUATION -> FieldFormat.SITUATIONS;
            case YES_NO -> List.of("true", "false");
            default -> List.of();
        };
        String type = !codes.isEmpty() ? "select" : switch (format) {
            case PHONE -> "tel";
            case EMAIL -> "email";
            default -> "text";
        };
        List<SheetInput.Option> options = codes.stream().map(code -> new SheetInput.Option(code,
                text("option." + format.name() + "." + code), code.equals(value))).toList();
        return new SheetInput(field.name(), text("field." + field.name()), type, autocomplete(field),
                value == null ? "" : value, error, view.pending(field), options);
    }

    /** The value shown: phones grouped by two digits, as the French write them. */
    private String shown(SheetField field) {
        String value = view.shown(field);
        if (value != null && field.format() == FieldFormat.PHONE && value.matches("0\\d{9}")) {
            return value.replaceAll("(\\d{2})(?=\\d)", "$1 ");
        }
        return value;
    }

    private static String autocomplete(SheetField field) {
        return switch (field) {
            case GUARDIAN_LAST_NAME -> "family-name";
            case GUARDIAN_FIRST_NAME -> "given-name";
            case GUARDIAN_ADDRESS_LINE1 -> "address-line1";
            case GUARDIAN_ADDRESS_LINE2 -> "address-line2";
            case GUARDIAN_POSTAL_CODE -> "postal-code";
            case GUARDIAN_CITY -> "address-level2";
            case GUARDIAN_EMAIL -> "email";
            case GUARDIAN_MOBILE_PHONE -> "tel";
            default -> "off";
        };
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "sheetMsg");
    }

    private static String text(String key) {
        return bundle().getString(key);
    }
}
