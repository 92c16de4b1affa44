package org.scolarite.admin.servicesettings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.grades.boundary.GradesConfiguration;
import org.scolarite.grades.boundary.GradesConfigurationView;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.grades.entity.GradesPublicationRejected;
import org.scolarite.grades.entity.PublicationMode;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Configuration Notes » (R-NOTES-1, R-NOTES-2): the publication mode and, « à échéance », the deadline dates of
 * the selected (MEF, division) couples. Each change is saved at once on top of the revision shown.
 */
@Named
@ViewScoped
public class GradesBacking extends SettingsPage {

    private static final long serialVersionUID = 1L;

    static final String MODE = "grades:mode";
    static final String COUPLES = "grades:couples";
    static final String NEW_DATE = "grades:newDate";
    static final String REMOVED_DATE = "grades:removedDate";

    @Inject
    GradesConfiguration configuration;

    private boolean serviceOpen;
    private boolean editable;
    private PublicationMode mode = PublicationMode.CONTINUOUS;
    private PublicationMode chosenMode = PublicationMode.CONTINUOUS;
    private boolean datesWouldBeLost;
    private int revision;
    private LocalDate yearStart;
    private LocalDate yearEnd;
    private List<CoupleLine> couples = List.of();
    private List<CoupleLine> selected = new ArrayList<>();
    private LocalDate newDate;
    private String removedDate;
    private ChangeNote note;

    @PostConstruct
    void create() {
        followSwitcher();
    }

    @Override
    void load() {
        serviceOpen = services.isChosenOpen(establishmentId(), NationalService.GRADES);
        selected = new ArrayList<>();
        newDate = null;
        removedDate = null;
        if (isActivated()) {
            show(configuration.view(actor(), establishmentId()), false);
        }
    }

    /** The radio changed: « à échéance » at once; « au fil de l'eau » after confirmation when dates exist. */
    public void modeChanged() {
        if (chosenMode == null || chosenMode == mode) {
            return;
        }
        if (chosenMode == PublicationMode.CONTINUOUS && datesWouldBeLost) {
            PrimeFaces.current().executeScript("PF('switchDialog').show()");
            return;
        }
        switchMode();
    }

    /** « Confirmer » of the dialog, or a switch that needs none. */
    public void switchMode() {
        change(() -> configuration.switchMode(actor(), establishmentId(), chosenMode, revision), MODE);
        chosenMode = mode;
    }

    /** « Annuler » of the dialog: the radio shows the saved mode again. */
    public void cancelSwitch() {
        chosenMode = mode;
    }

    /** « + »: the typed date for each selected couple. */
    public void addDate() {
        if (change(() -> configuration.addDate(actor(), establishmentId(), newDate, selectedCouples(), revision),
                selected.isEmpty() ? COUPLES : NEW_DATE)) {
            newDate = null;
        }
    }

    /** « − »: the chosen date off each selected couple that has it. */
    public void removeDate() {
        LocalDate date = removedDate == null || removedDate.isBlank() ? null : LocalDate.parse(removedDate);
        if (change(() -> configuration.removeDate(actor(), establishmentId(), date, selectedCouples(), revision),
                selected.isEmpty() ? COUPLES : REMOVED_DATE)) {
            removedDate = null;
        }
    }

    /** Selection changed: the dates offered for removal follow it. */
    public void selectionChanged() {
        if (removedDate != null && !getRemovableDates().contains(removedDate)) {
            removedDate = null;
        }
    }

    private boolean change(Supplier<GradesConfigurationView> action, String fieldOfRefusal) {
        try {
            show(action.get(), true);
            return true;
        } catch (GradesPublicationRejected refusal) {
            Feedback.error(fieldOfRefusal, refusal.getMessage());
        } catch (SettingRejected refusal) {
            Feedback.rejected(refusal, Map.of("couples", COUPLES));
        } catch (ConcurrentSettingChange | AccessDeniedException refusal) {
            Feedback.error(refusal.getMessage());
        }
        chosenMode = mode;
        return false;
    }

    private void show(GradesConfigurationView view, boolean justSaved) {
        GradesPublication publication = view.setting().value();
        mode = publication.mode();
        chosenMode = mode;
        datesWouldBeLost = publication.switchNeedsConfirmation(PublicationMode.CONTINUOUS);
        revision = view.setting().revision();
        editable = view.setting().editable();
        yearStart = view.schoolYearStart();
        yearEnd = view.schoolYearEnd();
        couples = view.couples().stream().map(row -> CoupleLine.of(row, publication)).toList();
        Set<String> keys = selected.stream().map(CoupleLine::getKey).collect(Collectors.toSet());
        selected = new ArrayList<>(couples.stream().filter(c -> keys.contains(c.getKey())).toList());
        note = justSaved ? ChangeNote.saved(view.setting()) : ChangeNote.loaded(view.setting());
        selectionChanged();
    }

    private Collection<ClassCouple> selectedCouples() {
        return selected.stream().map(CoupleLine::couple).toList();
    }

    /** The dates of the selected couples, as « yyyy-MM-dd » values, earliest first. */
    public List<String> getRemovableDates() {
        Set<LocalDate> dates = new TreeSet<>();
        selected.forEach(c -> dates.addAll(c.dates()));
        return dates.stream().map(LocalDate::toString).toList();
    }

    public String label(String isoDate) {
        return ChangeNote.DATE.format(LocalDate.parse(isoDate));
    }

    /**
     * The calendar's first day: the school year's, but only while rendering. During validation PrimeFaces would
     * refuse a typed date outside the bounds with its own generic message; without bounds then, the date reaches
     * the domain, which refuses it with the message of R-NOTES-2 naming the school year.
     */
    public LocalDate getCalendarStart() {
        return rendering() ? yearStart : null;
    }

    /** The calendar's last day; see {@link #getCalendarStart()}. */
    public LocalDate getCalendarEnd() {
        return rendering() ? yearEnd : null;
    }

    private static boolean rendering() {
        return FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    }

    public boolean isServiceOpen() {
        return serviceOpen;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isDeadlines() {
        return mode == PublicationMode.DEADLINES;
    }

    public PublicationMode getChosenMode() {
        return chosenMode;
    }

    public void setChosenMode(PublicationMode chosenMode) {
        this.chosenMode = chosenMode;
    }

    public PublicationMode[] getModes() {
        return PublicationMode.values();
    }

    public String getYearStart() {
        return yearStart == null ? "" : ChangeNote.DATE.format(yearStart);
    }

    public String getYearEnd() {
        return yearEnd == null ? "" : ChangeNote.DATE.format(yearEnd);
    }

    public List<CoupleLine> getCouples() {
        return couples;
    }

    public List<CoupleLine> getSelected() {
        return selected;
    }

    public void setSelected(List<CoupleLine> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public long getDatedCouples() {
        return couples.stream().filter(c -> !c.dates().isEmpty()).count();
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public String getRemovedDate() {
        return removedDate;
    }

    public void setRemovedDate(String removedDate) {
        this.removedDate = removedDate;
    }

    public ChangeNote getNote() {
        return note;
    }
}
