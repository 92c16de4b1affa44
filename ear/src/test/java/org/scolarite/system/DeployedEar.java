package org.scolarite.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real EAR built by this module, deployed as is onto the test domain started by bin/test — once for the whole run:
 * the system tests drive it from outside (HTTP, Chromium) and need no archive of their own, and the application takes
 * long enough to deploy that redeploying it for each test class cost minutes per run. A test class says
 * {@code @ExtendWith(DeployedEar.class)}; the first one deploys (asadmin, {@code it.asadmin}), the end of the run
 * undeploys. Test classes that need a fixture web archive next to it add Arquillian's extension after this one.
 */
final class DeployedEar implements BeforeAllCallback {

    static final String BASE_URL = "http://localhost:" + System.getProperty("it.http.port", "28080");

    private static final String NAME = "teleservices";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DeployedEar.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Deployment.class, key -> Deployment.deploy(),
                Deployment.class);
    }

    /**
     * Moves the application clock {@code days} days from today through the test hook (bin/test enables it); 0 puts
     * it back. Returns the HTTP status.
     */
    static int moveClock(int days) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(BASE_URL + "/api/test/clock?days=" + days))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The test domain's server log ({@code it.domain.dir}, given by bin/test), read again until it holds
     * {@code awaited} or 15 s have passed — Payara writes it asynchronously. Tests look there for the WARNING that a
     * refused, forged request must leave.
     */
    static String serverLog(String awaited) throws IOException, InterruptedException {
        String domain = System.getProperty("it.domain.dir", "");
        if (domain.isBlank()) {
            throw new IllegalStateException("it.domain.dir is not set: run the system tests through bin/test");
        }
        Path log = Path.of(domain, "logs", "server.log");
        long end = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        while (!text.contains(awaited) && System.nanoTime() < end) {
            Thread.sleep(250);
            text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }
        return text;
    }

    /** The deployment of the run, undeployed when JUnit closes its root store (end of the run). */
    private static final class Deployment implements AutoCloseable {

        static Deployment deploy() {
            Path ear = Path.of(System.getProperty("ear.file", "target/teleservices.ear")).toAbsolutePath();
            if (!Files.isRegularFile(ear)) {
                throw new IllegalStateException("EAR introuvable : " + ear + " (construit par « mvn verify »)");
            }
            asadmin("deploy", "--force=true", "--name", NAME, ear.toString());
            return new Deployment();
        }

        @Override
        public void close() {
            asadmin("undeploy", NAME);
        }

        private static void asadmin(String... command) {
            String asadmin = System.getProperty("it.asadmin", "");
            if (asadmin.isBlank()) {
                throw new IllegalStateException("it.asadmin n'est pas donné : lancez les tests système par bin/test");
            }
            List<String> line = new ArrayList<>(List.of(asadmin, "--interactive=false", "--host", "localhost",
                    "--port", System.getProperty("it.admin.port", "28048")));
            line.addAll(List.of(command));
            try {
                Path output = Files.createTempFile("asadmin-", ".log");
                try {
                    Process process = new ProcessBuilder(line).redirectErrorStream(true)
                            .redirectOutput(output.toFile()).start();
                    if (!process.waitFor(10, TimeUnit.MINUTES)) {
                        process.destroyForcibly();
                        throw new IllegalStateException("asadmin " + command[0] + " n'a pas répondu en 10 minutes");
                    }
                    if (process.exitValue() != 0) {
                        throw new IllegalStateException("asadmin " + String.join(" ", command) + " a échoué :\n"
                                + Files.readString(output, StandardCharsets.UTF_8));
                    }
                } finally {
                    Files.deleteIfExists(output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
