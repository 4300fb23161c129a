package cn.quanze.vetting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The vetting core stays plain Java: no Spring, no Drools/KIE, no Jackson. */
class VettingArchitectureTest {
    @Test
    void vettingCoreHasNoFrameworkDependencies() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.quanze.vetting");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.drools..", "org.kie..", "com.fasterxml..")
                .check(classes);
    }
}
