package com.casedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import com.casedesk.CaseDeskApplication;

/**
 * The house's structure, checked on every build: each top-level package is a module, the modules form no cycle,
 * and the ground that every case type stands on (cases, customers, rules, mail, system, processes) imports no
 * case type. Adding a case type means adding a package, never editing the ground.
 */
class ModuleStructureTest {

    static final String[] GROUND = { "com.casedesk.cases..", "com.casedesk.customers..", "com.casedesk.rules..",
            "com.casedesk.mail..", "com.casedesk.system..", "com.casedesk.processes.." };
    static final String[] CASE_TYPES = { "com.casedesk.billing..", "com.casedesk.dunning..", "com.casedesk.fault..",
            "com.casedesk.inquiry..", "com.casedesk.intake..", "com.casedesk.service..", "com.casedesk.termination.." };

    static final ApplicationModules MODULES = ApplicationModules.of(CaseDeskApplication.class);

    @Test
    void shouldHaveModulesWithoutCyclesThatUseOnlyEachOthersTopLevelTypes() {
        MODULES.verify();
    }

    @Test
    void shouldKeepTheGroundFreeOfEveryCaseType() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.casedesk");
        noClasses().that().resideInAnyPackage(GROUND).should().dependOnClassesThat().resideInAnyPackage(CASE_TYPES)
                .because("the ground every case type stands on must not know any case type (see README, Layout)")
                .check(classes);
    }

    /** Rewrites docs/modules/ from the code, so the README's picture of the house is always the house. */
    @Test
    void shouldWriteTheModuleDiagramIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
