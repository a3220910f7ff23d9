package dev.lifeboat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layers point inward: model <- engine <- io <- ui/cli. The core knows nothing of JavaFX, files or the CLI. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lifeboat");
    }

    @Test
    void modelAndEngineUseNoJavaFxFilesOrCommandLine() {
        noClasses().that().resideInAnyPackage("dev.lifeboat.model..", "dev.lifeboat.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "java.io..",
                        "java.nio.file..", "com.fasterxml.jackson..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.lifeboat.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lifeboat.engine..", "dev.lifeboat.io..",
                        "dev.lifeboat.ui..", "dev.lifeboat.cli..")
                .check(classes);
    }

    @Test
    void engineDoesNotKnowIoUiOrCli() {
        noClasses().that().resideInAPackage("dev.lifeboat.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lifeboat.io..", "dev.lifeboat.ui..",
                        "dev.lifeboat.cli..")
                .check(classes);
    }

    @Test
    void ioDoesNotKnowUiOrCli() {
        noClasses().that().resideInAPackage("dev.lifeboat.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lifeboat.ui..", "dev.lifeboat.cli..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void cliDoesNotKnowUi() {
        noClasses().that().resideInAPackage("dev.lifeboat.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lifeboat.ui..", "javafx..")
                .check(classes);
    }

    /** No package imports one that imports it back, the designer's included. */
    @Test
    void noPackageCycles() {
        slices().matching("dev.lifeboat.(**)").should().beFreeOfCycles().check(classes);
    }
}
