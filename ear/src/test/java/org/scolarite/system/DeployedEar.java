package org.scolarite.system;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR built by this module, deployed as is by Arquillian onto the test domain started by bin/test. */
final class DeployedEar {

    static final String BASE_URL = "http://localhost:" + System.getProperty("it.http.port", "28080");

    private DeployedEar() {
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

    static EnterpriseArchive ear() {
        File file = new File(System.getProperty("ear.file", "target/teleservices.ear"));
        return ShrinkWrap.create(ZipImporter.class, "teleservices.ear").importFrom(file).as(EnterpriseArchive.class);
    }
}
