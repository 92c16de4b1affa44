package org.scolarite.portal.grant;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.grant.boundary.FamilyGrants;
import org.scolarite.grant.boundary.GrantApplicationView;
import org.scolarite.grant.boundary.GrantFollowUp;
import org.scolarite.grant.entity.GrantForm;
import org.scolarite.grant.entity.GrantRejected;
import org.scolarite.grant.entity.Household;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.portal.navigation.RefusalPage;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Bourse de collège » / « Bourse de lycée » (R-BOURSE-1/2): the child's application of the school year — the form
 * while it is a draft (« Enregistrer le brouillon », « Déposer la demande »), its status once submitted — the earlier
 * years' applications, and the « Nous contacter » tab when the school set the service's contact e-mail. Everything is
 * decided by {@link FamilyGrants} against the family view the access filter checked for this request: the posted
 * « enfant » is the child the form was shown for, an application asked by « ?demande= » must be his.
 * Typed values stay in the form on error, each French message next to its field.
 */
@Named("grant")
@ViewScoped
public class GrantBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GrantBacking.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private CurrentFamily family;

    @Inject
    private transient FamilyGrants grants;

    @Inject
    private transient PortalVisits visits;

    private NationalService service;
    private Long studentId;
    private GrantFollowUp followUp;
    /** The application asked by « ?demande= » (an earlier year's), else null: this year's. */
    private GrantApplicationView shown;
    private boolean contactTab;
    /** Set by the last action, shown above the form: « saved » or « submitted ». */
    private String done;

    private String household;
    private String firstGuardian;
    private String secondGuardian;
    private String referenceIncome;
    private String childrenInCharge;
    private boolean certified;

    /** The page's view action (« COLLEGE_GRANT » or « LYCEE_GRANT »): before anything is written, so a refusal is a 403. */
    public void load(String serviceName) throws IOException {
        FamilyView view = family.getView();
        if (view == null || !view.hasChild() || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        service = NationalService.valueOf(serviceName);
        studentId = view.child().studentId();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        contactTab = "contact".equals(params.get("onglet"));
        String asked = params.get("demande");
        try {
            Long askedId = asked == null || asked.isBlank() ? null : Long.valueOf(asked.strip());
            followUp = grants.followUp(view, service, askedId);
            shown = askedId == null ? followUp.current() : followUp.earlier().stream()
                    .filter(g -> g.id() == askedId).findFirst().orElse(followUp.current());
        } catch (AccessDeniedException | NumberFormatException refused) {
            if (refused instanceof NumberFormatException) {
                String typed = asked.replaceAll("[^\\p{L}\\p{N}_-]", "?");
                LOG.warning(() -> "Bourse refusée : compte " + view.username() + " a demandé demande=" + typed);
            }
            RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    "default");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (followUp.current() != null) {
            show(GrantForm.of(followUp.current().answers()));
        }
        visits.viewed(ServiceKey.of(service));
    }

    /** « Enregistrer le brouillon »: kept as far as it goes, to be resumed later. */
    public void saveDraft() {
        act(false);
    }

    /** « Déposer la demande ». */
    public void submit() {
        act(true);
    }

    private void act(boolean submission) {
        FamilyView view = family.getView();
        if (view == null || !view.hasChild() || studentId == null || view.child().studentId() != studentId) {
            // the filter checked the posted « enfant »; a view of another child here is a tampered form
            throw new AccessDeniedException("Formulaire de bourse d’un autre enfant");
        }
        GrantForm form = new GrantForm(household, firstGuardian, secondGuardian, referenceIncome, childrenInCharge,
                certified);
        try {
            GrantApplicationView saved = submission ? grants.submit(view, service, form)
                    : grants.saveDraft(view, service, form);
            followUp = grants.followUp(view, service, null);
            shown = saved;
            show(GrantForm.of(saved.answers()));
            done = submission ? "submitted" : "saved";
        } catch (GrantRejected rejected) {
            done = null;
            FacesContext faces = FacesContext.getCurrentInstance();
            rejected.errors().forEach((field, message) -> faces.addMessage(
                    field.isEmpty() ? null : "grant-form:" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
            if (!rejected.errors().containsKey(GrantRejected.FORM)) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "La demande n’a pas été enregistrée : corrigez les champs signalés.", null));
            }
        }
    }

    private void show(GrantForm form) {
        household = form.household();
        firstGuardian = form.firstGuardian();
        secondGuardian = form.secondGuardian();
        referenceIncome = form.referenceIncome();
        childrenInCharge = form.childrenInCharge();
        certified = form.certified();
    }

    public boolean isLoaded() {
        return followUp != null;
    }

    public GrantFollowUp getFollowUp() {
        return followUp;
    }

    /** The application shown: this year's, or the earlier one asked. */
    public GrantApplicationView getShown() {
        return shown;
    }

    /** The form while this year's application is a draft (or not started) and no earlier one is asked. */
    public boolean isFormShown() {
        return followUp != null && followUp.isEditable() && (shown == null || shown.isEditable());
    }

    public boolean isContactTab() {
        return contactTab && followUp != null && followUp.isContactOffered();
    }

    public String getDone() {
        return done;
    }

    public List<Household> getHouseholds() {
        return List.of(Household.values());
    }

    public String day(LocalDateTime at) {
        return at == null ? "" : DAY.format(at);
    }

    /** « 18 450,50 € ». */
    public String euros(java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.FRANCE);
        return format.format(amount);
    }

    /** The child the form was shown for: posted back as « enfant », checked by the access filter. */
    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long ignored) {
        // Kept from the first render: the posted value is only checked (FamilyAccessFilter), never trusted here.
    }

    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
    public String getFirstGuardian() { return firstGuardian; }
    public void setFirstGuardian(String firstGuardian) { this.firstGuardian = firstGuardian; }
    public String getSecondGuardian() { return secondGuardian; }
    public void setSecondGuardian(String secondGuardian) { this.secondGuardian = secondGuardian; }
    public String getReferenceIncome() { return referenceIncome; }
    public void setReferenceIncome(String referenceIncome) { this.referenceIncome = referenceIncome; }
    public String getChildrenInCharge() { return childrenInCharge; }
    public void setChildrenInCharge(String childrenInCharge) { this.childrenInCharge = childrenInCharge; }
    public boolean isCertified() { return certified; }
    public void setCertified(boolean certified) { this.certified = certified; }
}
