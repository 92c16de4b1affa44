package org.scolarite.admin.mass;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.admin.shell.PageMessages;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.boundary.SkippedLine;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Courriers à imprimer » (R-MASS-1, R-MASS-2, R-SEC-1): the establishment's recent notifications of guardians and
 * pupils whose letters can still be downloaded, until when, « Supprimer du serveur », and who was not notified.
 */
@Named
@ViewScoped
public class LetterRunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentEstablishment current;

    @Inject
    NotificationRuns runs;

    @Inject
    LetterDownload download;

    private Long loadedFor;
    private Long establishmentId;
    private List<RunSummary> recent = List.of();
    private RunSummary shown;
    private List<SkippedLine> skippedLines = List.of();

    @PostConstruct
    void load() {
        EstablishmentChoice choice = current.getSelected();
        loadedFor = choice == null ? null : choice.id();
        establishmentId = choice == null || !choice.allows(StaffRole.HEAD, StaffRole.DELEGATE) ? null : choice.id();
        shown = null;
        skippedLines = List.of();
        reload();
    }

    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    /** The letters of a run, for {@code p:fileDownload}. */
    public StreamedContent letters(RunSummary run) {
        return download.of(current.username(), establishmentId, run.id(), null);
    }

    /** « Supprimer du serveur », after the confirmation (R-SEC-1). */
    public void withdraw(long runId) {
        try {
            runs.withdrawLetters(current.username(), establishmentId, runId);
            PageMessages.info(MassText.text("letters.withdrawn"));
        } catch (AccessDeniedException e) {
            PageMessages.refused(MassText.text("denied"));
        }
        reload();
    }

    /** « Non notifiés »: the summary of a run. */
    public void showSkipped(long runId) {
        shown = runs.view(current.username(), establishmentId, runId);
        skippedLines = runs.skipped(current.username(), establishmentId, runId);
    }

    private void reload() {
        recent = establishmentId == null ? List.of() : runs.recent(current.username(), establishmentId, null);
    }

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public List<RunSummary> getRecent() {
        return recent;
    }

    public RunSummary getShown() {
        return shown;
    }

    public List<SkippedLine> getSkippedLines() {
        return skippedLines;
    }
}
