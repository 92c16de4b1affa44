package org.scolarite.it;

import java.io.File;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The micro-deployment of the integration tests: every production class of the ejb module, its resources
 * (persistence unit, Flyway migrations, letter templates) and its libraries, plus the test class itself.
 */
final class ItDeployment {

    private ItDeployment() {
    }

    static WebArchive war(String name, Class<?> testClass) {
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.flywaydb:flyway-core", "org.flywaydb:flyway-database-postgresql",
                        "com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer",
                        "com.itextpdf:kernel", "com.itextpdf:layout", "org.apache.commons:commons-csv",
                        "org.apache.poi:poi-ooxml",
                        "org.assertj:assertj-core")
                .withTransitivity().asFile();
        // GreenMail without its Jakarta Mail implementation and JUnit 4: Payara provides Angus Mail.
        File[] greenMail = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("com.icegreen:greenmail", "org.slf4j:slf4j-api")
                .withoutTransitivity().asFile();
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, Filters.exclude(".*(Test|IT|Fixtures|Benchmark)(\\$.*)?\\.class"), "org.scolarite")
                .addClasses(testClass, ItDeployment.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/orm.xml")
                .addAsResource(new File("src/main/resources/db/migration"), "db/migration")
                .addAsResource(new File("src/main/resources/org"), "org")
                .addAsLibraries(libraries)
                .addAsLibraries(greenMail);
    }
}
