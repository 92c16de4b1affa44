package org.scolarite.admin.mass;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.ToggleSelectEvent;
import org.primefaces.event.UnselectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.Couple;
import org.scolarite.account.boundary.Option;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.admin.shell.PageMessages;
import org.scolarite.batch.notification.WholeSchoolNotification;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.boundary.SkippedLine;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * What the two « Notifier les accès en masse » pages share (R-MASS-1, R-MASS-2, R-JOB-2): the division (or the whole
 * establishment) and the state filter, the lazy table with a selection kept across pages as the rows' keys and the
 * {@link Couple} each stands for (with the account version the screen showed, so that a stale selection notifies
 * nobody twice), the notification, its result (counts, letters to download, those not notified) and the
 * whole-school jobs with their progress.
 *
 * @param <R> a row of the table
 */
public abstract class MassNotificationPage<R extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The file-name label of a whole-school run's letters. */
    private static final String WHOLE_SCHOOL_LABEL = "etablissement";

    @Inject
    CurrentEstablishment current;

    @Inject
    AccountDirectory directory;

    @Inject
    NotificationRuns runs;

    @Inject
    WholeSchoolNotification wholeSchool;

    @Inject
    LetterDownload download;

    private Long loadedFor;
    private Long establishmentId;
    private List<Option> divisions = List.of();
    private Long divisionId;
    private AccountState[] states;
    private final LazyDataModel<R> rows = new Rows();
    private final Map<String, Couple> selected = new LinkedHashMap<>();
    private List<R> page = List.of();
    private List<RunSummary> jobs = List.of();
    private RunSummary result;
    private String resultLabel;
    private List<SkippedLine> skippedLines = List.of();
    /** The letters of a job started here are downloaded once it finishes. */
    private Long downloadWhenDone;

    @PostConstruct
    void load() {
        EstablishmentChoice choice = current.getSelected();
        loadedFor = choice == null ? null : choice.id();
        // A courtesy: every service checks the role again.
        establishmentId = choice == null || !choice.allows(StaffRole.HEAD, StaffRole.DELEGATE) ? null : choice.id();
        states = shownStates();
        selected.clear();
        result = null;
        skippedLines = List.of();
        if (establishmentId == null) {
            return;
        }
        divisions = directory.divisions(actor(), establishmentId);
        divisionId = divisions.isEmpty() ? null : divisions.get(0).id();
        loadJobs();
        jobs.stream().filter(RunSummary::running).findFirst().ifPresent(run -> show(run, WHOLE_SCHOOL_LABEL));
    }

    /** The establishment was switched in the header: start again. */
    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    // --- what each page defines ----------------------------------------------------------------------------------

    protected abstract AccountKind audience();

    /** The states a row of this audience can show, in the legend's order. */
    public abstract AccountState[] shownStates();

    protected abstract AccountFilter filter(Long division, AccountState[] states);

    protected abstract long count(String actor, long establishmentId, AccountFilter filter);

    protected abstract List<R> page(String actor, long establishmentId, AccountFilter filter, int first, int max);

    protected abstract List<Couple> keys(String actor, long establishmentId, AccountFilter filter);

    protected abstract String key(R row);

    protected abstract Couple couple(R row);

    /** The key of a couple, the same as {@link #key} of its row. */
    protected abstract String key(Couple couple);

    /** Notifies the selected couples of one division. */
    protected abstract RunSummary notifySelection(String actor, long establishmentId, List<Couple> selection);

    /** Starts the whole-school job with this page's options. */
    protected abstract long startWholeSchool(String actor, long establishmentId, AccountFilter filter);

    // --- selection -----------------------------------------------------------------------------------------------

    /** The division, the ranks or the states changed: the table starts again at its first page, nothing selected. */
    public void filterChanged() {
        selected.clear();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("mass:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** « Tout sélectionner »: every row of the filter, on every page. */
    public void selectAll() {
        selected.clear();
        keys(actor(), establishmentId, currentFilter()).forEach(c -> selected.put(key(c), c));
    }

    public void unselectAll() {
        selected.clear();
    }

    public void onRowSelect(SelectEvent<R> event) {
        selected.put(key(event.getObject()), couple(event.getObject()));
    }

    public void onRowUnselect(UnselectEvent<R> event) {
        selected.remove(key(event.getObject()));
    }

    /** The header's box ticks or unticks the rows of the page shown. */
    public void onToggleSelect(ToggleSelectEvent event) {
        for (R row : page) {
            if (event.isSelected()) {
                selected.put(key(row), couple(row));
            } else {
                selected.remove(key(row));
            }
        }
    }

    /** The selected rows of the page shown (the table's ticks); the selection itself is kept by the events above. */
    public List<R> getSelectedRows() {
        return page.stream().filter(row -> selected.containsKey(key(row))).toList();
    }

    public void setSelectedRows(List<R> ignored) {
        // The events keep the selection across pages; the table's own list only knows the page shown.
    }

    /** The whole establishment is notified by the background job, with the filter: every listed row counts. */
    public int getSelectedCount() {
        return isWholeSchool() ? (int) getTotal() : selected.size();
    }

    /** How many rows the filter lists, as the table counted them when it was rendered (above the count). */
    public long getTotal() {
        return rows.getRowCount();
    }

    /** « 12 compte(s) sélectionné(s) sur 26 ». */
    public String getCountText() {
        return MassText.text("selection.count", getSelectedCount(), getTotal());
    }

    /** The confirmation of « Notifier »: how many accounts, how. */
    public abstract String getConfirmText();

    public boolean isNothingSelected() {
        return getSelectedCount() == 0;
    }

    // --- notification --------------------------------------------------------------------------------------------

    /** « Notifier », after the confirmation: one division now, or the whole establishment as a job. */
    public void notifyAccounts() {
        if (establishmentId == null || isNothingSelected()) {
            return;
        }
        try {
            if (isWholeSchool()) {
                long runId = startWholeSchool(actor(), establishmentId, currentFilter());
                downloadWhenDone = runId;
                loadJobs();
                show(runs.view(actor(), establishmentId, runId), WHOLE_SCHOOL_LABEL);
                PrimeFaces.current().executeScript("PF('runPoll').start()");
                PageMessages.info(MassText.text("job.started"));
                return;
            }
            RunSummary run = notifySelection(actor(), establishmentId, new ArrayList<>(selected.values()));
            show(run, divisionLabel());
            // The accounts changed: a new selection reads their new versions.
            selected.clear();
            if (run.lettersAvailable()) {
                PrimeFaces.current().executeScript("TS.downloadLetters()");
            }
        } catch (AccountRuleViolation e) {
            PageMessages.refused(e.getMessage());
        } catch (AccessDeniedException e) {
            PageMessages.refused(MassText.text("denied"));
        }
    }

    /** The poll while a job runs: its progress; once it ended, its summary, and its letters if it was started here. */
    public void poll() {
        if (result == null) {
            return;
        }
        RunSummary run = runs.view(actor(), establishmentId, result.id());
        show(run, resultLabel);
        loadJobs();
        if (!run.running()) {
            PrimeFaces.current().executeScript("PF('runPoll').stop()");
            if (run.id() == Objects.requireNonNullElse(downloadWhenDone, -1L) && run.lettersAvailable()) {
                downloadWhenDone = null;
                PrimeFaces.current().executeScript("TS.downloadLetters()");
            }
        }
    }

    /** A whole-school run of the list, shown in the result panel. */
    public void showJob(long runId) {
        show(runs.view(actor(), establishmentId, runId), WHOLE_SCHOOL_LABEL);
    }

    /** « Interrompre »: the job stops after the division being notified. */
    public void stopJob(long runId) {
        wholeSchool.stop(actor(), establishmentId, runId);
        PageMessages.info(MassText.text("job.stopping"));
    }

    /** « Reprendre » a failed or stopped job: it resumes after the last division it notified. */
    public void restartJob(long runId) {
        try {
            wholeSchool.restart(actor(), establishmentId, runId);
            loadJobs();
            show(runs.view(actor(), establishmentId, runId), WHOLE_SCHOOL_LABEL);
            PrimeFaces.current().executeScript("PF('runPoll').start()");
            PageMessages.info(MassText.text("job.restarted"));
        } catch (AccountRuleViolation e) {
            PageMessages.refused(e.getMessage());
        }
    }

    /** The letters of the run shown, for {@code p:fileDownload}. */
    public StreamedContent getLetters() {
        return result == null ? null : download.of(actor(), establishmentId, result.id(), resultLabel);
    }

    private void show(RunSummary run, String label) {
        result = run;
        resultLabel = label;
        skippedLines = run.running() || run.skipped() == 0 ? List.of()
                : runs.skipped(actor(), establishmentId, run.id());
    }

    private void loadJobs() {
        // Interactive runs go through no division: the whole-school jobs are those with divisions.
        jobs = runs.recent(actor(), establishmentId, audience()).stream()
                .filter(run -> run.divisionsTotal() > 0).toList();
    }

    // --- page state ----------------------------------------------------------------------------------------------

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public boolean isWholeSchool() {
        return divisionId == null;
    }

    public boolean isPolling() {
        return result != null && result.running();
    }

    public List<Option> getDivisions() {
        return divisions;
    }

    public Long getDivisionId() {
        return divisionId;
    }

    public void setDivisionId(Long divisionId) {
        this.divisionId = divisionId;
    }

    public AccountState[] getStates() {
        return states;
    }

    public void setStates(AccountState[] states) {
        this.states = states;
    }

    public LazyDataModel<R> getRows() {
        return rows;
    }

    public List<RunSummary> getJobs() {
        return jobs;
    }

    public RunSummary getResult() {
        return result;
    }

    public List<SkippedLine> getSkippedLines() {
        return skippedLines;
    }

    protected List<Couple> selectedCouples() {
        return List.copyOf(selected.values());
    }

    protected long establishmentId() {
        return establishmentId;
    }

    protected String actor() {
        return current.username();
    }

    protected AccountFilter currentFilter() {
        return filter(divisionId, states);
    }

    private String divisionLabel() {
        return divisions.stream().filter(d -> Objects.equals(d.id(), divisionId)).map(Option::label).findFirst()
                .orElse(WHOLE_SCHOOL_LABEL);
    }

    private final class Rows extends LazyDataModel<R> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return establishmentId == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                    MassNotificationPage.this.count(actor(), establishmentId, currentFilter()));
        }

        @Override
        public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            page = establishmentId == null ? List.of()
                    : MassNotificationPage.this.page(actor(), establishmentId, currentFilter(), first, pageSize);
            return page;
        }

        @Override
        public String getRowKey(R row) {
            return key(row);
        }
    }
}
