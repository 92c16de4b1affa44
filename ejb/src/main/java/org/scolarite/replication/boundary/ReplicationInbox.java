package org.scolarite.replication.boundary;

import jakarta.ejb.Stateless;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The drop zone of the exports, one directory per establishment under the data directory:
 * {@code <TELESERVICES_DATA_DIR>/replication/inbox/<UAI>/} — files put there by the administration system's export
 * (copied by a script, SFTP…), uploaded in the console or pushed through the API. A run takes (moves) the files
 * waiting for each of its establishments into {@code replication/runs/<run id>/<UAI>/}, unzipped, so that a
 * restarted run reads exactly what the first attempt read and a file deposited meanwhile waits for the next run.
 *
 * <p>SKELETON of the B1 contract: the engine helper implements it; the console and the API code against it.
 */
@Stateless
public class ReplicationInbox {

    /**
     * Checks and stores an export in the establishment's drop zone (the actor must be its head or delegate, or an
     * académie administrator): an XML export or a zip of them, whose root element is a known export and whose UAI is the
     * establishment's. A file of the same name waiting there is replaced. Throws {@link ExportRefused} with the reason.
     */
    public List<DepositedFile> deposit(String actor, long establishmentId, String fileName, InputStream content) {
        throw new UnsupportedOperationException("B1");
    }

    /** The exports waiting for the next run of this establishment. */
    public List<DepositedFile> pending(String actor, long establishmentId) {
        throw new UnsupportedOperationException("B1");
    }

    /** Housekeeping (R-JOB-1): deletes the files of runs that ended more than {@code age} ago; returns how many runs. */
    public int purgeRunFiles(Duration age) {
        throw new UnsupportedOperationException("B1");
    }

    /** The root of the drop zone (for documentation and tests). */
    public Path root() {
        throw new UnsupportedOperationException("B1");
    }
}
