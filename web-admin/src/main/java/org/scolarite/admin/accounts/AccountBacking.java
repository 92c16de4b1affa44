package org.scolarite.admin.accounts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.account.boundary.AccountDetail;
import org.scolarite.account.boundary.AccountManagement;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.admin.shell.PageMessages;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.boundary.SkippedLine;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * The individual screen of « Gérer le compte » (R-IND-1, R-ACC-9): {@code account.xhtml?student=…&guardian=…}
 * (no guardian for a pupil's own account). Shows what {@link AccountManagement} reads and runs the actions the state
 * allows; the services refuse forged parameters ({@link AccessDeniedException}: a « 403 » page) and actions the state
 * does not allow (their French message).
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AccountManagement management;

    @Inject
    private AccountNotifications notifications;

    @Inject
    private NotificationRuns runs;

    private Long studentId;
    private Long guardianId;
    private Long establishmentId;
    private boolean denied;
    private AccountDetail detail;
    /** The mode chosen in the notification dialogs: e-mail only for a guardian with an address. */
    private NotificationMode mode = NotificationMode.LETTER;
    private String correctedEmail;
    private String subject;
    private String text;
    private String requestId;
    /** The run whose letter was just made, downloadable while the run keeps it (R-SEC-1). */
    private Long letterRunId;

    /** The view action: checks the user and the couple before anything is written. */
    public void load() {
        EstablishmentChoice selected = current.getSelected();
        if (studentId == null || selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE)) {
            deny();
            return;
        }
        establishmentId = selected.id();
        reload();
    }

    private void reload() {
        try {
            detail = management.detail(current.username(), establishmentId, studentId, guardianId);
            correctedEmail = detail.accountEmail();
        } catch (AccessDeniedException e) {
            deny();
        }
    }

    private void deny() {
        denied = true;
        detail = null;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
    }

    /** Opening a notification dialog: e-mail when the guardian has an address, as the guides suggest. */
    public void prepareNotification() {
        mode = detail != null && detail.canNotifyByEmail() ? NotificationMode.EMAIL : NotificationMode.LETTER;
    }

    /** « Notifier » (R-ACC-3, R-ACC-8). */
    public void notifyAccount() {
        run(() -> notifications.notifyOne(current.username(), establishmentId, detail.couple(), chosenMode(), false));
    }

    /** « Notifier et réinitialiser le mot de passe » (R-ACC-8). */
    public void notifyAndReset() {
        run(() -> notifications.notifyOne(current.username(), establishmentId, detail.couple(), chosenMode(), true));
    }

    /** « Créer un nouveau compte » (R-IND-1, R-ACC-6). */
    public void replaceAccount() {
        run(() -> notifications.replaceAccount(current.username(), establishmentId, detail.couple(), chosenMode()));
    }

    /** « Renvoyer le courriel d'activation » with the address as corrected (R-ACC-5). */
    public void resendActivation() {
        act(() -> {
            management.resendActivation(current.username(), establishmentId, studentId, guardianId, correctedEmail);
            PageMessages.info(AccountsText.text("account.resend.done", correctedEmail.strip()));
        });
    }

    /** « Enlever l'accès » (R-ACC-9). */
    public void removeAccess() {
        act(() -> {
            management.removeAccess(current.username(), establishmentId, studentId, guardianId);
            PageMessages.info(AccountsText.text("account.access.removed"));
        });
    }

    /** « Autoriser l'accès » (R-ACC-9). */
    public void allowAccess() {
        act(() -> {
            management.allowAccess(current.username(), establishmentId, studentId, guardianId);
            PageMessages.info(AccountsText.text("account.access.allowed"));
        });
    }

    /** The access dialog's confirmation: removes or allows access, as the screen showed it. */
    public void toggleAccess() {
        if (detail != null && detail.accessRemoved()) {
            allowAccess();
        } else {
            removeAccess();
        }
    }

    /** Opening « Écrire un courriel »: an empty form and the identifier that makes its sending happen once. */
    public void prepareWrite() {
        subject = null;
        text = null;
        requestId = UUID.randomUUID().toString();
    }

    /** « Écrire un courriel »: one e-mail to the guardian, through the outbox. */
    public void write() {
        act(() -> {
            int queued = notifications.writeToGuardians(current.username(), establishmentId, List.of(detail.couple()),
                    subject, text, requestId);
            if (queued == 0) {
                PageMessages.warn(AccountsText.text("account.write.none"));
            } else {
                PageMessages.info(AccountsText.text("account.write.done", detail.contactEmail()));
            }
        });
    }

    /** The letter of the last notification, streamed from its run: never stored on the server (R-SEC-1). */
    public StreamedContent getLetter() {
        Long runId = letterRunId;
        Long establishment = establishmentId;
        String actor = current.username();
        if (runId == null || detail == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("courrier-" + (detail.username() == null ? "compte" : detail.username()) + ".pdf")
                .contentType("application/pdf")
                .writer(out -> runs.writeLetters(actor, establishment, runId, out))
                .build();
    }

    private NotificationMode chosenMode() {
        return detail.canNotifyByEmail() && mode == NotificationMode.EMAIL ? NotificationMode.EMAIL
                : NotificationMode.LETTER;
    }

    /** A notification: its outcome in French, the letter downloaded at once, the screen read again. */
    private void run(Notification notification) {
        act(() -> {
            RunSummary summary = notification.run();
            if (summary.skipped() > 0) {
                String reason = runs.skipped(current.username(), establishmentId, summary.id()).stream()
                        .map(SkippedLine::reason).findFirst().orElse("");
                PageMessages.error(AccountsText.text("account.notify.skipped", reason));
            } else if (summary.emails() > 0) {
                letterRunId = null;
                PageMessages.info(AccountsText.text("account.notify.email"));
            } else if (summary.letters() > 0) {
                letterRunId = summary.id();
                PageMessages.info(AccountsText.text("account.notify.letter"));
                PrimeFaces.current().ajax().addCallbackParam("letterReady", true);
            }
        });
    }

    /** Runs an action, shows the refusal of the rules in French, and reads the screen again either way. */
    private void act(Runnable action) {
        if (detail == null || denied) {
            return;
        }
        try {
            action.run();
        } catch (AccountRuleViolation e) {
            PageMessages.error(e.getMessage());
        } catch (AccessDeniedException e) {
            PageMessages.error(AccountsText.text("account.denied"));
        }
        reload();
    }

    @FunctionalInterface
    private interface Notification {
        RunSummary run();
    }

    public Long getStudent() { return studentId; }
    public void setStudent(Long studentId) { this.studentId = studentId; }
    public Long getGuardian() { return guardianId; }
    public void setGuardian(Long guardianId) { this.guardianId = guardianId; }
    public boolean isDenied() { return denied; }
    public AccountDetail getDetail() { return detail; }
    public NotificationMode getMode() { return mode; }
    public void setMode(NotificationMode mode) { this.mode = mode; }
    public NotificationMode[] getModes() { return NotificationMode.values(); }
    public String getCorrectedEmail() { return correctedEmail; }
    public void setCorrectedEmail(String correctedEmail) { this.correctedEmail = correctedEmail; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isLetterReady() { return letterRunId != null; }
}
