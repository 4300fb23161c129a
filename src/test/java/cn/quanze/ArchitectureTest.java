package cn.quanze;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering holds without reviews: the domain is plain Java; Drools lives in the engine; Spring in web. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.quanze");

    @Test
    void domainIsFreeOfSpringAndDrools() {
        noClasses().that().resideInAnyPackage("cn.quanze.catalogue..", "cn.quanze.citation..", "cn.quanze.issuers..",
                        "cn.quanze.decision..", "cn.quanze.matching..", "cn.quanze.vetting..", "cn.quanze.quiz..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void droolsLivesBehindTheEngineFacadeOnly() {
        noClasses().that().doNotHaveFullyQualifiedName("cn.quanze.engine.RuleEngine")
                .and().doNotHaveFullyQualifiedName("cn.quanze.engine.RuleEngine$Session")
                .and().doNotHaveFullyQualifiedName("cn.quanze.engine.RuleEngine$Session$1")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void springStaysInTheWebLayer() {
        noClasses().that().resideOutsideOfPackages("cn.quanze.web..")
                .and().doNotHaveFullyQualifiedName("cn.quanze.cli.ServeCommand")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void catalogueTypesDoNotDependOnTheEngine() {
        noClasses().that().resideInAnyPackage("cn.quanze.catalogue..", "cn.quanze.citation..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.quanze.engine..", "cn.quanze.decision..",
                        "cn.quanze.matching..", "cn.quanze.cli..", "cn.quanze.web..")
                .check(CLASSES);
    }
}
