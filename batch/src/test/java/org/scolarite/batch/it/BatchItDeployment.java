package org.scolarite.batch.it;

import java.io.File;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The micro-deployment of the batch integration tests: the ejb module's classes, resources and libraries (as the ejb
 * module's own ItDeployment has them), the batch module's classes and job XML, and the test class.
 */
final class BatchItDeployment {

    private static final String EJB = "../ejb/";

    private BatchItDeployment() {
    }

    static WebArchive war(String name, Class<?>... testClasses) {
        File[] libraries = Maven.resolver().loadPomFromFile(EJB + "pom.xml")
                .resolve("org.flywaydb:flyway-core", "org.flywaydb:flyway-database-postgresql",
                        "com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer",
                        "com.itextpdf:kernel", "com.itextpdf:layout", "org.apache.commons:commons-csv",
                        "org.apache.poi:poi-ooxml", "org.assertj:assertj-core")
                .withTransitivity().asFile();
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, Filters.exclude(".*(Test|IT|Fixtures|Benchmark)(\\$.*)?\\.class"), "org.scolarite")
                .addClasses(testClasses)
                .addClass(BatchItDeployment.class)
                .addAsResource(new File(EJB + "src/main/resources/META-INF/persistence.xml"), "META-INF/persistence.xml")
                .addAsResource(new File(EJB + "src/main/resources/META-INF/orm.xml"), "META-INF/orm.xml")
                .addAsResource(new File(EJB + "src/main/resources/db/migration"), "db/migration")
                .addAsResource(new File(EJB + "src/main/resources/org"), "org")
                .addAsResource(new File("src/main/resources/META-INF/batch-jobs"), "META-INF/batch-jobs")
                .addAsLibraries(libraries);
    }
}
