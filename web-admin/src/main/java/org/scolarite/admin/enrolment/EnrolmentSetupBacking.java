package org.scolarite.admin.enrolment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.enrolment.boundary.EnrolmentConsole;
import org.scolarite.enrolment.boundary.LyceeSetup;
import org.scolarite.enrolment.entity.ChoiceProblem;
import org.scolarite.enrolment.entity.EnrolmentRejected;
import org.scolarite.enrolment.entity.OptionKind;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Inscription en ligne — paramétrage » (R-INSC-1), for the lycée: its campaign (message, deadline), per MEF the
 * options offered and their combination rules (how many optional teachings, incompatible pairs), and « Simuler une
 * inscription en ligne », which applies the family's rules to the ticked options without writing anything. One MEF
 * at a time (the selector); every id is checked again by the service within the current establishment.
 */
@Named
@ViewScoped
public class EnrolmentSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("message", "campaign:message", "deadline",
            "campaign:deadline", "limits", "rule:maxOptional", "code", "rule:code", "label", "rule:label",
            "incompatibility", "rule:pairFirst", "mef", "add-mef:newMef");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private transient EnrolmentConsole console;

    private Long establishmentId;
    private boolean denied;
    private LyceeSetup setup;
    private String message;
    private LocalDate deadline;
    private Long mefId;
    private Long newMef;
    private Integer minOptional;
    private Integer maxOptional;
    private String code;
    private String label;
    private OptionKind kind = OptionKind.OPTIONAL;
    private String pairFirst;
    private String pairSecond;
    private List<String> simulated = new ArrayList<>();
    private List<ChoiceProblem> simulation;

    @PostConstruct
    void create() {
        followSwitcher();
    }

    /** At creation and before each rendering: the header's switcher may have changed the establishment. */
    public void followSwitcher() {
        Long selected = current.getSelectedId();
        if (selected != null && !Objects.equals(selected, establishmentId)) {
            establishmentId = selected;
            mefId = null;
            reload(true);
        }
    }

    private void reload(boolean campaignToo) {
        try {
            setup = console.setup(current.username(), establishmentId);
            denied = false;
        } catch (AccessDeniedException e) {
            setup = null;
            denied = true;
            return;
        }
        if (campaignToo) {
            message = setup.message();
            deadline = setup.deadline();
        }
        if (mefId == null || getRule() == null) {
            mefId = setup.rules().isEmpty() ? null : setup.rules().get(0).mefId();
        }
        LyceeSetup.MefRule rule = getRule();
        if (rule != null) {
            minOptional = rule.minOptional();
            maxOptional = rule.maxOptional();
        }
    }

    public void saveCampaign() {
        if (act(() -> console.saveCampaign(current.username(), establishmentId, message, deadline))) {
            reload(true);
            info("setup.campaign.saved");
        }
    }

    public void addMef() {
        Long chosen = newMef;
        if (chosen != null && act(() -> console.addMef(current.username(), establishmentId, chosen))) {
            mefId = chosen;
            newMef = null;
            reload(false);
        }
    }

    /** The MEF selector changed: its limits into the form, the simulation forgotten. */
    public void selectMef() {
        simulation = null;
        simulated = new ArrayList<>();
        reload(false);
    }

    public void saveLimits() {
        int min = minOptional == null ? 0 : minOptional;
        int max = maxOptional == null ? 0 : maxOptional;
        if (act(() -> console.limit(current.username(), establishmentId, mefId, min, max))) {
            reload(false);
            info("setup.limits.saved");
        }
    }

    public void addOption() {
        if (act(() -> console.offer(current.username(), establishmentId, mefId, code, label, kind))) {
            code = null;
            label = null;
            reload(false);
        }
    }

    public void removeOption(String removed) {
        if (act(() -> console.withdraw(current.username(), establishmentId, mefId, removed))) {
            reload(false);
        }
    }

    public void addPair() {
        if (act(() -> console.forbid(current.username(), establishmentId, mefId, pairFirst, pairSecond))) {
            pairFirst = null;
            pairSecond = null;
            reload(false);
        }
    }

    public void removePair(String first, String second) {
        if (act(() -> console.allow(current.username(), establishmentId, mefId, first, second))) {
            reload(false);
        }
    }

    /** « Simuler une inscription en ligne »: the family's rules on the ticked options; nothing is written. */
    public void simulate() {
        List<ChoiceProblem> result = new ArrayList<>();
        if (act(() -> result.addAll(console.simulate(current.username(), establishmentId, mefId,
                new LinkedHashSet<>(simulated))))) {
            simulation = result;
        }
    }

    private boolean act(Runnable change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            return true;
        } catch (EnrolmentRejected rejected) {
            String target = rejected.field() == null ? null : FIELDS.get(rejected.field());
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
            faces.validationFailed();
        } catch (AccessDeniedException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("setup.denied"), null));
        }
        return false;
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text(key)));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.scolarite.admin.enrolment.messages", faces.getViewRoot().getLocale())
                .getString(key);
    }

    public LyceeSetup.MefRule getRule() {
        if (setup == null || mefId == null) {
            return null;
        }
        return setup.rules().stream().filter(r -> r.mefId() == mefId).findFirst().orElse(null);
    }

    public OptionKind[] getKinds() {
        return OptionKind.values();
    }

    public boolean isDenied() { return denied; }
    public LyceeSetup getSetup() { return setup; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Long getMefId() { return mefId; }
    public void setMefId(Long mefId) { this.mefId = mefId; }
    public Long getNewMef() { return newMef; }
    public void setNewMef(Long newMef) { this.newMef = newMef; }
    public Integer getMinOptional() { return minOptional; }
    public void setMinOptional(Integer minOptional) { this.minOptional = minOptional; }
    public Integer getMaxOptional() { return maxOptional; }
    public void setMaxOptional(Integer maxOptional) { this.maxOptional = maxOptional; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public OptionKind getKind() { return kind; }
    public void setKind(OptionKind kind) { this.kind = kind; }
    public String getPairFirst() { return pairFirst; }
    public void setPairFirst(String pairFirst) { this.pairFirst = pairFirst; }
    public String getPairSecond() { return pairSecond; }
    public void setPairSecond(String pairSecond) { this.pairSecond = pairSecond; }
    public List<String> getSimulated() { return simulated; }
    public void setSimulated(List<String> simulated) { this.simulated = simulated; }
    public List<ChoiceProblem> getSimulation() { return simulation; }
}
