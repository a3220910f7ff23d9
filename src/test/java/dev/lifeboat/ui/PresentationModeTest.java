package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Comparison;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import dev.lifeboat.ui.present.PresentationView;
import dev.lifeboat.ui.present.PresentationViewModel;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
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
 * Presentation mode (F5) driven with the keyboard through every step: each scenario's title, what is greyed and
 * the numbers shown are the engine's; the variants side by side; Escape gives back the designer as it was; and no
 * text is under 18 px on a 1920×1080 projector.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private static final String PREFS = "dev/lifeboat/ui-presentation-test";

    @TempDir
    static Path home;

    private Stage stage;
    private DesignerModel model;
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Path.of("samples/multi-region-saas.json");
        model = new DesignerModel(UiExecutor.sameThread(), new Document(TopologyFiles.load(file), file));
        window = new DesignerWindow(model, new Theme(), new DocumentService(UiExecutor.sameThread(), home),
                Preferences.userRoot().node(PREFS));
        window.show(stage);
    }

    @AfterEach
    void discard(FxRobot robot) throws Exception {
        PresentationView p = window.presentation();
        if (p != null) {
            robot.interact(p::close);
        }
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private PresentationView present(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationView p = window.presentation();
        assertNotNull(p, "F5 opens the presentation");
        assertTrue(p.isShowingNow());
        return p;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<Double> dividers(FxRobot robot) {
        List<Double> out = new ArrayList<>();
        for (String id : List.of("#mainSplit", "#centreSplit", "#bottomSplit")) {
            for (SplitPane.Divider d : robot.lookup(id).queryAs(SplitPane.class).getDividers()) {
                out.add(d.getPosition());
            }
        }
        return out;
    }

    private static Set<Component> identitySet(List<Component> list) {
        Set<Component> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(list);
        return s;
    }

    @Test
    void everyScenarioAndWaveShowsTheEnginesAnalysisAndEscapeGivesTheWindowBack(FxRobot robot) {
        // given the designer on the second journey, under zone loss, with a component selected
        Topology t = model.topology();
        Journey edit = t.journey("edit-document").orElseThrow();
        Component db = t.component("app-db").orElseThrow();
        robot.interact(() -> {
            model.journeyProperty().set(edit);
            model.scenarioProperty().set(Scenario.ZONE_LOSS);
            model.selection().select(db);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> dividersBefore = dividers(robot);
        Parent rootBefore = stage.getScene().getRoot();
        boolean fullScreenBefore = stage.isFullScreen();
        javafx.geometry.Rectangle2D boundsBefore = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight());

        // when F5 is pressed
        PresentationView p = present(robot);

        // then the presentation is full screen, on that journey, with its own hint to leave
        assertTrue(p.stage().isFullScreen());
        assertEquals("", p.stage().getFullScreenExitHint());
        assertEquals("Multi-region SaaS \u2014 Edit document", text(robot, "#presentationTitle"));
        assertTrue(text(robot, "#presentationHint").contains("Esc"));

        // and each right arrow steps through the scenarios, a wave at a time, as the engine has them
        Analysis analysis = model.document().analysis();
        int steps = 0;
        for (Scenario s : Scenario.values()) {
            RecoveryPlan plan = analysis.plan(s);
            JourneyAssessment ja = analysis.journey(edit, s);
            List<Component> failed = plan.waves().stream().flatMap(w -> w.stream().map(RecoveryPlan.Step::component))
                    .toList();
            for (int back = 0; back <= plan.waves().size(); back++) {
                String where = s.label() + ", " + back + " wave(s) back";
                assertEquals(s.label() + " \u2014 " + (s.ordinal() + 1) + "/5", text(robot, "#presentationPosition"),
                        where);
                assertEquals(new Figure(ja.rpo(), ja.rpoObjective(), ja.meetsRpo(), ja.rpoAssumed()).text(),
                        text(robot, "#presentationRpo"), where);
                assertEquals(new Figure(ja.rto(), ja.rtoObjective(), ja.meetsRto(), ja.rtoAssumed()).text(),
                        text(robot, "#presentationRto"), where);
                assertEquals(identitySet(failed), p.canvas().failedComponents(), where);
                int wavesBack = back;
                List<Component> down = plan.waves().stream().flatMap(List::stream)
                        .filter(st -> st.wave() > wavesBack || st.finish().isUnbounded())
                        .map(RecoveryPlan.Step::component).toList();
                assertEquals(identitySet(down), p.canvas().downComponents(), where);
                for (Component c : t.components()) {
                    ComponentCard card = p.canvas().cardOf(c);
                    int wave = analysis.wave(c, s);
                    assertEquals(wave > 0 && wave <= back, card.showsWave(), where + ": " + c.id() + "'s badge");
                    if (card.showsWave()) {
                        assertEquals(Integer.toString(wave), card.waveText());
                    }
                }
                if (back == 0) {
                    assertTrue(text(robot, "#presentationPhase").startsWith(failed.isEmpty() ? "Nothing to recover"
                            : "What fails: " + failed.size()), where);
                } else {
                    List<RecoveryPlan.Step> wave = plan.waves().get(back - 1);
                    assertEquals("Wave " + back + " of " + plan.waves().size() + " back",
                            text(robot, "#presentationPhase"), where);
                    List<String> expected = wave.stream().limit(6).map(st -> st.component().name() + " \u2014 "
                            + st.action().label() + "  \u00B7  " + (st.finish().isUnbounded() ? "never back"
                            : "takes " + st.duration() + ", back at " + st.finish())).collect(Collectors.toList());
                    assertEquals(expected, p.waveTexts().subList(0, expected.size()), where);
                }
                robot.type(KeyCode.RIGHT);
                steps++;
            }
        }

        // then the last step sums the journey up under every scenario (this design has no variants)
        assertEquals(PresentationViewModel.Kind.SUMMARY, p.viewModel().step().kind());
        assertEquals("Every scenario", text(robot, "#presentationPosition"));
        List<List<String>> table = p.tableTexts();
        assertEquals(List.of("Scenario", "Objectives", "RPO / RTO"), table.get(0));
        for (Scenario s : Scenario.values()) {
            JourneyAssessment ja = analysis.journey(edit, s);
            assertEquals(List.of(s.label(), ja.rpoObjective() + " / " + ja.rtoObjective(),
                    new Figure(ja.rpo(), ja.rpoObjective(), ja.meetsRpo(), ja.rpoAssumed()).text() + " / "
                    + new Figure(ja.rto(), ja.rtoObjective(), ja.meetsRto(), ja.rtoAssumed()).text()),
                    table.get(s.ordinal() + 1));
        }
        assertEquals(steps + 1, p.viewModel().steps().size());
        robot.type(KeyCode.RIGHT);
        assertEquals(steps, p.viewModel().indexProperty().get(), "the last step stays the last");

        // and Left, Home, Page Down and End move as on slides
        robot.type(KeyCode.LEFT);
        assertEquals(steps - 1, p.viewModel().indexProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals("Process crash \u2014 1/5", text(robot, "#presentationPosition"));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, p.viewModel().indexProperty().get());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, p.viewModel().indexProperty().get());
        robot.type(KeyCode.END);
        assertEquals(steps, p.viewModel().indexProperty().get());

        // when Escape is pressed
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // then the designer is back exactly as it was
        assertFalse(p.isShowingNow());
        assertTrue(stage.isShowing());
        assertSame(rootBefore, stage.getScene().getRoot());
        assertEquals(fullScreenBefore, stage.isFullScreen());
        assertEquals(boundsBefore, new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()));
        assertSame(edit, model.journey());
        assertEquals(Scenario.ZONE_LOSS, model.scenario());
        assertEquals(List.of(db), model.selection().of(Component.class));
        assertEquals(dividersBefore, dividers(robot));
        assertTrue(window.canvas().cardOf(db).isFocused() || window.canvas().isFocused(),
                "the keyboard is on the canvas again");
    }

    @Test
    void theVariantsStepPutsProposalABesideTheBaseline(FxRobot robot) throws Exception {
        // given the order-processor sample, which has "Proposal A"
        Path file = Path.of("samples/order-processor.json");
        Document d = new Document(TopologyFiles.load(file), file);
        robot.interact(() -> model.open(d));
        Journey place = model.topology().journey("place-order").orElseThrow();

        // when presented and stepped to the end
        PresentationView p = present(robot);
        robot.type(KeyCode.END);

        // then the closing step shows each design's numbers as the engine's comparison has them
        assertEquals(PresentationViewModel.Kind.VARIANTS, p.viewModel().step().kind());
        assertEquals("Variants side by side", text(robot, "#presentationPosition"));
        assertFalse(p.canvas().isVisible());
        Topology baseline = model.baseDocument().baseline();
        Comparison c = Comparison.of(baseline, baseline.variants(), List.of(Scenario.values()),
                RuleBook.standard()::analyse, Comparison.Facts.NONE);
        List<List<String>> table = p.tableTexts();
        assertEquals(List.of("Scenario", "Objectives", "Baseline", "Proposal A"), table.get(0));
        int r = 1;
        for (Comparison.Row row : c.rows()) {
            if (row.journey().id().equals(place.id())) {
                List<String> expected = new ArrayList<>(List.of(row.scenario().label(),
                        row.rpoObjective() + " / " + row.rtoObjective()));
                for (Comparison.Cell cell : row.cells()) {
                    expected.add(new Figure(cell.rpo(), row.rpoObjective(), cell.meetsRpo(), cell.rpoAssumed()).text()
                            + " / " + new Figure(cell.rto(), row.rtoObjective(), cell.meetsRto(), cell.rtoAssumed())
                            .text());
                }
                assertEquals(expected, table.get(r++));
            }
        }
        assertEquals(6, r, "one row per scenario");
        // and the panel lists what the variant changes
        List<String> changes = c.columns().get(1).changes().stream().map(ch -> ch.componentName()
                + " \u2014 Proposal A  \u00B7  " + ch.setting().label().toLowerCase(java.util.Locale.ROOT) + " "
                + ch.before() + " \u2192 " + ch.after()).toList();
        assertEquals(changes, p.waveTexts());
        assertEquals("What each variant changes", text(robot, "#presentationPhase"));
        // and the differences are said in words
        List<String> differences = robot.lookup(".presentation-difference").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(differences.stream().anyMatch(s -> s.startsWith("Proposal A: Place order, node loss: RPO unbounded"
                + " -> 5s")), differences.toString());
    }

    /** The smallest text drawn under a node, in scene pixels, with where it is. */
    private static void collectSizes(Node n, List<String> small, double least) {
        if (!n.isVisible()) {
            return;
        }
        double size = -1;
        String what = null;
        if (n instanceof Text t && !t.getText().isBlank()) {
            size = t.getFont().getSize();
            what = t.getText();
        } else if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            size = l.getFont().getSize();
            what = l.getText();
        }
        if (size > 0) {
            // the canvas is zoomed: what counts is the size on the screen
            Point2D a = n.localToScene(0, 0);
            Point2D b = n.localToScene(0, 100);
            double scale = a.distance(b) / 100;
            double shown = size * scale;
            if (shown < least - 0.01) {
                small.add(what + " at " + Math.round(shown * 10) / 10.0 + " px");
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectSizes(child, small, least);
            }
        }
    }

    @Test
    void noTextIsUnder18PixelsOnA1920By1080Projector(FxRobot robot) {
        // given the presentation in a 1920×1080 window, light then dark
        PresentationView p = present(robot);
        robot.interact(() -> {
            p.stage().setFullScreen(false);
            p.stage().setWidth(1920);
            p.stage().setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1080, p.getHeight(), 1);
        assertEquals(27, PresentationView.fontSize(p.getHeight()), 0.01, "the root font follows the height");
        assertEquals(0.75 * 27, robot.lookup("#presentationHint").queryAs(Label.class).getFont().getSize(), 0.1);

        // then at every step no text, on the canvas or around it, is under 18 px
        List<String> small = new ArrayList<>();
        for (int i = 0; i < p.viewModel().steps().size(); i++) {
            int k = i;
            robot.interact(() -> p.viewModel().go(k));
            WaitForAsyncUtils.waitForFxEvents();
            collectSizes(p.getScene().getRoot(), small, 18);
        }
        assertEquals(List.of(), small.stream().distinct().toList());

        // and at 1280×800 the presentation's own text still is not (the drawing shrinks with the window)
        robot.interact(() -> {
            p.stage().setWidth(1280);
            p.stage().setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> smallAt800 = new ArrayList<>();
        for (int i = 0; i < p.viewModel().steps().size(); i++) {
            int k = i;
            robot.interact(() -> p.viewModel().go(k));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : List.of(p.getTop(), p.getRight(), p.getBottom(), robot.lookup("#presentationClosing")
                    .query())) {
                collectSizes(n, smallAt800, 18);
            }
        }
        assertEquals(List.of(), smallAt800.stream().distinct().toList());
    }
}
