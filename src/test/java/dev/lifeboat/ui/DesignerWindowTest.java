package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.canvas.PlaceContainer;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.panels.ResultsViewModel;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Drives the real window headless (Monocle): look nodes up by id, given / when / then. */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {

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
        t.addJourney("checkout", "Checkout", List.of(checkout), TimeBound.ofHours(1), TimeBound.ofMinutes(30));
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        model = new DesignerModel(UiExecutor.sameThread(), new Document(t, null));
        window = new DesignerWindow(model, new Theme(), service,
                Preferences.userRoot().node("dev/lifeboat/ui-test"));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node("dev/lifeboat/ui-test").removeNode();
    }

    private ResultsViewModel.Row checkoutRow() {
        return model.document().topology().journeys().isEmpty() ? null
                : window.results().rows().stream().filter(r -> r.name().equals("Checkout")).findFirst().orElseThrow();
    }

    private static boolean tableShows(FxRobot robot, String id, String text) {
        return robot.lookup(id + " .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()));
    }

    /** The card of a component (cards carry no node id, see ComponentCard). */
    private ComponentCard card(String componentId) {
        ComponentCard c = window.canvas().cardOf(componentId);
        assertNotNull(c, "no card for " + componentId);
        return c;
    }

    /** Opens an inspector section by clicking its title. */
    private static void expand(FxRobot robot, String section) {
        TitledPane pane = robot.lookup("#propertySheet .titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> p.getText().equals(section)).findFirst().orElseThrow();
        if (!pane.isExpanded()) {
            robot.interact(() -> pane.setAnimated(false));
            robot.clickOn(pane.lookup(".title"));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D canvasPoint(FxRobot robot, double fx, double fy) {
        var b = robot.lookup("#canvas").query().localToScreen(robot.lookup("#canvas").query().getLayoutBounds());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    @Test
    void aNewStatusOrTotalRelaysOutTheStatusBarNotTheWindow(FxRobot robot) {
        // given the window laid out
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent root = robot.lookup("#root").queryAs(javafx.scene.Parent.class);
        javafx.scene.Parent bar = robot.lookup("#statusBar").queryAs(javafx.scene.Parent.class);
        boolean[] after = new boolean[2];

        // when every edit's message is written (a long one, as a refusal with a name in it)
        robot.interact(() -> {
            model.setStatus("Set the backup interval of a component with a long name to fifteen minutes, and more");
            after[0] = root.isNeedsLayout();
            after[1] = bar.isNeedsLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then only the bar is laid out again, and it shows the message
        assertFalse(after[0], "the window's layout (every panel's sizes) is not asked for");
        assertTrue(after[1], "the bar's is");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Set the backup interval"));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getWidth() > 100, "given room");
    }

    @Test
    void buildAJourneyThenTuneItsBackupAndUndo(FxRobot robot) {
        // given a service with a journey; when a PostgreSQL is dragged from the palette onto the canvas
        robot.drag("#palette-postgresql").dropTo(canvasPoint(robot, 0.3, 0.85));
        WaitForAsyncUtils.waitForFxEvents();
        Component db = model.topology().component("postgresql-1").orElseThrow();
        assertNotNull(card("postgresql-1"));

        // and the service is connected to it from its connector handle
        robot.drag(card("checkout").connector()).dropTo(card("postgresql-1"));
        WaitForAsyncUtils.waitForFxEvents();
        Component checkout = model.topology().component("checkout").orElseThrow();
        assertTrue(model.topology().dependency(checkout, db).orElseThrow().isHard());
        assertEquals(TimeBound.UNBOUNDED, checkoutRow().rpo().estimate(), "no backup yet: nothing to restore");
        assertTrue(tableShows(robot, "#resultsTable", "unbounded  \u2716"));

        // when its backup interval is set in the inspector
        robot.clickOn(card("postgresql-1"));
        expand(robot, "Backup");
        robot.clickOn("#field-backup_interval");
        TextField field = robot.lookup("#field-backup_interval").queryAs(TextField.class);
        robot.interact(field::selectAll);
        robot.write("15m").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then the journey's RPO in the results panel follows
        assertEquals("15m", checkoutRow().rpo().estimate().toString());
        assertTrue(tableShows(robot, "#resultsTable", "15m  \u2714"), "the results table shows the new estimate");

        // and undo brings the old value back
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, db.value("backup_interval"));
        assertEquals("none", field.getText());
        assertEquals(TimeBound.UNBOUNDED, checkoutRow().rpo().estimate());
    }

    @Test
    void theStatusBarShowsTheDesignsMonthlyCostAndTheInspectorWhatItIsMadeOf(FxRobot robot) {
        // given one service instance: 1 x $70.08 (EC2 m6i.large, 730 h)
        Label cost = robot.lookup("#designCost").queryAs(Label.class);
        assertEquals("\u2248 $70/month", cost.getText());

        // when its instances are set to 3 in the inspector
        robot.clickOn(card("checkout"));
        expand(robot, "Replication");
        TextField field = robot.lookup("#field-instances").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then the status bar's total follows, and the inspector's Cost section shows the component's cost
        assertEquals("\u2248 $210/month", cost.getText());
        expand(robot, "Cost");
        assertEquals("$210.24", robot.lookup("#field-cost-total").queryAs(Label.class).getText());
        Label line = robot.lookup("#field-cost-instances").queryAs(Label.class);
        assertEquals("$210.24", line.getText());
        assertTrue(line.getTooltip().getText().startsWith("Instances $210.24: 3 instances = 3 x $70.08 a month"),
                line.getTooltip().getText());

        // and undo brings the old total back
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u2248 $70/month", cost.getText());
    }

    @Test
    void anInvalidValueIsRefusedNextToTheField(FxRobot robot) {
        robot.clickOn(card("checkout"));
        expand(robot, "Recovery");
        TextField field = robot.lookup("#field-restart_time").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("soonish").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#field-restart_time-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("not a duration"), error.getText());
        assertEquals(30L, model.topology().component("checkout").orElseThrow().value("restart_time"));
        assertFalse(model.document().commands().isDirty());
    }

    @Test
    void aCycleShowsItsWarning(FxRobot robot) {
        Label warning = robot.lookup("#cycleWarning").queryAs(Label.class);
        robot.drag("#palette-service").dropTo(canvasPoint(robot, 0.3, 0.85));
        robot.drag(card("checkout").connector()).dropTo(card("service-1"));
        assertFalse(warning.isVisible());

        robot.drag(card("service-1").connector()).dropTo(card("checkout"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("checkout") && warning.getText().contains("service-1"),
                warning.getText());
        Component a = model.topology().component("checkout").orElseThrow();
        Component b = model.topology().component("service-1").orElseThrow();
        assertTrue(window.canvas().arrowOf(model.topology().dependency(a, b).orElseThrow()).getStyleClass()
                .contains("cycle"));
    }

    @Test
    void movingACardIsOneUndoableCommandOnTheGrid(FxRobot robot) {
        ComponentCard card = card("checkout");
        robot.drag(card).moveBy(60, 30).moveBy(37, 20).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Component c = model.topology().component("checkout").orElseThrow();
        assertTrue(c.x() != 100 || c.y() != 120);
        assertEquals(0, c.x() % 20);
        assertEquals(0, c.y() % 20);
        assertTrue(model.document().commands().undoDescriptionProperty().get().equals("Move checkout"));
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem undo = bar.getMenus().get(1).getItems().stream()
                .filter(i -> "undoItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Undo Move checkout", undo.getText(), "the Edit menu names what undo reverts");
        assertEquals("Checkout* \u2014 Lifeboat", ((Stage) card.getScene().getWindow()).getTitle(),
                "the title marks unsaved changes");
        robot.interact(model::undo);
        assertEquals(100, c.x());
        assertEquals(card.getLayoutX(), 100);
    }

    @Test
    void saveThenReopenGivesTheSameTopology(FxRobot robot) throws Exception {
        robot.drag("#palette-redis").dropTo(canvasPoint(robot, 0.3, 0.85));
        robot.drag(card("checkout").connector()).dropTo(card("redis-1"));
        String before = Canonical.of(model.topology());
        Path file = home.resolve("checkout.json");

        robot.interact(() -> window.files().saveTo(file));
        assertFalse(model.document().commands().isDirty());
        assertEquals("checkout.json \u2014 Lifeboat", model.titleProperty().get());
        robot.interact(() -> window.files().openPath(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.exists(file));
        assertEquals(before, Canonical.of(model.topology()));
        assertNotNull(card("redis-1"));
        assertTrue(robot.lookup("#resultsTable").queryAs(TableView.class).getItems().size() == 1);
    }

    @Test
    void deleteKeyRemovesTheSelectionAndUndoBringsItBack(FxRobot robot) {
        robot.drag("#palette-mysql").dropTo(canvasPoint(robot, 0.3, 0.85));
        robot.drag(card("checkout").connector()).dropTo(card("mysql-1"));
        robot.clickOn(card("mysql-1"));

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(model.topology().component("mysql-1").isEmpty());
        assertEquals("Delete mysql-1", model.document().commands().redoDescriptionProperty().get().isEmpty()
                ? model.document().commands().undoDescriptionProperty().get() : "");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Component checkout = model.topology().component("checkout").orElseThrow();
        Component db = model.topology().component("mysql-1").orElseThrow();
        assertTrue(model.topology().dependency(checkout, db).isPresent(), "the dependency came back too");
    }

    @Test
    void aDependencyIsMadeSoftFromItsContextMenu(FxRobot robot) {
        robot.drag("#palette-kafka").dropTo(canvasPoint(robot, 0.3, 0.85));
        robot.drag(card("checkout").connector()).dropTo(card("kafka-1"));
        Component checkout = model.topology().component("checkout").orElseThrow();
        var dependency = model.topology().dependency(checkout, model.topology().component("kafka-1").orElseThrow())
                .orElseThrow();
        Component kafka = model.topology().component("kafka-1").orElseThrow();
        robot.interact(() -> {
            model.execute(new dev.lifeboat.ui.command.MoveCommand("Move").move(kafka, 460, 120, null));
            window.canvas().fit();
        });
        var arrow = window.canvas().arrowOf(dependency);
        javafx.geometry.Bounds b = arrow.localToScreen(arrow.getBoundsInLocal());
        Point2D middle = arrow.localToScreen(arrow.sceneToLocal(arrow.localToScene(
                (arrow.getBoundsInLocal().getMinX() + arrow.getBoundsInLocal().getMaxX()) / 2,
                (arrow.getBoundsInLocal().getMinY() + arrow.getBoundsInLocal().getMaxY()) / 2)));
        assertNotNull(b);

        robot.rightClickOn(middle);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Strength.SOFT.label());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Strength.SOFT, dependency.strength());
        assertTrue(arrow.getStyleClass().contains("soft"), "drawn dashed");
    }

    @Test
    void aBadFileIsReportedAndTheOpenDocumentStays(FxRobot robot) throws Exception {
        Path bad = home.resolve("broken.json");
        Files.writeString(bad, "not json at all");
        String before = Canonical.of(model.topology());

        robot.interact(() -> window.files().openPath(bad));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.DialogPane dialog = robot.lookup("#errorDialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().contains("broken.json"), dialog.getContentText());
        assertEquals(before, Canonical.of(model.topology()));
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void droppingIntoARegionPlacesAComponentAndMovingItOutUnplacesIt(FxRobot robot) {
        // given a region dropped onto the empty lower-left part of the canvas
        robot.drag("#palette-region").dropTo(canvasPoint(robot, 0.08, 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        var region = model.topology().places().iterator().next();
        assertEquals("region-1", region.name());

        // when a PostgreSQL is dropped inside it, it is placed there
        PlaceContainer box = window.canvas().containerOf(region);
        Point2D inside = box.localToScreen(140, 70);
        robot.drag("#palette-postgresql").dropTo(inside);
        WaitForAsyncUtils.waitForFxEvents();
        Component db = model.topology().component("postgresql-1").orElseThrow();
        assertEquals(region, db.place());

        // and dragging the card out of the container unplaces it, as one undoable step
        Point2D outside = canvasPoint(robot, 0.9, 0.1);
        robot.drag(card("postgresql-1")).dropTo(outside);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, db.place());
        robot.clickOn("#undoButton");
        assertEquals(region, db.place());
    }

    @Test
    void aRubberBandSelectsTheCardsItEnclosesAndKeysZoom(FxRobot robot) {
        robot.drag("#palette-redis").dropTo(canvasPoint(robot, 0.3, 0.7));
        var canvasBounds = robot.lookup("#canvas").query().localToScreen(
                robot.lookup("#canvas").query().getLayoutBounds());

        robot.drag(new Point2D(canvasBounds.getMinX() + 4, canvasBounds.getMinY() + 4))
                .dropTo(new Point2D(canvasBounds.getMaxX() - 4, canvasBounds.getMaxY() - 4));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, model.selection().of(Component.class).size());
        double zoom = window.canvas().viewport().zoom();
        robot.type(KeyCode.MINUS);
        assertTrue(window.canvas().viewport().zoom() < zoom);
        robot.type(KeyCode.DIGIT0);
        assertEquals(1.0, window.canvas().viewport().zoom(), 1e-9);
    }

    @Test
    void undoWorksWhileAnInspectorFieldHasTheFocus(FxRobot robot) {
        // given a restart time typed into the inspector and committed with Enter: the field keeps the focus
        robot.clickOn(card("checkout"));
        expand(robot, "Recovery");
        TextField field = robot.lookup("#field-restart_time").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("45s").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Component checkout = model.topology().component("checkout").orElseThrow();
        // a loaded machine may deliver the typed keys after one round of events: wait for the commit (5 s at most)
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Long.valueOf(45L).equals(checkout.value("restart_time")));
        } catch (java.util.concurrent.TimeoutException e) {
            // reported by the assertion below
        }
        assertEquals(45L, checkout.value("restart_time"));
        assertTrue(field.isFocused());

        // when Ctrl+Z is pressed there, then the document edit is undone (the field has no unsaved typing)
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30L, checkout.value("restart_time"));
        assertEquals("30", field.getText().replaceAll("[^0-9]", ""), field.getText());

        // and Ctrl+Shift+Z redoes it, still from the field
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(45L, checkout.value("restart_time"));

        // when something is typed but not committed, Ctrl+Z undoes the typing first, not the document
        robot.write("9");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(45L, checkout.value("restart_time"));
        assertFalse(field.getText().contains("9"), field.getText());
    }

    @Test
    void fileExportOpensTheExportWindowWithAPreview(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextArea preview = robot.lookup("#exportPreview")
                .queryAs(javafx.scene.control.TextArea.class);
        assertTrue(preview.getText().contains("\"Checkout\""), preview.getText());
        assertTrue(robot.lookup("#exportSave").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dev.lifeboat.io.export.Exporter> format = robot.lookup("#exportFormat")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("json", format.getValue().id(), "the window opens on json");
        assertTrue(format.getItems().stream().map(dev.lifeboat.io.export.Exporter::id).toList()
                .containsAll(java.util.List.of("report-html", "report-pdf")), "the report is offered");
        for (String field : new String[] {"Format", "Scenario", "Journey"}) {
            javafx.scene.control.Label label = robot.lookup(n -> n instanceof javafx.scene.control.Label l
                    && field.equals(l.getText())).queryAs(javafx.scene.control.Label.class);
            assertTrue(label.getWidth() >= label.prefWidth(-1) - 0.5, field + " is shown whole, not cut to ...");
        }
    }
}
