package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Dependency;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * A dependency drawn as an arrow from the dependent to its dependency: solid when hard, dashed when
 * soft, thicker on the selected journey's critical path, red in a cycle. After an auto layout it follows the
 * layout's route around the cards (see {@link Routes}); otherwise, and once a card moves, a straight line
 * between the two cards' borders.
 *
 * <p>The arrow is its shaft, and its {@link #head()} is a node of its own beside it in the same layer (not a group
 * of the two: three thousand arrows are three thousand fewer nodes to style and to walk every frame). When a card
 * moves, the arrow only marks itself stale and tells its canvas, which redraws each stale arrow once before the
 * next frame (a layout moving both its cards, a coordinate at a time, redraws it once, not four times); whoever
 * reads its geometry first gets it redrawn at once.
 */
public final class DependencyArrow extends Polyline {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Dependency dependency;
    private final ComponentCard source;
    private final ComponentCard target;
    private final Routes routes;
    private final Head head = new Head(this);
    private final Runnable onStale;
    private boolean routed;
    private boolean stale;
    private int redraws;

    /** The arrow's head: a node of its own that knows its arrow (for hit tests). */
    public static final class Head extends Polygon {

        private final DependencyArrow arrow;

        private Head(DependencyArrow arrow) {
            this.arrow = arrow;
            getStyleClass().add("dependency-head");
        }

        /** The arrow this is the head of. */
        public DependencyArrow arrow() {
            return arrow;
        }
    }

    /**
     * @param onStale told when the arrow went stale (a card moved, the routes changed): the owner then calls
     *                {@link #refresh()} before the next frame
     */
    public DependencyArrow(Dependency dependency, ComponentCard source, ComponentCard target, Routes routes,
                           Runnable onStale) {
        this.dependency = dependency;
        this.source = source;
        this.target = target;
        this.routes = routes;
        this.onStale = onStale;
        getStyleClass().addAll("dependency", "dependency-line");
        InvalidationListener moved = o -> invalidate();
        source.layoutXProperty().addListener(moved);
        source.layoutYProperty().addListener(moved);
        source.widthProperty().addListener(moved);
        target.layoutXProperty().addListener(moved);
        target.layoutYProperty().addListener(moved);
        target.widthProperty().addListener(moved);
        refreshStrength();
        update();
    }

    /** An arrow redrawn as soon as a card moves (no canvas to gather the redraws). */
    public DependencyArrow(Dependency dependency, ComponentCard source, ComponentCard target, Routes routes) {
        this(dependency, source, target, routes, null);
    }

    public Dependency dependency() {
        return dependency;
    }

    /** The arrow's head, drawn beside it in the same layer. */
    public Head head() {
        return head;
    }

    public void refreshStrength() {
        toggle(this, "hard", dependency.isHard());
        toggle(this, "soft", !dependency.isHard());
    }

    /** Shows the arrow on the critical path, in a cycle, or dimmed; touches the style only on change. */
    public void decorate(boolean critical, boolean cyclic, boolean dimmed) {
        toggle(this, "critical", critical);
        toggle(head, "critical", critical);
        toggle(this, "cycle", cyclic);
        toggle(head, "cycle", cyclic);
        double opacity = dimmed ? 0.25 : 1;
        setOpacity(opacity);
        head.setOpacity(opacity);
    }

    private static void toggle(javafx.scene.Node node, String styleClass, boolean on) {
        // changing the style classes restyles the node: with thousands of arrows, only when it changes
        if (node.getStyleClass().contains(styleClass) != on) {
            if (on) {
                node.getStyleClass().add(styleClass);
            } else {
                node.getStyleClass().remove(styleClass);
            }
        }
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        head.pseudoClassStateChanged(SELECTED, selected);
    }

    /** Whether the arrow follows a layout route (rather than a straight line). */
    public boolean routed() {
        refresh();
        return routed;
    }

    /** The points of the arrow's shaft, x and y alternating (world coordinates). */
    public double[] points() {
        refresh();
        return getPoints().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The distance from a point (canvas world coordinates) to the arrow's shaft. */
    public double distanceTo(double x, double y) {
        refresh();
        var p = getPoints();
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

    /**
     * Marks the geometry stale (a card moved, the routes changed): redrawn by {@link #refresh()}, which the canvas
     * calls before the next frame; without a canvas, redrawn at once.
     */
    public void invalidate() {
        if (onStale == null) {
            update();
            return;
        }
        if (!stale) {
            stale = true;
            onStale.run();
        }
    }

    /** Whether the geometry waits to be redrawn. */
    public boolean stale() {
        return stale;
    }

    /** Redraws the arrow if it went stale. */
    public void refresh() {
        if (stale) {
            update();
        }
    }

    /** How many times the geometry was computed (for tests: once per frame however much the cards moved). */
    int redraws() {
        return redraws;
    }

    /** Recomputes the geometry from the two cards' positions (and the layout's route while it holds). */
    public void update() {
        stale = false;
        redraws++;
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
        getPoints().setAll(boxed);
        head.getPoints().setAll(tipX, tipY, baseX - uy * 5, baseY + ux * 5, baseX + uy * 5, baseY - ux * 5);
    }
}
