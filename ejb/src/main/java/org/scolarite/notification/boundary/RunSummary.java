package org.scolarite.notification.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.notification.entity.NotificationRun;
import org.scolarite.notification.entity.RunStatus;
import org.scolarite.notification.entity.Transmission;

/**
 * What the console shows of a notification run (R-MASS-1, R-JOB-2): its progress, what it did, whether its letters can
 * still be downloaded (R-SEC-1) and until when.
 */
public record RunSummary(long id, AccountKind audience, Transmission transmission, boolean resetPasswords,
                         RunStatus status, int percentDone, int divisionsDone, int divisionsTotal, int letters,
                         int emails, int skipped, String createdBy, LocalDateTime createdAt,
                         LocalDateTime finishedAt, LocalDateTime expiresAt, boolean lettersAvailable,
                         String lastError) implements Serializable {

    static RunSummary of(NotificationRun run, LocalDateTime now) {
        return new RunSummary(run.getId(), run.getAudience(), run.getTransmission(), run.isResetPasswords(),
                run.getStatus(), run.percentDone(), run.getDivisionsDone(), run.getDivisionsTotal(), run.getLetters(),
                run.getEmails(), run.getSkipped(), run.getCreatedBy(), run.getCreatedAt(), run.getFinishedAt(),
                run.getExpiresAt(), run.lettersAvailable(now), run.getLastError());
    }

    public boolean running() {
        return status == RunStatus.RUNNING;
    }

    /** How many couples were handled. */
    public int handled() {
        return letters + emails + skipped;
    }
}
