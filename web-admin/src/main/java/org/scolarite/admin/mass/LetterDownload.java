package org.scolarite.admin.mass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.shell.PageMessages;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;

/**
 * The PDF of a run's letters for {@code p:fileDownload} (R-MASS-1, R-SEC-1): rendered by {@link NotificationRuns}
 * while it is written to the response, never stored. Null when the letters are no longer available, so that the
 * button does nothing and the page tells why.
 */
@ApplicationScoped
class LetterDownload {

    @Inject
    private NotificationRuns runs;

    /** Checked again now: the run may have expired or been withdrawn since the page showed it. */
    StreamedContent of(String actor, long establishmentId, long runId, String label) {
        RunSummary run = runs.view(actor, establishmentId, runId);
        if (!run.lettersAvailable()) {
            PageMessages.refused(MassText.text("letters.gone"));
            return null;
        }
        NotificationRuns service = runs;
        return DefaultStreamedContent.builder()
                .contentType("application/pdf")
                .name(MassText.letterFileName(label, run.createdAt()))
                .writer(out -> service.writeLetters(actor, establishmentId, runId, out))
                .build();
    }
}
