package org.scolarite.admin.replication;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.admin.shell.ConsoleShell;
import org.scolarite.admin.shell.PageMessages;
import org.scolarite.batch.replication.ReplicationLauncher;
import org.scolarite.replication.boundary.DepositedFile;
import org.scolarite.replication.boundary.ExportRefused;
import org.scolarite.replication.boundary.ReplicationAlreadyRunning;
import org.scolarite.replication.boundary.ReplicationInbox;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunSummary;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Traitements » (R-REPL-1, R-REPL-2): deposit exports into the drop zone, what waits there, « Lancer la
 * réplication maintenant » and the runs with their progress, counts and « Reprendre ». A head or delegate works on the
 * establishment chosen in the header; an académie administrator sees the runs of the whole académie and can start one
 * over it. Every call passes the user, and the services check his role again.
 */
@Named("replicationRuns")
@ViewScoped
public class ReplicationRunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What became of one file deposited from this page, shown under the upload field. */
    public record DepositOutcome(String file, boolean accepted, String text) implements Serializable {
    }

    @Inject
    private CurrentEstablishment current;

    @Inject
    private ConsoleShell shell;

    @Inject
    private ReplicationRuns runs;

    @Inject
    private ReplicationInbox inbox;

    @Inject
    private ReplicationLauncher launcher;

    @Inject
    private ApplicationTime time;

    private Long loadedFor;
    /** The establishment deposits and « Lancer » apply to; null when the user's role there does not allow it. */
    private Long establishmentId;
    private String uai;
    private String establishmentName;
    private boolean academy;
    /** The runs, read a page at a time: years of nightly runs, and the poll re-reads only the page shown. */
    private final LazyDataModel<RunSummary> recent = new Runs();
    private List<DepositedFile> pending = List.of();
    private RunSummary running;
    private final List<DepositOutcome> deposits = new ArrayList<>();

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        academy = shell.isAcademyAdministrator();
        // A courtesy: the services check the role again on the server.
        boolean allowed = selected != null
                && (academy || selected.allows(StaffRole.HEAD, StaffRole.DELEGATE));
        establishmentId = allowed ? selected.id() : null;
        uai = allowed ? selected.uai() : null;
        establishmentName = allowed ? selected.name() : null;
        deposits.clear();
        reload();
    }

    /** The header's establishment changed: the page follows it. */
    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    /** One file of « Déposer un export » (the upload sends each file of a multiple choice on its own). */
    public void upload(FileUploadEvent event) {
        if (establishmentId == null) {
            return;
        }
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        try (InputStream content = file.getInputStream()) {
            List<DepositedFile> stored = inbox.deposit(actor(), establishmentId, name, content);
            deposits.add(new DepositOutcome(name, true, ReplicationText.text("deposit.accepted", stored.size())));
        } catch (ExportRefused e) {
            deposits.add(new DepositOutcome(name, false, e.getMessage()));
            // Next to the field, for screen readers too.
            FacesContext.getCurrentInstance().addMessage(event.getComponent().getClientId(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, name + "\u00a0: " + e.getMessage(), null));
        } catch (AccessDeniedException e) {
            deposits.add(new DepositOutcome(name, false, ReplicationText.text("denied")));
        } catch (IOException e) {
            deposits.add(new DepositOutcome(name, false, ReplicationText.text("deposit.unreadable")));
        }
        pending = inbox.pending(actor(), establishmentId);
    }

    /** « Lancer la réplication maintenant » for the establishment. */
    public void launch() {
        start(() -> launcher.startEstablishment(actor(), establishmentId, RunTrigger.CONSOLE));
    }

    /** « Lancer pour toute l'académie »: every establishment with exports waiting (académie administrators). */
    public void launchAcademy() {
        start(() -> launcher.startAcademy(actor(), RunTrigger.CONSOLE));
    }

    /** « Reprendre » a failed run: what was done is not replicated again. */
    public void restart(long runId) {
        try {
            launcher.restart(actor(), runId);
            PageMessages.info(ReplicationText.text("run.restarted", runId));
            startPolling();
        } catch (ReplicationAlreadyRunning e) {
            PageMessages.warn(e.getMessage());
        } catch (AccessDeniedException e) {
            PageMessages.refused(ReplicationText.text("denied"));
        }
        reload();
    }

    /** The poll while a run is running: progress and counts; it stops once no run is running. */
    public void poll() {
        reload();
        if (running == null) {
            PrimeFaces.current().executeScript("PF('runsPoll').stop()");
        }
    }

    private void start(Start start) {
        if (establishmentId == null) {
            return;
        }
        try {
            long runId = start.run();
            deposits.clear();
            PageMessages.info(ReplicationText.text("run.started", runId));
            startPolling();
        } catch (ReplicationAlreadyRunning e) {
            PageMessages.warn(e.getMessage());
        } catch (AccessDeniedException e) {
            PageMessages.refused(ReplicationText.text("denied"));
        }
        reload();
    }

    @FunctionalInterface
    private interface Start {
        long run();
    }

    private static void startPolling() {
        PrimeFaces.current().executeScript("PF('runsPoll').start()");
    }

    private void reload() {
        if (establishmentId == null) {
            pending = List.of();
            running = null;
            return;
        }
        running = runs.running(actor(), runsScope()).orElse(null);
        pending = inbox.pending(actor(), establishmentId);
    }

    /** The runs listed: the académie's for its administrator, otherwise those of the establishment. */
    private Long runsScope() {
        return academy ? null : establishmentId;
    }

    private String actor() {
        return current.username();
    }

    // --- page state ----------------------------------------------------------------------------------------------

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public boolean isAcademy() {
        return academy;
    }

    public boolean isRunning() {
        return running != null;
    }

    public RunSummary getRunningRun() {
        return running;
    }

    public LazyDataModel<RunSummary> getRecent() {
        return recent;
    }

    public List<DepositedFile> getPending() {
        return pending;
    }

    public List<DepositOutcome> getDeposits() {
        return deposits;
    }

    public String getUai() {
        return uai;
    }

    public String getEstablishmentName() {
        return establishmentName;
    }

    /** Where a script drops this establishment's exports on the server. */
    public String getDropZone() {
        Path root = inbox.root();
        return root.resolve(uai).toString();
    }

    public RunStatus[] getStatuses() {
        return RunStatus.values();
    }

    public String duration(RunSummary run) {
        return ReplicationText.duration(run.duration(time.now()));
    }

    public String size(DepositedFile file) {
        return ReplicationText.size(file.size());
    }

    /** Only a failed run (the job itself stopped) can be resumed; a run completed with failures is read again. */
    public boolean restartable(RunSummary run) {
        return run.status() == RunStatus.FAILED;
    }

    private final class Runs extends LazyDataModel<RunSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return establishmentId == null ? 0
                    : (int) Math.min(Integer.MAX_VALUE, runs.count(actor(), runsScope()));
        }

        @Override
        public List<RunSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return establishmentId == null ? List.of() : runs.recent(actor(), runsScope(), first, pageSize);
        }

        @Override
        public String getRowKey(RunSummary run) {
            return Long.toString(run.id());
        }
    }
}
