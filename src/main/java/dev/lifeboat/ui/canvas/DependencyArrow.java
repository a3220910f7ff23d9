package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Dependency;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * A dependency drawn as an arrow from the dependent to its dependency: solid when hard, dashed when
 * soft, thicker on the selected journey's critical path, red in a cycle. After an auto layout it follows the
 * layout's route around the cards (see {@link Routes}); otherwise, and once a card moves, a straight line
 * between the two cards' borders.
 */
public final class DependencyArrow extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Dependency dependency;
    private final ComponentCard source;
    private final ComponentCard target;
    private final Routes routes;
    private final Polyline line = new Polyline();
    private final Polygon head = new Polygon();
    private boolean routed;

    public DependencyArrow(Dependency dependency, ComponentCard source, ComponentCard target, Routes routes) {
        this.dependency = dependency;
        this.source = source;
        this.target = target;
        this.routes = routes;
        getStyleClass().add("dependency");
        line.getStyleClass().add("dependency-line");
        head.getStyleClass().add("dependency-head");
        getChildren().addAll(line, head);
        source.layoutXProperty().addListener(o -> update());
        source.layoutYProperty().addListener(o -> update());
        source.widthProperty().addListener(o -> update());
        target.layoutXProperty().addListener(o -> update());
        target.layoutYProperty().addListener(o -> update());
        target.widthProperty().addListener(o -> update());
        refreshStrength();
        update();
    }

    public Dependency dependency() {
        return dependency;
    }

    public void refreshStrength() {
        toggle("hard", dependency.isHard());
        toggle("soft", !dependency.isHard());
    }

    /** Shows the arrow on the critical path, in a cycle, or dimmed; touches the style only on change. */
    public void decorate(boolean critical, boolean cyclic, boolean dimmed) {
        toggle("critical", critical);
        toggle("cycle", cyclic);
        setOpacity(dimmed ? 0.25 : 1);
    }

    private void toggle(String styleClass, boolean on) {
        // changing the style classes restyles the node: with thousands of arrows, only when it changes
        if (getStyleClass().contains(styleClass) != on) {
            if (on) {
                getStyleClass().add(styleClass);
            } else {
                getStyleClass().remove(styleClass);
            }
        }
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Whether the arrow follows a layout route (rather than a straight line). */
    public boolean routed() {
        return routed;
    }

    /** The points of the arrow's shaft, x and y alternating (world coordinates). */
    public double[] points() {
        return line.getPoints().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The distance from a point (canvas world coordinates) to the arrow's shaft. */
    public double distanceTo(double x, double y) {
        var p = line.getPoints();
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < p.size(); i += 2) {
            best = Math.min(best, segmentDistance(x, y, p.get(i), p.get(i + 1), p.get(i + 2), p.get(i + 3)));
        }
        return best;
    }

    private static double segmentDistance(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** Recomputes the geometry from the two cards' positions (and the layout's route while it holds). */
    public void update() {
        double[] route = routes.route(dependency.source().id(), dependency.target().id(), source.getLayoutX(),
                source.getLayoutY(), target.getLayoutX(), target.getLayoutY());
        routed = route != null && route.length >= 4;
        double[] pts;
        if (routed) {
            pts = route.clone();
        } else {
            Point2D a = source.border(target.centerX(), target.centerY());
            Point2D b = target.border(source.centerX(), source.centerY());
            pts = new double[] {a.getX(), a.getY(), b.getX(), b.getY()};
        }
        int n = pts.length;
        double tipX = pts[n - 2];
        double tipY = pts[n - 1];
        double dx = tipX - pts[n - 4];
        double dy = tipY - pts[n - 3];
        double len = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double baseX = tipX - ux * 11;
        double baseY = tipY - uy * 11;
        pts[n - 2] = baseX;
        pts[n - 1] = baseY;
        Double[] boxed = new Double[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = pts[i];
        }
        line.getPoints().setAll(boxed);
        head.getPoints().setAll(tipX, tipY, baseX - uy * 5, baseY + ux * 5, baseX + uy * 5, baseY - ux * 5);
    }
}
