package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Component;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * A component drawn as a card: kind icon, name, kind, and under the selected scenario its RPO/RTO, a
 * verdict symbol and its recovery-wave badge. Fixed size and hand-placed children keep layout cheap, so
 * that dragging among a thousand cards stays smooth.
 */
public final class ComponentCard extends Region {

    public static final double WIDTH = 196;
    public static final double HEIGHT = 76;

    private final Component component;
    private final Region icon;
    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label metrics = new Label();
    private final Label verdict = new Label();
    private final Label wave = new Label();
    private final Label marker = new Label("\u25C6 RPO bottleneck");
    private final Circle connector = new Circle(6);
    private final Tooltip tooltip = new Tooltip();

    public ComponentCard(Component component) {
        this.component = component;
        setId("card-" + component.id());
        getStyleClass().add("card");
        icon = KindIcons.icon(component.kind(), 26);
        name.getStyleClass().add("card-name");
        kind.getStyleClass().add("card-kind");
        metrics.getStyleClass().add("card-metrics");
        verdict.getStyleClass().add("card-verdict");
        wave.getStyleClass().add("card-wave");
        marker.getStyleClass().add("card-marker");
        marker.setVisible(false);
        connector.getStyleClass().add("card-connector");
        connector.setId("connector-" + component.id());
        kind.setText(component.kind().label());
        getChildren().addAll(icon, name, kind, metrics, verdict, wave, marker, connector);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
        refreshName();
        relocate(component.x(), component.y());
    }

    @Override
    protected void layoutChildren() {
        icon.resizeRelocate(10, 10, 26, 26);
        name.resizeRelocate(44, 8, WIDTH - 44 - 32, 20);
        kind.resizeRelocate(44, 27, WIDTH - 44 - 32, 16);
        metrics.resizeRelocate(10, HEIGHT - 27, WIDTH - 38, 18);
        verdict.resizeRelocate(WIDTH - 28, HEIGHT - 27, 20, 20);
        wave.resizeRelocate(WIDTH - 30, 8, 22, 22);
        marker.resizeRelocate(0, -20, WIDTH, 18);
        connector.setCenterX(WIDTH);
        connector.setCenterY(HEIGHT / 2);
    }

    public Component component() {
        return component;
    }

    /** The connector handle; dragging from it draws a new dependency. */
    public Circle connector() {
        return connector;
    }

    public void refreshName() {
        name.setText(component.name());
    }

    /** Shows the numbers and verdict under the selected scenario and journey. */
    public void show(CardState s) {
        metrics.setText("RPO " + s.rpo() + "   RTO " + s.rto());
        verdict.setText(s.verdict().symbol());
        for (CardState.Verdict v : CardState.Verdict.values()) {
            getStyleClass().remove(v.styleClass());
        }
        getStyleClass().add(s.verdict().styleClass());
        wave.setVisible(s.wave() > 0);
        wave.setText(Integer.toString(s.wave()));
        setOpacity(s.dimmed() ? 0.35 : 1);
        marker.setVisible(s.bottleneck());
        StringBuilder tip = new StringBuilder(component.name()).append(" \u2014 ").append(component.kind().label());
        if (s.wave() > 0) {
            tip.append("\nRecovery wave ").append(s.wave());
        }
        tip.append("\nRPO ").append(s.rpo()).append(", RTO ").append(s.rto());
        for (String p : s.problems()) {
            tip.append("\n\u2022 ").append(p);
        }
        tip.append("\n\n").append(s.explanation());
        tooltip.setText(tip.toString());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }

    /** The point where an arrow towards {@code toward} leaves the card's border (parent coordinates). */
    public Point2D border(double towardX, double towardY) {
        double cx = getLayoutX() + WIDTH / 2;
        double cy = getLayoutY() + HEIGHT / 2;
        double dx = towardX - cx;
        double dy = towardY - cy;
        if (dx == 0 && dy == 0) {
            return new Point2D(cx, cy);
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (WIDTH / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (HEIGHT / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(cx + dx * s, cy + dy * s);
    }

    public double centerX() {
        return getLayoutX() + WIDTH / 2;
    }

    public double centerY() {
        return getLayoutY() + HEIGHT / 2;
    }
}
