package com.casedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import com.casedesk.CaseDeskApplication;

/**
 * The house's structure, checked on every build: each top-level package is a module, the modules form no cycle,
 * and the ground that every case type stands on (cases, customers, rules, mail, system, processes, calendar,
 * worklist) imports no case type. Adding a case type means adding a package, never editing the ground.
 */
class ModuleStructureTest {

    static final String[] GROUND = { "com.casedesk.cases..", "com.casedesk.customers..", "com.casedesk.rules..",
            "com.casedesk.mail..", "com.casedesk.system..", "com.casedesk.processes..", "com.casedesk.calendar..",
            "com.casedesk.worklist.." };
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

    /**
     * Rewrites docs/modules/ from the code, so the README's picture of the house is always the house. The documenter
     * writes the same diagram with its lines in another order from run to run, so a file is replaced only when its
     * lines differ as a set: a build changes docs/modules/ only when the structure changed.
     */
    @Test
    void shouldWriteTheModuleDiagramIntoDocs() throws IOException {
        Path written = Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path docs = Files.createDirectories(Path.of("docs", "modules"));
        try (Stream<Path> diagrams = Files.list(written)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Path kept = docs.resolve(diagram.getFileName().toString());
                if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(diagram))) {
                    Files.copy(diagram, kept, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
