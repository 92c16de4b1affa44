package org.scolarite.admin.replication;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Télécharger le rapport (CSV) » (R-REPL-2): {@code GET /admin/replication/rejets.csv?run=42} streams the run's
 * rejection report as {@code rejets-replication-42-2026-11-30.csv}, written by {@link ReplicationRuns} straight into
 * the response whatever its length. The console's security constraint lets console users only in; the service
 * decides which establishments' lines this user may read.
 */
@WebServlet("/replication/rejets.csv")
public class RejectionsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReplicationRuns runs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        long runId;
        try {
            runId = Long.parseLong(request.getParameter("run"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        RunDetail detail;
        try {
            // Checked before the first byte, so that a refusal is an error status and not a truncated file.
            detail = runs.detail(user.getName(), runId);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = ReplicationText.rejectionsFileName(runId, detail.summary().startedAt().toLocalDate());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream()) {
            runs.writeRejectionsCsv(user.getName(), runId, out);
        }
    }
}
