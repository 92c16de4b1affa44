package org.scolarite.replication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the exports wait and where runs keep what they read, under the data directory ({@code teleservices.data-dir},
 * i.e. {@code TELESERVICES_DATA_DIR}, default {@code ./data} relative to the server's working directory):
 * {@code replication/inbox/<UAI>/} and {@code replication/runs/<run id>/<UAI>/}.
 */
@ApplicationScoped
public class DropZone {

    private Path root;

    protected DropZone() {
    }

    @Inject
    public DropZone(@ConfigProperty(name = "teleservices.data-dir", defaultValue = "./data") String dataDir) {
        this(Path.of(dataDir).toAbsolutePath().normalize().resolve("replication"));
    }

    public DropZone(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path inbox(String uai) {
        return root.resolve("inbox").resolve(uai);
    }

    public Path runs() {
        return root.resolve("runs");
    }

    public Path run(long runId, String uai) {
        return runs().resolve(Long.toString(runId)).resolve(uai);
    }
}
