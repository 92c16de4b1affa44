package org.scolarite.admin.rollover;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.structure.boundary.RolloverPreview;
import org.scolarite.structure.boundary.YearRollover;
import org.scolarite.structure.entity.RolloverRefused;

/**
 * « Bascule d'année », for académie administrators: « Simuler la bascule » shows the dry run, « Valider la bascule »
 * (after a confirmation) creates the year. Refusals show next to their field, the typed values stay.
 */
@Named("rollover")
@ViewScoped
public class RolloverBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<String> FIELDS = Set.of("year", "rentree", "end");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private YearRollover rollover;

    private boolean denied;
    private String currentYear;
    private String year;
    private LocalDate rentree;
    private LocalDate end;
    private RolloverPreview preview;
    private String committed;

    @PostConstruct
    void load() {
        try {
            currentYear = rollover.currentYear(current.username()).orElse(null);
        } catch (AccessDeniedException e) {
            denied = true;
        }
    }

    public void simulate() {
        preview = null;
        committed = null;
        try {
            preview = rollover.preview(current.username(), rollover.startYearOf(year), rentree, end);
        } catch (RolloverRefused e) {
            refused(e);
        } catch (AccessDeniedException e) {
            error(null, e.getMessage());
        }
    }

    public void commit() {
        try {
            committed = rollover.commit(current.username(), rollover.startYearOf(year), rentree, end);
            preview = null;
            currentYear = rollover.currentYear(current.username()).orElse(null);
            FacesContext context = FacesContext.getCurrentInstance();
            String pattern = context.getApplication().getResourceBundle(context, "rolloverMsg")
                    .getString("rollover.committed");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    new MessageFormat(pattern, context.getViewRoot().getLocale()).format(new Object[] {committed}),
                    null));
        } catch (RolloverRefused e) {
            refused(e);
        } catch (AccessDeniedException e) {
            error(null, e.getMessage());
        }
    }

    /** The domain's French reason next to the field it names, or at the top of the form. */
    private static void refused(RolloverRefused e) {
        error(FIELDS.contains(e.field()) ? "rolloverForm:" + e.field() : null, e.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A day as the console writes it, « 01/09/2027 »; empty for none. */
    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    public boolean isDenied() { return denied; }
    public String getCurrentYear() { return currentYear; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public LocalDate getRentree() { return rentree; }
    public void setRentree(LocalDate rentree) { this.rentree = rentree; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public RolloverPreview getPreview() { return preview; }
    public String getCommitted() { return committed; }
}
