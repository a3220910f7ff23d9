package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Variants in the real window: create one, edit a setting in it, compare, undo. */
@ExtendWith(ApplicationExtension.class)
class VariantsWindowTest {

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        Topology t = new Topology();
        t.setName("Checkout");
        Component checkout = t.addComponent("checkout", ComponentKind.SERVICE, "checkout");
        t.move(checkout, 100, 120);
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.move(db, 100, 300);
        t.addDependency(checkout, db, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(checkout), TimeBound.ofHours(1), TimeBound.ofHours(4));
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        model = new DesignerModel(UiExecutor.sameThread(), new Document(t, null));
        window = new DesignerWindow(model, new Theme(), service,
                Preferences.userRoot().node("dev/lifeboat/ui-variants-test"));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node("dev/lifeboat/ui-variants-test").removeNode();
    }

    private ComponentCard card(String id) {
        ComponentCard c = window.canvas().cardOf(id);
        assertNotNull(c, "no card for " + id);
        return c;
    }

    private Component baselineDb() {
        return model.baseDocument().baseline().component("db").orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<String> selector(FxRobot robot) {
        return robot.lookup("#variantSelector").queryAs(ChoiceBox.class);
    }

    @Test
    void createAVariantEditItCompareAndUndo(FxRobot robot) {
        // given the baseline without backups; when a new variant is made, it is shown at once
        robot.clickOn("#newVariantButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Proposal A", model.variant());
        assertEquals("Proposal A", selector(robot).getValue());
        assertFalse(card("db").changedInVariant());

        // when the database's backup interval is set in the inspector
        robot.clickOn(card("db"));
        TitledPane backup = robot.lookup("#propertySheet .titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> p.getText().equals("Backup")).findFirst().orElseThrow();
        if (!backup.isExpanded()) {
            robot.interact(() -> backup.setAnimated(false));
            robot.clickOn(backup.lookup(".title"));
        }
        TextField field = robot.lookup("#field-backup_interval").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("15m").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then the variant has it, the baseline does not, the canvas marks the card, the results follow
        Variant a = model.baseDocument().baseline().variant("Proposal A").orElseThrow();
        assertEquals(900L, a.value("db", "backup_interval"));
        assertNull(baselineDb().value("backup_interval"), "the baseline is unchanged");
        assertEquals(900L, model.topology().component("db").orElseThrow().value("backup_interval"));
        assertTrue(card("db").changedInVariant());
        assertEquals(TimeBound.ofMinutes(15), model.document().analysis()
                .journey(model.topology().journey("checkout").orElseThrow(), dev.lifeboat.engine.Scenario.NODE_LOSS)
                .rpo());

        // and a structural edit is refused with one line
        int before = model.baseDocument().baseline().size();
        robot.drag("#palette-redis").dropTo(card("checkout"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.baseDocument().baseline().size());
        assertEquals(DesignerModel.STRUCTURE_IN_BASELINE, model.statusProperty().get());

        // when compared, the window shows both designs and the difference in words
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitForFxEvents();
        // the cost of the change: 672 full backups (every 15m, kept 7d) x 100 GB x $0.023 = $1,545.60
        assertTrue(cellShows(robot, "Proposal A: RPO unbounded -> 15m, RTO unbounded -> 45m30s because db backup "
                + "interval none -> 15m; +$1,546/month"),
                () -> "the difference and its reason: " + robot.lookup("#compareTable .table-cell").queryAll().stream()
                        .map(n -> String.valueOf(((javafx.scene.control.Labeled) n).getText())).toList());
        assertTrue(cellShows(robot, "unbounded \u2716 / unbounded~ \u2716"), "the baseline misses its objectives");
        assertTrue(cellShows(robot, "15m \u2714 / 45m30s~ \u2714"), "the variant meets them");
        robot.interact(() -> robot.lookup("#compareTable").query().getScene().getWindow().hide());

        // when the edit is undone, the variant no longer changes the database
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.baseDocument().baseline().variant("Proposal A").orElseThrow().changes().isEmpty());
        assertNull(model.topology().component("db").orElseThrow().value("backup_interval"));
        assertFalse(card("db").changedInVariant());
        assertEquals("Proposal A", model.variant());

        // and undoing its creation shows the baseline again
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.baseDocument().baseline().variants().isEmpty());
        assertNull(model.variant());
        assertEquals(Variant.BASELINE, selector(robot).getValue());
    }

    @Test
    void switchingBackToTheBaselineShowsItsValues(FxRobot robot) {
        robot.interact(() -> {
            model.execute(new dev.lifeboat.ui.command.AddVariantCommand("Proposal A"));
            model.showVariant("Proposal A");
            model.execute(model.setSetting(model.topology().component("db").orElseThrow(), "backup_interval", 3600L));
        });
        assertTrue(card("db").changedInVariant());
        robot.interact(() -> selector(robot).setValue(Variant.BASELINE));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(model.variant());
        assertNull(model.topology().component("db").orElseThrow().value("backup_interval"));
        assertFalse(card("db").changedInVariant());
        assertTrue(model.document().commands().isDirty());
    }

    private static boolean cellShows(FxRobot robot, String text) {
        return robot.lookup("#compareTable .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()));
    }
}
