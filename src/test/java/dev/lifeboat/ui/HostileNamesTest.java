package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.command.RenameCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.panels.RecoveryOrderViewModel;
import dev.lifeboat.ui.panels.ResultsViewModel;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
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
 * Names come from files anyone may write: the designer shows control and bidi characters in them escaped, on
 * the card, in the results and recovery tables, the inspector, the Edit menu and the status line.
 */
@ExtendWith(ApplicationExtension.class)
class HostileNamesTest {

    /** Clears the screen, rings, NUL, CR, BS, DEL, a C1 CSI, a bidi override, a line separator, a forged line. */
    static final String HOSTILE = "\u001B[2J\u0007\u0000\r\b\u007F\u009B\u202E\u2028\nOK      0 objectives missed";
    /** How the start of {@link #HOSTILE} reads once escaped. */
    static final String ESCAPED = "\\u001B[2J\\u0007\\u0000\\r\\u0008\\u007F\\u009B\\u202E\\u2028\\n";

    private static final String PREFS = "dev/lifeboat/ui-test-hostile";

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;
    private Component db;

    @Start
    void start(Stage stage) {
        Topology t = new Topology();
        t.setName("topology " + HOSTILE);
        Place zone = t.addPlace("z", PlaceKind.ZONE, "zone " + HOSTILE, null, null);
        Component svc = t.addComponent("svc", ComponentKind.SERVICE, "svc " + HOSTILE);
        db = t.addComponent("db", ComponentKind.POSTGRESQL, "db " + HOSTILE);
        t.move(svc, 100, 120);
        t.move(db, 100, 320);
        t.place(svc, zone);
        t.place(db, zone);
        t.addDependency(svc, db, dev.lifeboat.model.Strength.HARD);
        t.set(db, "backup_interval", "1h");
        t.addJourney("j", "journey " + HOSTILE, List.of(svc), TimeBound.ofMinutes(1), TimeBound.ofMinutes(1));
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        model = new DesignerModel(UiExecutor.sameThread(), new Document(t, null));
        model.scenarioProperty().set(Scenario.ZONE_LOSS);
        window = new DesignerWindow(model, new Theme(), service, Preferences.userRoot().node(PREFS));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    /** No character a screen would act on; {@code breaks} allows the line breaks a multi-line text writes. */
    private static void assertPrintable(String what, String text, boolean breaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Printable.isUnsafe(c) && !(breaks && c == '\n')) {
                fail(what + ": unsafe character U+" + String.format("%04X", (int) c) + " at " + i + " in: "
                        + Printable.of(text));
            }
        }
    }

    private static List<String> cells(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAll().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(s -> s != null && !s.isEmpty()).toList();
    }

    @Test
    void theCardShowsTheNameEscaped(FxRobot robot) {
        ComponentCard card = window.canvas().cardOf("db");

        assertTrue(card.nameText().startsWith("db \\u001B"), card.nameText());
        assertPrintable("card name", card.nameText(), false);
        assertPrintable("card accessible text", card.getAccessibleText(), false);
        assertTrue(card.tooltipText().startsWith("db " + ESCAPED), card.tooltipText());
        assertTrue(card.tooltipText().contains("journey " + ESCAPED), "the broken objective names the journey");
        assertPrintable("card tooltip", card.tooltipText(), true);
        for (Node n : robot.lookup("#canvas .label").queryAll()) {
            if (n instanceof Label l && l.getText() != null) {
                assertPrintable("canvas label", l.getText(), false);
            }
        }
    }

    @Test
    void theResultsAndRecoveryTablesShowNamesEscaped(FxRobot robot) {
        List<String> results = cells(robot, "#resultsTable");
        List<String> recovery = cells(robot, "#recoveryTable");

        assertTrue(results.stream().anyMatch(s -> s.startsWith("journey " + ESCAPED + "OK")), results.toString());
        assertTrue(recovery.stream().anyMatch(s -> s.startsWith("db " + ESCAPED)), recovery.toString());
        results.forEach(s -> assertPrintable("results cell", s, true));
        recovery.forEach(s -> assertPrintable("recovery cell", s, true));
        cells(robot, "#resultsMatrix").forEach(s -> assertPrintable("matrix cell", s, true));
        ResultsViewModel.Row row = window.results().rows().get(0);
        robot.interact(() -> window.results().explain(row.journey(), Scenario.ZONE_LOSS, ResultsViewModel.Metric.RTO));
        ResultsViewModel.Explanation e = window.results().explanationProperty().get();
        assertTrue(e.title().startsWith("journey " + ESCAPED), e.title());
        assertTrue(e.text().contains("svc " + ESCAPED) && e.text().contains("zone " + ESCAPED), e.text());
        assertPrintable("explanation title", e.title(), false);
        assertPrintable("explanation", e.text(), true);
        RecoveryOrderViewModel recoveryVm = new RecoveryOrderViewModel(model);
        robot.interact(() -> model.journeyProperty().set(row.journey()));
        assertPrintable("recovery verdict", recoveryVm.verdictProperty().get(), false);
        assertTrue(recoveryVm.verdictProperty().get().startsWith("journey " + ESCAPED));
    }

    @Test
    void theEditMenuStatusLineAndInspectorShowNamesEscaped(FxRobot robot) {
        robot.interact(() -> model.execute(new RenameCommand(db, "db2 " + HOSTILE + "x".repeat(500))));
        WaitForAsyncUtils.waitForFxEvents();

        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem undo = bar.getMenus().get(1).getItems().stream().filter(i -> "undoItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(undo.getText().startsWith("Undo Rename db " + ESCAPED), undo.getText());
        assertPrintable("undo item", undo.getText(), false);
        assertTrue(undo.getText().length() < 300, "a long name is cut: " + undo.getText().length());
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Rename db " + ESCAPED), status.getText());
        assertPrintable("status", status.getText(), false);

        robot.interact(() -> model.selection().select(db));
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.lookup("#inspectorHeading").queryAs(Label.class);
        assertTrue(heading.getText().startsWith("db2 " + ESCAPED), heading.getText());
        assertPrintable("inspector heading", heading.getText(), false);
        String place = window.inspector().item("field-place").label(db.place());
        assertTrue(place.startsWith("zone zone " + ESCAPED), place);
        assertPrintable("placement choice", place, false);
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        assertEquals(Printable.of(db.name()), name.getText());

        // leaving the field unchanged does not rename the component to its escaped (or filtered) form
        robot.interact(() -> name.fireEvent(new javafx.event.ActionEvent()));
        assertEquals("db2 " + HOSTILE + "x".repeat(500), db.name());
        assertFalse(model.document().commands().undoDescriptionProperty().get().startsWith("Rename db2"),
                "no second rename");
    }

    @Test
    void theWindowTitleAndJourneyPickerShowNamesEscaped(FxRobot robot) {
        Stage stage = (Stage) robot.listWindows().get(0);
        String title = stage.getTitle();
        assertPrintable("window title", title, false);
        assertTrue(title.startsWith("topology " + ESCAPED), title);

        // the picker may sit in the toolbar's overflow menu, outside the scene graph: take it from the items
        @SuppressWarnings("unchecked")
        ComboBox<Journey> picker = (ComboBox<Journey>) robot.lookup(".tool-bar").queryAllAs(ToolBar.class).stream()
                .flatMap(bar -> bar.getItems().stream()).filter(n -> "journeySelector".equals(n.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(j -> j != null).findFirst()
                .orElseThrow()));
        String shown = picker.getButtonCell().getText();
        assertPrintable("journey picker", shown, false);
        assertTrue(shown.startsWith("journey " + ESCAPED), shown);
    }
}
