package org.scolarite.replication.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.scolarite.replication.control.ReplicationFeed;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * Reading side of the replication runs, for the console's « Traitements » page and the API. Authorisation: an académie
 * administrator sees every run of his académie with every establishment; the head or a delegate of an establishment
 * sees the runs that included it, with its own establishment(s) only — totals included.
 */
@Stateless
public class ReplicationRuns {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private StaffDirectory staff;

    @Inject
    @Any
    private Instance<ReplicationFeed> feeds;

    /**
     * The latest runs, newest first: of the académie for an académie administrator when {@code establishmentId} is
     * null, otherwise those that included that establishment (the actor must be its head or delegate, or of the
     * académie).
     */
    public List<RunSummary> recent(String actor, Long establishmentId, int max) {
        return recent(actor, establishmentId, 0, max);
    }

    /** A page of {@link #recent(String, Long, int)}: {@code max} runs from the {@code first}-th. */
    public List<RunSummary> recent(String actor, Long establishmentId, int first, int max) {
        return query(q -> q.recent(scope(actor, establishmentId), establishmentId, first, max, false));
    }

    /** How many runs {@link #recent(String, Long, int, int)} pages through. */
    public long count(String actor, Long establishmentId) {
        return query(q -> q.count(scope(actor, establishmentId), establishmentId));
    }

    /** One run, with the establishments the actor may see. Throws AccessDeniedException otherwise. */
    public RunDetail detail(String actor, long runId) {
        return query(q -> {
            RunQueries.Scope scope = scopeOfRun(q, actor, runId);
            return new RunDetail(q.summary(scope, runId), q.schools(scope, runId));
        });
    }

    /** The run still running that covers this establishment (or any of the académie when null), if any. */
    public Optional<RunSummary> running(String actor, Long establishmentId) {
        return query(q -> q.recent(scope(actor, establishmentId), establishmentId, 0, 1, true).stream().findFirst());
    }

    /** A page of the rejection report, in file order, restricted to what the actor may see. */
    public List<RejectionLine> rejections(String actor, long runId, int first, int max) {
        return query(q -> q.rejections(scopeOfRun(q, actor, runId), runId, first, max));
    }

    public long countRejections(String actor, long runId) {
        return query(q -> q.countRejections(scopeOfRun(q, actor, runId), runId));
    }

    /**
     * The rejection report as CSV for French Excel (UTF-8 with BOM, {@code ;}, cells Excel would run as formulas written
     * as text): établissement, flux, fichier, ligne, colonne, élément, motif, enregistrement conservé. Streamed.
     */
    public void writeRejectionsCsv(String actor, long runId, OutputStream out) {
        query(q -> {
            q.writeCsv(scopeOfRun(q, actor, runId), runId, out);
            return null;
        });
    }

    /** Who sees what: the académie he administers (if any) and the establishments he heads or is delegate of. */
    private record Viewer(Long academyId, Set<Long> own) {
    }

    private Viewer viewer(String actor) {
        List<EstablishmentChoice> choices = staff.establishmentsOf(actor);
        Long academy = choices.stream().anyMatch(c -> c.allows(StaffRole.ACADEMY))
                ? staff.requireAcademyAdministrator(actor) : null;
        Set<Long> own = choices.stream().filter(c -> c.allows(StaffRole.HEAD, StaffRole.DELEGATE))
                .map(EstablishmentChoice::id).collect(Collectors.toCollection(HashSet::new));
        return new Viewer(academy, own);
    }

    private RunQueries.Scope scope(String actor, Long establishmentId) {
        Viewer viewer = viewer(actor);
        if (establishmentId == null) {
            if (viewer.academyId() == null) {
                throw new AccessDeniedException("Réservé aux administrateurs académiques : " + actor);
            }
            return new RunQueries.Scope(viewer.academyId(), null);
        }
        EstablishmentChoice choice = staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE,
                StaffRole.ACADEMY);
        long academy = query(q -> q.academyOfEstablishment(choice.id()));
        if (viewer.academyId() != null && viewer.academyId() == academy) {
            return new RunQueries.Scope(academy, null);
        }
        return new RunQueries.Scope(academy, viewer.own());
    }

    private RunQueries.Scope scopeOfRun(RunQueries q, String actor, long runId) throws SQLException {
        Viewer viewer = viewer(actor);
        long academy = q.academyOf(runId).orElseThrow(() -> new AccessDeniedException("Traitement inconnu : " + runId));
        if (viewer.academyId() != null && viewer.academyId() == academy) {
            return new RunQueries.Scope(academy, null);
        }
        RunQueries.Scope own = new RunQueries.Scope(academy, viewer.own());
        if (viewer.own().isEmpty() || q.establishmentsOf(own, runId).isEmpty()) {
            throw new AccessDeniedException("Accès refusé au traitement " + runId + " pour " + actor);
        }
        return own;
    }

    private interface Query<T> {
        T apply(RunQueries queries) throws SQLException;
    }

    private <T> T query(Query<T> work) {
        Map<String, String> labels = new HashMap<>();
        feeds.forEach(feed -> labels.put(feed.code(), feed.label()));
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new RunQueries(connection, code -> labels.getOrDefault(code, code)));
        } catch (SQLException e) {
            throw new IllegalStateException("Rapports de réplication : erreur de base de données (" + e.getMessage()
                    + ")", e);
        }
    }
}
