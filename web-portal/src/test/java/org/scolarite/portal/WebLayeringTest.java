package org.scolarite.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN « Shape »: the web modules never touch JPA and enter the domain through boundaries only. */
@AnalyzeClasses(packages = "org.scolarite.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayeringTest {

    @ArchTest
    static final ArchRule no_persistence_in_the_web =
            noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule boundaries_are_the_only_way_in =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.scolarite..control..")
                    .because("backing beans delegate to boundary services");
}
