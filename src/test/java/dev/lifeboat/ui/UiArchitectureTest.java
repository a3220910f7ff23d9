package dev.lifeboat.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lifeboat.ui.base.FxExecutor;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The designer's own rules: only ui knows JavaFX, and Platform.runLater lives in one place. */
class UiArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lifeboat");
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.lifeboat.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void platformRunLaterIsCalledOnlyByTheExecutorSeam() {
        noClasses().that().doNotHaveFullyQualifiedName(FxExecutor.class.getName())
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void modelObjectsAreChangedOnlyThroughCommands() {
        noClasses().that().resideInAPackage("dev.lifeboat.ui..")
                .and().resideOutsideOfPackage("dev.lifeboat.ui.command..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a changing method of Topology",
                        call -> call.getTarget().getOwner().getName().equals("dev.lifeboat.model.Topology")
                                && java.util.Set.of("addComponent", "removeComponent", "rename", "move", "place",
                                "set", "reset", "addDependency", "removeDependency", "setStrength", "addJourney",
                                "updateJourney", "removeJourney", "addPlace", "updatePlace", "removePlace")
                                .contains(call.getTarget().getName())
                                // place(String) and component(String) look things up; place(c, p) changes
                                && !(call.getTarget().getName().equals("place")
                                && call.getTarget().getRawParameterTypes().size() == 1)))
                .check(classes);
    }
}
