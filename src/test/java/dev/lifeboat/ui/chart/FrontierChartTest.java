package dev.lifeboat.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.chart.FrontierChart.Measure;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.panels.FrontierViewModel;
import dev.lifeboat.ui.panels.FrontierViewModel.DesignEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Entry;
import dev.lifeboat.ui.panels.FrontierViewModel.PointEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Scope;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frontier chart drawn at a small size with a real frontier (the payments-ledger sample's "Authorize payment"
 * under zone loss: nine points from $15,385 to $16,800 a month and the design at $57,877): tick labels that do not
 * overlap, in order, durations with "unbounded" on top; marks drawn whole inside the plot, in the order of their
 * values, unbounded ones in the band; labels clear of each other; the staircase never rising; and the cost axis
 * fitted to the points with the design at its edge.
 */
@ExtendWith(ApplicationExtension.class)
class FrontierChartTest {

    private static final Path SAMPLE = Path.of("samples/payments-ledger.json");

    private FrontierChart rpo;
    private FrontierChart rto;
    private List<Entry> entries;
    private FrontierViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        DesignerModel model = new DesignerModel(UiExecutor.sameThread(), new Document(TopologyFiles.load(SAMPLE),
                SAMPLE));
        model.journeyProperty().set(model.topology().journey("authorize-payment").orElseThrow());
        vm = new FrontierViewModel(model);
        vm.open();
        vm.scopeProperty().set(new Scope(Scenario.ZONE_LOSS));
        assertNotNull(vm.resultProperty().get(), vm.messageProperty().get());
        entries = List.copyOf(vm.entries());
        rpo = new FrontierChart(Measure.RPO, model.topology().prices());
        rto = new FrontierChart(Measure.RTO, model.topology().prices());
        rpo.show(entries, model.topology().prices(), false);
        rto.show(entries, model.topology().prices(), false);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(rpo, rto);
        rpo.setPrefSize(520, 300);
        rto.setPrefSize(520, 300);
        Scene scene = new Scene(box, 520, 600);
        // the designer's style, as the frontier window has it
        scene.getStylesheets().add(FrontierChart.class.getResource("/dev/lifeboat/ui/designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static List<Text> ticks(javafx.scene.chart.Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                .map(Text.class::cast).toList();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }

    @Test
    void axesAreReadable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(entries.stream().filter(e -> e instanceof PointEntry).count() >= 6, entries::toString);
        for (FrontierChart c : List.of(rpo, rto)) {
            List<Text> y = ticks(c.getYAxis());
            assertTrue(y.size() >= 4, () -> c.measure() + " ticks: " + y.size());
            // durations from the bottom up, "unbounded" last, none overlapping the next
            assertEquals("0s", y.get(0).getText());
            assertEquals("unbounded", y.get(y.size() - 1).getText());
            long last = -1;
            for (int k = 0; k < y.size() - 1; k++) {
                long s = Durations.parseSeconds(y.get(k).getText());
                assertTrue(s > last, () -> "ascending: " + y.stream().map(Text::getText).toList());
                last = s;
                assertFalse(overlap(y.get(k).getBoundsInParent(), y.get(k + 1).getBoundsInParent()),
                        y.get(k).getText() + " and " + y.get(k + 1).getText());
            }
            List<Text> x = ticks(c.getXAxis());
            assertTrue(x.size() >= 2, "cost ticks");
            for (int k = 0; k < x.size() - 1; k++) {
                assertTrue(x.get(k).getText().matches("\\$[\\d,]+"), x.get(k).getText());
                assertFalse(overlap(x.get(k).getBoundsInParent(), x.get(k + 1).getBoundsInParent()));
            }
        }
    }

    @Test
    void marksAreWholeInsideThePlotInTheOrderOfTheirValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (FrontierChart c : List.of(rpo, rto)) {
            double w = c.getXAxis().getWidth();
            double h = c.getYAxis().getHeight();
            DurationAxis axis = (DurationAxis) c.getYAxis();
            for (Entry e : entries) {
                Bounds b = c.markOf(e).getBoundsInParent();
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= w && b.getMinY() >= 0 && b.getMaxY() <= h,
                        () -> c.measure() + " " + e.label() + " drawn whole: " + b + " in " + w + "x" + h);
                double centre = (b.getMinY() + b.getMaxY()) / 2;
                if (c.measure().of(e).isUnbounded()) {
                    assertTrue(centre < axis.bandExtent(), e.label() + " in the unbounded band");
                } else {
                    assertTrue(centre > axis.bandExtent(), e.label() + " below the band");
                }
            }
            // a shorter duration is drawn lower, a dearer entry further right
            for (Entry a : entries) {
                for (Entry b : entries) {
                    TimeBound ta = c.measure().of(a);
                    TimeBound tb = c.measure().of(b);
                    if (ta.compareTo(tb) < 0) {
                        assertTrue(centreY(c, a) > centreY(c, b), a.label() + " below " + b.label());
                    }
                    if (a.monthlyCost() < b.monthlyCost() - 1) {
                        assertTrue(centreX(c, a) < centreX(c, b), a.label() + " left of " + b.label());
                    }
                }
            }
        }
    }

    @Test
    void labelsAreClearOfEachOtherAndTheStaircaseNeverRises(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (FrontierChart c : List.of(rpo, rto)) {
            List<Label> shown = c.lookupAll(".frontier-label").stream().filter(Node::isVisible)
                    .map(Label.class::cast).toList();
            assertTrue(shown.stream().anyMatch(l -> l.getText().equals("Baseline")), "the design is named");
            assertTrue(shown.size() >= 5, () -> c.measure() + " labels shown: " + shown.size());
            for (int i = 0; i < shown.size(); i++) {
                for (int k = i + 1; k < shown.size(); k++) {
                    assertFalse(overlap(shown.get(i).getBoundsInParent(), shown.get(k).getBoundsInParent()),
                            c.measure() + ": " + shown.get(i).getText() + " and " + shown.get(k).getText());
                }
            }
            javafx.scene.shape.Path stairs = (javafx.scene.shape.Path) c.lookup(".frontier-staircase");
            List<double[]> corners = new ArrayList<>();
            stairs.getElements().forEach(el -> {
                if (el instanceof javafx.scene.shape.MoveTo m) {
                    corners.add(new double[] {m.getX(), m.getY()});
                } else if (el instanceof javafx.scene.shape.LineTo l) {
                    corners.add(new double[] {l.getX(), l.getY()});
                }
            });
            assertTrue(corners.size() >= 4, "a staircase of several steps");
            for (int k = 1; k < corners.size(); k++) {
                // to the right at the same height, or down (a better value) at the same cost
                assertTrue(corners.get(k)[0] >= corners.get(k - 1)[0] - 1e-9);
                assertTrue(corners.get(k)[1] >= corners.get(k - 1)[1] - 1e-9, "never up");
            }
        }
    }

    @Test
    void fittedToThePointsTheFarDesignSitsAtTheEdgeWithItsCost(FxRobot robot) {
        DesignEntry baseline = vm.current();
        robot.interact(() -> rto.show(entries, vm.prices(), true));
        WaitForAsyncUtils.waitForFxEvents();
        double w = rto.getXAxis().getWidth();
        Bounds b = rto.markOf(baseline).getBoundsInParent();
        assertTrue(b.getMaxX() <= w && b.getMinX() > w * 0.75, "at the right-hand edge: " + b + " of " + w);
        assertTrue(((StackPane) rto.markOf(baseline)).getChildren().get(0).getStyleClass().contains("beyond"));
        Label named = rto.lookupAll(".frontier-label.design").stream().map(Label.class::cast).findFirst()
                .orElseThrow();
        assertEquals("Baseline \u2192 $57,877", named.getText());
        // the points now spread over most of the axis
        double first = centreX(rto, entries.get(0));
        double last = entries.stream().filter(e -> e instanceof PointEntry).mapToDouble(e -> centreX(rto, e)).max()
                .orElseThrow();
        assertTrue(last - first > w * 0.6, "the points spread: " + (last - first) + " of " + w);
    }

    private static double centreX(FrontierChart c, Entry e) {
        Bounds b = c.markOf(e).getBoundsInParent();
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    private static double centreY(FrontierChart c, Entry e) {
        Bounds b = c.markOf(e).getBoundsInParent();
        return (b.getMinY() + b.getMaxY()) / 2;
    }
}
