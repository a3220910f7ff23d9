package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommender;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.base.FxExecutor;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.panels.RecommendViewModel;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
 * Analyse ▸ Recommend in the real window, with the real recommender in the background: ask for a recommendation for
 * a journey that misses its objectives, apply option 1 (one undoable edit after which the live analysis shows every
 * objective met), undo and redo it; make a variant of it; cancel a running search; see a result the design moved on
 * from marked stale and recompute it.
 */
@ExtendWith(ApplicationExtension.class)
class RecommendWindowTest {

    /** A design whose journey "Place order" misses its objectives and the menus can fix. */
    private static final Path REACHABLE = Path.of("src/test/resources/recommend-order-processor.json");
    private static final String PREFS = "dev/lifeboat/ui-recommend-test";

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;
    private FxExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxExecutor();
        Topology t = TopologyFiles.load(REACHABLE);
        model = new DesignerModel(executor, new Document(t, REACHABLE));
        window = new DesignerWindow(model, new Theme(), new DocumentService(UiExecutor.sameThread(), home),
                Preferences.userRoot().node(PREFS));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        executor.shutdown();
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private Journey placeOrder() {
        return model.topology().journey("place-order").orElseThrow();
    }

    private static boolean meetsAll(IncrementalAnalysis a, Journey j) {
        for (Scenario s : Scenario.values()) {
            JourneyAssessment ja = a.journey(j, s);
            if (Boolean.FALSE.equals(ja.meetsRpo()) || Boolean.FALSE.equals(ja.meetsRto())) {
                return false;
            }
        }
        return true;
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private RecommendViewModel vm() {
        RecommendWindow w = window.recommendWindow();
        assertNotNull(w, "the recommendation window was opened");
        return w.viewModel();
    }

    /** Waits (off the FX thread) until the search has given its result. */
    private Recommendation awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.recommendWindow() != null
                && vm().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return vm().resultProperty().get();
    }

    /** The settings of the components an option changes, by component id, then key: value or "unset". */
    private Map<String, Map<String, Object>> settingsOf(Recommendation.Option o) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Recommendation.Change c : o.changes()) {
            Component comp = model.topology().component(c.component().id()).orElseThrow();
            Map<String, Object> values = new LinkedHashMap<>();
            c.values().keySet().forEach(k -> values.put(k, comp.isSet(k) ? comp.value(k) : "unset"));
            out.put(comp.id(), values);
        }
        return out;
    }

    @Test
    void recommendApplyUndoAndRedo(FxRobot robot) throws Exception {
        // given a journey that misses its objectives
        assertFalse(meetsAll(model.document().analysis(), placeOrder()));

        // when a recommendation is asked for with the menu's shortcut
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        Recommendation r = awaitResult();

        // then the window shows it for that journey, with the first option's cost, changes and numbers
        assertEquals(Recommendation.Status.FOUND, r.status());
        assertEquals("place-order", r.journey().id());
        Object chosen = robot.lookup("#recommendJourney").queryAs(ChoiceBox.class).getValue();
        assertEquals("place-order", chosen instanceof Journey j ? j.id() : null, "the journey chosen");
        Recommendation.Option first = r.options().get(0);
        assertTrue(first.kinds().contains(Recommendation.Kind.CHEAPEST));
        String cost = robot.lookup("#recommendCost-1").queryAs(Label.class).getText();
        assertTrue(cost.startsWith(first.costDifference() < 0 ? "-$" : "+$") && cost.contains("/month"), cost);
        assertTrue(texts(robot, "#recommendOption-1").contains("orders-db: PITR, synchronous replica in another "
                + "zone, automatic failover"), () -> "the change's title: " + texts(robot, "#recommendOption-1"));
        assertTrue(texts(robot, "#recommendOption-1").contains("Replication: Synchronous"));
        assertTrue(texts(robot, "#recommendOption-1").contains("unbounded \u2192 5s  \u2714"),
                () -> "the RPO it reaches under node loss: " + texts(robot, "#recommendOption-1"));
        Map<String, Map<String, Object>> before = settingsOf(first);
        String json = TopologyFiles.toJson(model.topology());

        // when option 1 is applied
        robot.clickOn("#recommendApply-1");
        WaitForAsyncUtils.waitForFxEvents();

        // then every changed setting has its new value, the live analysis shows every objective met, and it is one
        // edit in the Edit menu
        first.values().forEach((id, values) -> values.forEach((k, v) -> assertEquals(v,
                model.topology().component(id).orElseThrow().value(k), id + " " + k)));
        assertTrue(meetsAll(model.document().analysis(), placeOrder()), "the journey meets every objective now");
        assertEquals("Undo Apply recommendation (cheapest)", menuItem(robot, "undoItem").getText());
        assertTrue(vm().messageProperty().get().contains("now meets every objective"), vm().messageProperty().get());
        assertTrue(vm().staleProperty().get(), "the result is for the design before the edit");
        assertTrue(robot.lookup("#recommendApply-1").queryAs(Button.class).isDisabled());

        // when undone with Ctrl+Z in the recommendation window, the original settings are back (and the design is
        // the one loaded)
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, settingsOf(first));
        assertEquals(json, TopologyFiles.toJson(model.topology()));
        assertFalse(meetsAll(model.document().analysis(), placeOrder()));

        // and redo applies it again, in one step
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(meetsAll(model.document().analysis(), placeOrder()));
        assertNotEquals(before, settingsOf(first));
    }

    @Test
    void makeVariantCreatesAVariantWithTheOptionsValues(FxRobot robot) throws Exception {
        String json = TopologyFiles.toJson(model.topology());
        robot.interact(() -> menuItem(robot, "recommendItem").fire());
        Recommendation r = awaitResult();
        Recommendation.Option first = r.options().get(0);

        robot.clickOn("#recommendVariant-1");
        WaitForAsyncUtils.waitForFxEvents();

        // then the baseline has a variant with exactly the option's values, named after the journey and the option
        Topology base = model.baseDocument().baseline();
        Variant v = base.variant("Place order: cheapest").orElseThrow(() -> new AssertionError("variants: "
                + base.variants()));
        assertEquals(first.values(), v.changes());
        assertEquals("Undo Make variant Place order: cheapest from recommendation (cheapest)",
                menuItem(robot, "undoItem").getText());
        // the baseline's settings are untouched, and the variant meets every objective
        Topology applied = v.apply(base);
        IncrementalAnalysis a = dev.lifeboat.engine.rules.RuleBook.standard().analyse(applied);
        try {
            assertTrue(meetsAll(a, applied.journey("place-order").orElseThrow()));
        } finally {
            a.dispose();
        }
        assertFalse(meetsAll(model.document().analysis(), placeOrder()));
        // the result still holds for the design shown: a second variant gets a name of its own
        assertFalse(vm().staleProperty().get());
        robot.clickOn("#recommendVariant-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(base.variant("Place order: cheapest 2").isPresent());

        // undo removes them
        robot.interact(() -> model.undo());
        robot.interact(() -> model.undo());
        assertTrue(base.variants().isEmpty());
        assertEquals(json, TopologyFiles.toJson(model.topology()));
    }

    @Test
    void cancelStopsARunningSearchAndLeavesTheDesignUnchanged(FxRobot robot) throws Exception {
        // a search held at its first stage until the test lets it go; it then polls the cancel flag as usual
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicBoolean threw = new AtomicBoolean();
        window.setRecommendSearch((t, j, cancelled, progress) -> {
            try {
                return Recommender.standard().recommend(t, j, cancelled, (stage, done) -> {
                    progress.stage(stage, done);
                    started.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (java.util.concurrent.CancellationException e) {
                threw.set(true);
                throw e;
            } finally {
                ended.countDown();
            }
        });
        String json = TopologyFiles.toJson(model.topology());
        long revision = model.document().commands().revisionProperty().get();

        robot.interact(() -> menuItem(robot, "recommendItem").fire());
        assertTrue(started.await(60, TimeUnit.SECONDS), "the search started");
        WaitForAsyncUtils.waitForFxEvents();

        // while it runs the window says so and offers Cancel; the designer answers
        assertTrue(vm().runningProperty().get());
        assertTrue(robot.lookup("#recommendCancel").queryAs(Button.class).isVisible());
        assertEquals("Searching: reading the menus\u2026", robot.lookup("#recommendStage").queryAs(Label.class)
                .getText());
        robot.clickOn("#recommendCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm().runningProperty().get());
        release.countDown();
        assertTrue(ended.await(60, TimeUnit.SECONDS), "the search stopped");
        WaitForAsyncUtils.waitForFxEvents();

        // then the search was stopped by its cancel flag, nothing is shown, and the design is as it was
        assertTrue(threw.get(), "the recommender saw the cancel");
        assertNull(vm().resultProperty().get());
        assertEquals("Cancelled: the design is unchanged.", robot.lookup("#recommendMessage").queryAs(Label.class)
                .getText());
        assertEquals(json, TopologyFiles.toJson(model.topology()));
        assertEquals(revision, model.document().commands().revisionProperty().get());
        assertFalse(model.document().commands().canUndoProperty().get());
    }

    @Test
    void aResultTheDesignMovedOnFromIsStaleUntilRecomputed(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        window.setRecommendSearch((t, j, cancelled, progress) -> Recommender.standard().recommend(t, j, cancelled,
                (stage, done) -> {
                    progress.stage(stage, done);
                    started.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        robot.interact(() -> menuItem(robot, "recommendItem").fire());
        assertTrue(started.await(60, TimeUnit.SECONDS));

        // when the design changes while the search runs
        robot.interact(() -> model.execute(new SetSettingCommand(model.topology().component("orders-db")
                .orElseThrow(), "backup_interval", 7200L)));
        release.countDown();
        awaitResult();

        // then the result is shown stale, its buttons off, with a way to recompute
        assertTrue(vm().staleProperty().get());
        assertTrue(robot.lookup("#recommendApply-1").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#recommendMessage").queryAs(Label.class).getText().contains("recompute"));
        assertFalse(vm().apply(vm().resultProperty().get().options().get(0)), "a stale option is not applied");

        // and Recompute gives a fresh one for the design as it is
        robot.clickOn("#recommendRun");
        awaitResult();
        assertFalse(vm().staleProperty().get());
        assertFalse(robot.lookup("#recommendApply-1").queryAs(Button.class).isDisabled());
    }

    /** Every label's text under the node, one per line. */
    private static String texts(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        StringBuilder sb = new StringBuilder();
        root.lookupAll(".label").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }
}
