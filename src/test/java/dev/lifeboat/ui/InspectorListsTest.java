package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.inspector.InspectorViewModel;
import dev.lifeboat.ui.panels.ResultsViewModel;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

/**
 * The inspector's list editor (replica groups), a journey's objectives per failure and the design's detection
 * time, driven through the real window headless; the numbers in the results table follow each edit.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorListsTest {

    private static final String PREFS = "dev/lifeboat/ui-test-lists";

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;
    private Component db;

    @Start
    void start(Stage stage) {
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        model = new DesignerModel(UiExecutor.sameThread(), Samples.orderProcessor());
        db = model.topology().component("orders-db").orElseThrow();
        window = new DesignerWindow(model, new Theme(), service, Preferences.userRoot().node(PREFS));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private ResultsViewModel.Row row(String journey) {
        return window.results().rows().stream().filter(r -> r.journey().id().equals(journey)).findFirst()
                .orElseThrow();
    }

    /** The database's RPO under region loss, as the analysis gives it and its card on the canvas shows it. */
    private TimeBound regionLossRpo() {
        TimeBound rpo = model.document().analysis().assessment(db, Scenario.REGION_LOSS).rpo();
        String card = window.canvas().cardOf("orders-db").metricsText();
        assertTrue(card.startsWith("RPO " + rpo), card + " shows " + rpo);
        return rpo;
    }

    private static void expand(FxRobot robot, String section) {
        TitledPane pane = robot.lookup("#propertySheet .titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> p.getText().equals(section)).findFirst().orElseThrow();
        robot.interact(() -> {
            pane.setAnimated(false);
            pane.setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void aReplicaGroupIsAddedEditedRemovedAndBroughtBackByUndo(FxRobot robot) {
        // given the order database, whose backups and replica all live in its one region
        robot.interact(() -> model.scenarioProperty().set(Scenario.REGION_LOSS));
        robot.clickOn(window.canvas().cardOf("orders-db"));
        expand(robot, "Replication");
        TimeBound before = regionLossRpo();

        // when a replica group is added (its defaults: one asynchronous replica in another region)
        click(robot, "#field-more_replica_groups-add");

        // then it is one entry, and the database's region-loss RPO on its card drops to the group's lag
        assertEquals(1, db.get(ReplicaGroup.MORE).size());
        assertEquals(TimeBound.UNBOUNDED, before, "its backups and replica are all in the lost region");
        assertNotEquals(before, regionLossRpo(), "a DR group changes what a region loss costs");
        assertEquals(TimeBound.ofSeconds(5), regionLossRpo(), "the database's assumed lag");
        assertTrue(model.document().analysis().assessment(db, Scenario.REGION_LOSS).rpoAssumed());

        // when its lag and mode are edited in its card
        type(robot, "#field-more_replica_groups-0-lag", "1m");
        assertEquals(TimeBound.ofMinutes(1), regionLossRpo());
        ChoiceBox<?> mode = robot.lookup("#field-more_replica_groups-0-mode").queryAs(ChoiceBox.class);
        robot.interact(() -> ((ChoiceBox<Object>) (ChoiceBox<?>) mode).setValue(ReplicationMode.SYNC));
        WaitForAsyncUtils.waitForFxEvents();
        ListSetting.Entry group = db.get(ReplicaGroup.MORE).get(0);
        assertEquals(ReplicationMode.SYNC, group.get(ReplicaGroup.MODE));
        assertEquals(60L, group.get(ReplicaGroup.LAG));
        assertEquals(TimeBound.ZERO, regionLossRpo(), "a synchronous copy in another region loses nothing");

        // when an invalid lag is typed, it is refused next to the card and nothing is lost
        long revision = model.document().commands().revisionProperty().get();
        type(robot, "#field-more_replica_groups-0-lag", "soonish");
        Label error = robot.lookup("#field-more_replica_groups-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("Replica group 2: Lag"), error.getText());
        assertEquals("soonish", robot.lookup("#field-more_replica_groups-0-lag").queryAs(TextField.class).getText());
        assertEquals(group, db.get(ReplicaGroup.MORE).get(0));
        assertEquals(revision, model.document().commands().revisionProperty().get());
        type(robot, "#field-more_replica_groups-0-lag", "2m");
        assertFalse(error.isVisible(), "a valid value clears the message");

        // when it is removed, the card goes and the number comes back
        click(robot, "#field-more_replica_groups-remove-0");
        assertEquals(List.of(), db.get(ReplicaGroup.MORE));
        assertTrue(robot.lookup("#field-more_replica_groups-0-lag").tryQuery().isEmpty());
        assertEquals(before, regionLossRpo());

        // then undo restores the group as it was, card and number, and redo removes it again
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, db.get(ReplicaGroup.MORE).size());
        assertEquals(120L, db.get(ReplicaGroup.MORE).get(0).get(ReplicaGroup.LAG));
        assertEquals("2m", robot.lookup("#field-more_replica_groups-0-lag").queryAs(TextField.class).getText());
        assertEquals(ReplicationMode.SYNC, mode.getValue());
        assertEquals(TimeBound.ZERO, regionLossRpo());
        robot.clickOn("#redoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), db.get(ReplicaGroup.MORE));
        assertEquals(before, regionLossRpo());
    }

    @Test
    void aJourneysObjectiveUnderOneFailureIsEditedAndUndone(FxRobot robot) {
        // given the journey in the inspector (nothing selected on the canvas)
        Journey j = model.topology().journey("place-order").orElseThrow();
        robot.interact(() -> {
            model.selection().clear();
            model.journeyProperty().set(j);
            model.scenarioProperty().set(Scenario.REGION_LOSS);
        });
        expand(robot, InspectorViewModel.PER_FAILURE);
        TextField rpo = robot.lookup("#field-objectives-region-loss-rpo").queryAs(TextField.class);
        assertEquals("", rpo.getText());
        assertEquals(j.rpoObjective().toString(), rpo.getPromptText(), "empty shows the journey's own objective");
        assertEquals(j.rpoObjective(), row("place-order").rpo().objective());

        // when region loss gets an RPO objective of its own
        type(robot, "#field-objectives-region-loss-rpo", "2h");

        // then the journey and the results table carry it, and undo takes it away
        assertEquals(TimeBound.ofHours(2), j.rpoObjective("region-loss"));
        assertEquals(TimeBound.ofHours(2), row("place-order").rpo().objective());
        assertEquals(j.rpoObjective(), j.rpoObjective("zone-loss"), "other failures keep the default");
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(j.scenarioObjectives().isEmpty());
        assertTrue(rpo.getScene() != null, "the journey's edits keep the inspector's fields (no rebuild)");
        assertEquals("", rpo.getText());
        assertEquals(j.rpoObjective(), row("place-order").rpo().objective());
    }

    @Test
    void theDesignsDetectionTimeIsSetInDocumentPropertiesAndUndone(FxRobot robot) {
        Topology t = model.topology();
        assertFalse(t.isDetectionTimeSet());

        // when an invalid time is given, the dialog stays open with the reason
        robot.interact(() -> menuItem(robot, "documentPropertiesItem").fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#detectionTimeField").queryAs(TextField.class);
        assertEquals("", field.getText());
        assertTrue(field.getPromptText().contains("assumed"), field.getPromptText());
        DialogPane dialog = robot.lookup("#documentPropertiesDialog").queryAs(DialogPane.class);
        robot.clickOn(field).write("whenever");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#detectionTimeError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("whenever"), error.getText());
        assertFalse(t.isDetectionTimeSet());

        // when a valid one is given
        robot.interact(field::selectAll);
        robot.write("2h");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        // then it is the design's, as one undoable edit, and undo returns to the assumed default
        assertEquals(7200L, t.detectionTime());
        assertTrue(t.isDetectionTimeSet());
        assertEquals("Set the time to notice corruption to 2h",
                model.document().commands().undoDescriptionProperty().get());
        robot.interact(model::undo);
        assertFalse(t.isDetectionTimeSet());
        assertEquals(Topology.DEFAULT_DETECTION_TIME, t.detectionTime());
        assertNull(robot.lookup("#documentPropertiesDialog").tryQuery().orElse(null));
    }
}
