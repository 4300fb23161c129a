package cn.quanze;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("cn.quanze.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Dependencies go one way: edges (cli, web) → use cases → engine and matching → plain domain. */
    @Test
    void decisionTypesArePlainRecords() {
        noClasses().that().resideInAPackage("cn.quanze.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.quanze.authority..", "cn.quanze.engine..",
                        "cn.quanze.matching..", "cn.quanze.vetting..", "cn.quanze.quiz..", "cn.quanze.evaluation..",
                        "cn.quanze.json..", "cn.quanze.cli..", "cn.quanze.web..")
                .check(CLASSES);
    }

    @Test
    void engineAndMatchingDoNotReachUpToTheUseCases() {
        noClasses().that().resideInAnyPackage("cn.quanze.engine..", "cn.quanze.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.quanze.authority..", "cn.quanze.vetting..",
                        "cn.quanze.quiz..", "cn.quanze.evaluation..", "cn.quanze.json..", "cn.quanze.cli..", "cn.quanze.web..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotReachTheEdges() {
        noClasses().that().resideInAnyPackage("cn.quanze.authority..", "cn.quanze.vetting..", "cn.quanze.quiz..",
                        "cn.quanze.evaluation..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.quanze.cli..", "cn.quanze.web..")
                .check(CLASSES);
    }
}
