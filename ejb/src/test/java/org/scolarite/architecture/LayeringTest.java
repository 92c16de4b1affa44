package org.scolarite.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN « Packages »: Boundary–Control–Entity inside each feature, and nothing web in the domain module. */
@AnalyzeClasses(packages = "org.scolarite", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule entities_depend_on_no_service =
            noClasses().that().resideInAPackage("..entity..")
                    .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                    .because("rules live in entities and value objects, testable without a container");

    @ArchTest
    static final ArchRule controls_are_not_entry_points =
            noClasses().that().resideInAPackage("..control..")
                    .should().dependOnClassesThat().resideInAPackage("..boundary..")
                    .because("boundaries orchestrate controls, never the other way round");

    @ArchTest
    static final ArchRule domain_knows_nothing_of_the_web =
            noClasses().should().dependOnClassesThat()
                    .resideInAnyPackage("jakarta.faces..", "jakarta.servlet..", "jakarta.ws.rs..", "org.primefaces..")
                    .because("nothing in ejb knows about Faces or HTTP");
}
