package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.canvas.DependencyArrow;
import dev.lifeboat.ui.canvas.Routes;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The legend's arrows are drawn by the canvas's own rules: hard, soft, critical and cycle look as they do there. */
@ExtendWith(ApplicationExtension.class)
class LegendPanelTest {

    private LegendPanel legend;
    private DependencyArrow hard;
    private DependencyArrow soft;

    @Start
    void start(Stage stage) {
        new dev.lifeboat.ui.Theme(); // the colours the designer's rules look up
        Topology t = new Topology();
        Component a = t.addComponent(null, ComponentKind.SERVICE, "a");
        Component b = t.addComponent(null, ComponentKind.POSTGRESQL, "b");
        Component c = t.addComponent(null, ComponentKind.REDIS, "c");
        t.move(b, 300, 0);
        t.move(c, 300, 200);
        t.addDependency(a, b, Strength.HARD);
        t.addDependency(a, c, Strength.SOFT);
        ComponentCard ca = new ComponentCard(a);
        ComponentCard cb = new ComponentCard(b);
        ComponentCard cc = new ComponentCard(c);
        Routes routes = new Routes();
        hard = new DependencyArrow(t.dependency(a, b).orElseThrow(), ca, cb, routes);
        soft = new DependencyArrow(t.dependency(a, c).orElseThrow(), ca, cc, routes);
        legend = new LegendPanel();
        Scene scene = new Scene(new VBox(legend, new Group(hard, soft)), 1200, 500);
        scene.getStylesheets().add(LegendPanel.class.getResource("/dev/lifeboat/ui/designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Line sample(FxRobot robot, String id) {
        return robot.lookup("#legend-" + id).lookup(".dependency-line").queryAs(Line.class);
    }

    @Test
    void theLegendsArrowsLookAsTheCanvasDrawsThem(FxRobot robot) {
        Shape hardSample = sample(robot, "hard");
        Shape softSample = sample(robot, "soft");
        Shape critical = sample(robot, "critical");
        Shape cycle = sample(robot, "cycle");

        assertEquals(hard.getStrokeDashArray(), hardSample.getStrokeDashArray());
        assertTrue(hardSample.getStrokeDashArray().isEmpty(), "hard is solid");
        assertFalse(softSample.getStrokeDashArray().isEmpty(), "soft is dashed");
        assertEquals(soft.getStrokeDashArray(), softSample.getStrokeDashArray());
        assertEquals(hard.getStrokeWidth(), hardSample.getStrokeWidth(), 1e-9);
        assertTrue(critical.getStrokeWidth() > hardSample.getStrokeWidth(), "the critical path is thicker");
        assertFalse(cycle.getStroke().equals(hardSample.getStroke()), "a cycle is red");
    }
}
