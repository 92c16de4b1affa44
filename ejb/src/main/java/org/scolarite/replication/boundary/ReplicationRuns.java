package org.scolarite.replication.boundary;

import jakarta.ejb.Stateless;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reading side of the replication runs, for the console's « Traitements » page and the API. Authorisation: an académie
 * administrator sees every run of his académie with every establishment; the head or a delegate of an establishment
 * sees the runs that included it, with its own establishment only.
 *
 * <p>SKELETON of the B1 contract: the engine helper implements it; the console and the API code against it.
 */
@Stateless
public class ReplicationRuns {

    /**
     * The latest runs, newest first: of the académie for an académie administrator when {@code establishmentId} is
     * null, otherwise those that included that establishment (the actor must be its head or delegate, or of the
     * académie).
     */
    public List<RunSummary> recent(String actor, Long establishmentId, int max) {
        throw new UnsupportedOperationException("B1");
    }

    /** One run, with the establishments the actor may see. Throws AccessDeniedException otherwise. */
    public RunDetail detail(String actor, long runId) {
        throw new UnsupportedOperationException("B1");
    }

    /** The run still running that covers this establishment (or any of the académie when null), if any. */
    public Optional<RunSummary> running(String actor, Long establishmentId) {
        throw new UnsupportedOperationException("B1");
    }

    /** A page of the rejection report, in file order, restricted to what the actor may see. */
    public List<RejectionLine> rejections(String actor, long runId, int first, int max) {
        throw new UnsupportedOperationException("B1");
    }

    public long countRejections(String actor, long runId) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * The rejection report as CSV for French Excel (UTF-8 with BOM, {@code ;}, cells Excel would run as formulas written
     * as text): établissement, flux, fichier, ligne, colonne, élément, motif, enregistrement conservé. Streamed.
     */
    public void writeRejectionsCsv(String actor, long runId, OutputStream out) {
        throw new UnsupportedOperationException("B1");
    }
}
