package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Dependency;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A dependency drawn as an arrow from the dependent to its dependency: solid when hard, dashed when
 * soft, thicker on the selected journey's critical path, red in a cycle. Follows its cards as they move.
 */
public final class DependencyArrow extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Dependency dependency;
    private final ComponentCard source;
    private final ComponentCard target;
    private final Line line = new Line();
    private final Polygon head = new Polygon();

    public DependencyArrow(Dependency dependency, ComponentCard source, ComponentCard target) {
        this.dependency = dependency;
        this.source = source;
        this.target = target;
        getStyleClass().add("dependency");
        line.getStyleClass().add("dependency-line");
        head.getStyleClass().add("dependency-head");
        getChildren().addAll(line, head);
        source.layoutXProperty().addListener(o -> update());
        source.layoutYProperty().addListener(o -> update());
        target.layoutXProperty().addListener(o -> update());
        target.layoutYProperty().addListener(o -> update());
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

    /** The distance from a point (canvas world coordinates) to the arrow's shaft. */
    public double distanceTo(double x, double y) {
        double x1 = line.getStartX();
        double y1 = line.getStartY();
        double dx = line.getEndX() - x1;
        double dy = line.getEndY() - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** Recomputes the geometry from the two cards' positions. */
    public void update() {
        Point2D a = source.border(target.centerX(), target.centerY());
        Point2D b = target.border(source.centerX(), source.centerY());
        line.setStartX(a.getX());
        line.setStartY(a.getY());
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            len = 1;
        }
        double ux = dx / len;
        double uy = dy / len;
        double tipX = b.getX();
        double tipY = b.getY();
        double baseX = tipX - ux * 11;
        double baseY = tipY - uy * 11;
        line.setEndX(baseX);
        line.setEndY(baseY);
        head.getPoints().setAll(tipX, tipY, baseX - uy * 5, baseY + ux * 5, baseX + uy * 5, baseY - ux * 5);
    }
}
