package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.base.FxExecutor;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.chart.FrontierChart;
import dev.lifeboat.ui.chart.FrontierChart.Measure;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.panels.FrontierViewModel;
import dev.lifeboat.ui.panels.FrontierViewModel.DesignEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Entry;
import dev.lifeboat.ui.panels.FrontierViewModel.PointEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Scope;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
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
 * Analyse ▸ Frontier in the real window, with the real frontier search in the background, on the order-processor
 * sample (a baseline and the variant "Proposal A"): the charts show one mark per frontier point and one for each
 * design, their axes in durations and the currency; a point clicked on one chart is ringed on both, selected in the
 * table and shown in detail; Make variant makes a variant with exactly the point's changes, and Ctrl+Z takes it back;
 * Apply is one undoable edit; a row picked with the keyboard picks its point.
 */
@ExtendWith(ApplicationExtension.class)
class FrontierWindowTest {

    private static final Path SAMPLE = Path.of("samples/order-processor.json");
    private static final String PREFS = "dev/lifeboat/ui-frontier-test";
    /** A tick label of a duration axis: "0s", "15m", "1h30m", "2d", or "unbounded". */
    private static final Pattern DURATION = Pattern.compile("unbounded|0s|(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?");

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;
    private FxExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxExecutor();
        Topology t = TopologyFiles.load(SAMPLE);
        model = new DesignerModel(executor, new Document(t, SAMPLE));
        window = new DesignerWindow(model, new Theme(), new DocumentService(UiExecutor.sameThread(), home),
                Preferences.userRoot().node(PREFS));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        executor.shutdown();
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private FrontierViewModel vm() {
        FrontierWindow w = window.frontierWindow();
        assertNotNull(w, "the frontier window was opened");
        return w.viewModel();
    }

    /** Waits (off the FX thread) for a frontier under this scope (null: the worst over all failures). */
    private Frontier awaitFrontier(Scenario scenario) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.frontierWindow() != null
                && vm().resultProperty().get() != null && vm().resultProperty().get().scenario() == scenario);
        WaitForAsyncUtils.waitForFxEvents();
        return vm().resultProperty().get();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private FrontierChart chart(Measure m) {
        return window.frontierWindow().chart(m);
    }

    private List<PointEntry> points() {
        return vm().entries().stream().filter(e -> e instanceof PointEntry).map(PointEntry.class::cast).toList();
    }

    /** Whether the mark of this entry is ringed as the one picked on the chart. */
    private boolean ringed(Measure m, Entry e) {
        Node mark = chart(m).markOf(e);
        return mark != null && ((StackPane) mark).getChildren().get(0).getStyleClass().contains("selected");
    }

    /** The tick labels the axis shows, in its order. */
    private static List<String> tickLabels(Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                .map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void chartsShowTheFrontierAndAPointMadeAVariantIsUndone(FxRobot robot) throws Exception {
        String json = TopologyFiles.toJson(model.topology());

        // when the frontier window is opened with its shortcut
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Frontier worst = awaitFrontier(null);

        // then it shows the frontier of the journey selected, the worst over all failures
        assertEquals("place-order", worst.journey().id());
        assertEquals("Worst over all failures", robot.lookup("#frontierScope").queryAs(ChoiceBox.class)
                .getConverter().toString(FrontierViewModel.WORST));

        // when one scenario is chosen, the frontier under it alone
        robot.interact(() -> robot.lookup("#frontierScope").queryAs(ChoiceBox.class)
                .setValue(new Scope(Scenario.NODE_LOSS)));
        Frontier f = awaitFrontier(Scenario.NODE_LOSS);
        assertTrue(f.proven());
        assertTrue(f.points().size() >= 3, "a frontier of several points: " + f.points().size());
        assertTrue(robot.lookup("#frontierHeadline").queryAs(Label.class).getText().startsWith(
                f.points().size() + " Pareto-optimal configurations"));

        // then each chart has one mark per frontier point, one for the design shown and one for the variant, the
        // designs labelled with their names
        for (Measure m : Measure.values()) {
            Node c = robot.lookup("#frontier" + (m == Measure.RPO ? "Rpo" : "Rto") + "Chart").query();
            assertEquals(f.points().size(), c.lookupAll(".frontier-point").size(), m + " points");
            assertEquals(1, c.lookupAll(".frontier-current").size(), m + " the design shown");
            assertEquals(1, c.lookupAll(".frontier-variant").size(), m + " Proposal A");
            List<String> labels = c.lookupAll(".frontier-label.design").stream()
                    .map(n -> ((Label) n).getText()).toList();
            assertTrue(labels.containsAll(List.of(Variant.BASELINE, "Proposal A")), labels.toString());
            // the time axis in durations, unbounded values on a band of their own; the cost axis in dollars
            List<String> ticks = tickLabels(chart(m).getYAxis());
            assertTrue(ticks.size() >= 4, ticks.toString());
            ticks.forEach(t -> assertTrue(DURATION.matcher(t).matches(), "a duration: " + t));
            assertEquals("unbounded", ticks.get(ticks.size() - 1), "the unbounded band: " + ticks);
            assertEquals("0s", ticks.get(0));
            tickLabels(chart(m).getXAxis()).forEach(t -> assertTrue(t.matches("\\$[\\d,]+"), "dollars: " + t));
        }
        // the design shown is dominated under node loss: hollow, with its own words
        DesignEntry current = vm().current();
        assertTrue(current.dominated());
        assertTrue(chart(Measure.RTO).markOf(current).lookup(".frontier-current").getStyleClass()
                .contains("dominated"));

        // when a point with changes is clicked on the RTO chart
        PointEntry p = points().stream().filter(x -> x.point().changes().size() >= 2).findFirst().orElseThrow();
        robot.clickOn("#frontierRtoPoint" + p.number());
        WaitForAsyncUtils.waitForFxEvents();

        // then it is picked: ringed on both charts, selected in the table, its changes and numbers in detail
        assertEquals(p, vm().selectedProperty().get());
        assertTrue(ringed(Measure.RPO, p) && ringed(Measure.RTO, p), "ringed on both charts");
        assertEquals(p, robot.lookup("#frontierTable").queryAs(TableView.class).getSelectionModel()
                .getSelectedItem());
        assertEquals("Point " + p.number(), robot.lookup("#frontierDetailTitle").queryAs(Label.class).getText());
        String details = texts(robot, "#frontierDetails");
        for (var c : p.point().changes()) {
            assertTrue(details.contains(c.component().name() + ": " + c.option()), () -> "the change: " + details);
        }
        assertTrue(details.contains("Node loss") && details.contains("Logical corruption"), "numbers per scenario");
        String cost = robot.lookup("#frontierDetailCost").queryAs(Label.class).getText();
        assertTrue(cost.startsWith(p.point().costDifference() < 0 ? "-$" : "+$"), cost);

        // when it is made a variant
        robot.clickOn("#frontierVariant");
        WaitForAsyncUtils.waitForFxEvents();

        // then the baseline has a variant named after the journey and the point, with exactly its changes
        Topology base = model.baseDocument().baseline();
        String name = "Place order: frontier " + p.number();
        Variant v = base.variant(name).orElseThrow(() -> new AssertionError("variants: " + base.variants()));
        assertEquals(p.point().option().values(), v.changes());
        assertEquals("Undo Make variant " + name, menuItem(robot, "undoItem").getText());
        assertFalse(vm().staleProperty().get(), "a new variant changes nothing the frontier rests on");
        assertTrue(vm().messageProperty().get().contains(name), vm().messageProperty().get());

        // and Ctrl+Z in the frontier window takes it back
        robot.clickOn("#frontierDetailTitle");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(base.variant(name).isEmpty(), "the variant is gone");
        assertEquals(json, TopologyFiles.toJson(model.topology()));
    }

    @Test
    void aRowPickedWithTheKeyboardPicksItsPointAndApplyIsOneUndoableEdit(FxRobot robot) throws Exception {
        String json = TopologyFiles.toJson(model.topology());
        robot.interact(() -> menuItem(robot, "frontierItem").fire());
        Frontier f = awaitFrontier(null);
        assertFalse(f.points().isEmpty());

        // when the table's first row is picked and the keyboard moves down one row
        TableView<?> table = robot.lookup("#frontierTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        });
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        // then the second entry is picked, as a click on its mark would
        Entry second = vm().entries().get(1);
        assertEquals(second, vm().selectedProperty().get());
        assertTrue(ringed(Measure.RPO, second) && ringed(Measure.RTO, second));

        // when a point with changes is applied
        PointEntry p = points().stream().filter(x -> !x.point().changes().isEmpty()).reduce((a, b) -> b)
                .orElseThrow();
        robot.interact(() -> vm().selectedProperty().set(p));
        robot.clickOn("#frontierApply");
        WaitForAsyncUtils.waitForFxEvents();

        // then its settings are the design's, as one edit; the result is stale, its buttons off
        p.point().option().values().forEach((id, values) -> values.forEach((k, val) -> assertEquals(val,
                model.topology().component(id).orElseThrow().value(k), id + " " + k)));
        assertEquals("Undo Apply frontier point " + p.number(), menuItem(robot, "undoItem").getText());
        assertTrue(vm().staleProperty().get());
        assertTrue(robot.lookup("#frontierApply").queryAs(Button.class).isDisabled());
        assertTrue(chart(Measure.RPO).getStyleClass().contains("stale"));

        // and one undo takes it back
        robot.interact(() -> model.undo());
        assertEquals(json, TopologyFiles.toJson(model.topology()));
    }

    @Test
    void aFrontierCutShortByTheTimeLimitSaysSo(FxRobot robot) throws Exception {
        window.setFrontierSearch((t, j, scenario, cancelled, progress) -> new FrontierSearch(RuleBook.standard(), 0)
                .frontier(t, j, scenario, cancelled, progress));
        robot.interact(() -> menuItem(robot, "frontierItem").fire());
        Frontier f = awaitFrontier(null);
        assertFalse(f.proven());
        Label headline = robot.lookup("#frontierHeadline").queryAs(Label.class);
        assertTrue(headline.getText().contains("time limit"), headline.getText());
        assertTrue(headline.getStyleClass().contains("frontier-warning"));
    }

    @Test
    void aJourneyThroughACycleHasNoChartsAndSaysWhy(FxRobot robot) throws Exception {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "api");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(db, api, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(api), null, null);
        robot.interact(() -> model.open(new Document(t, null)));
        robot.interact(() -> menuItem(robot, "frontierItem").fire());
        Frontier f = awaitFrontier(null);
        assertTrue(f.cyclic());
        assertTrue(robot.lookup("#frontierHeadline").queryAs(Label.class).getText().contains("no frontier"));
        assertFalse(robot.lookup("#frontierRpoChart").query().getParent().isVisible(), "no charts");
        // the table still lists the design shown, with its numbers
        assertEquals(1, robot.lookup("#frontierTable").queryAs(TableView.class).getItems().size());
    }

    /** Every label's text under the node, one per line. */
    private static String texts(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        StringBuilder sb = new StringBuilder();
        root.lookupAll(".label").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }
}
