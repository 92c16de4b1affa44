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

    static EnterpriseArchive ear() {
        File file = new File(System.getProperty("ear.file", "target/teleservices.ear"));
        return ShrinkWrap.create(ZipImporter.class, "teleservices.ear").importFrom(file).as(EnterpriseArchive.class);
    }
}
