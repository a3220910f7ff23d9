package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A component drawn as a card: kind icon, name, kind, and under the selected scenario its RPO/RTO, a
 * verdict symbol and its recovery-wave badge. Fixed size, hand-placed {@link Text} children (no control
 * skins) and a tooltip made on first hover keep a thousand cards quick to build and to drag. The name comes
 * from a file anyone may write: the card, its accessible text and its tooltip show it through
 * {@link Printable}, control and bidi characters escaped.
 */
public final class ComponentCard extends Region {

    public static final double WIDTH = 196;
    public static final double HEIGHT = 76;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private boolean dimmed;
    private boolean selected;
    private static final Font NAME_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13.5);
    private static final Font SMALL_FONT = Font.font(Font.getDefault().getFamily(), 11.5);
    private static final Font METRIC_FONT = Font.font(Font.getDefault().getFamily(), 12.5);
    private static final Font BADGE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    private static final Font VERDICT_FONT = Font.font(Font.getDefault().getFamily(), 14);
    private static final double NAME_WIDTH = WIDTH - 44 - 14;

    private final Component component;
    private final Region icon;
    private final Text name = text("card-name", NAME_FONT);
    private final Text kind = text("card-kind", SMALL_FONT);
    private final Text metrics = text("card-metrics", METRIC_FONT);
    private final Text verdict = text("card-verdict", VERDICT_FONT);
    private final Circle waveBadge = new Circle(11);
    private final Text wave = text("card-wave", BADGE_FONT);
    private final Text marker = text("card-marker", BADGE_FONT);
    private final Circle connector = new Circle(6);
    private String tip = "";
    private Tooltip tooltip;
    private CardState shown;

    public ComponentCard(Component component) {
        this.component = component;
        // no node ids here: unique ids defeat JavaFX's CSS cache, and a thousand cards would take seconds to
        // style; tests and tools find a card by its component (see CanvasView#cardOf) or its accessible text
        getStyleClass().add("card");
        icon = KindIcons.icon(component.kind(), 26);
        icon.resizeRelocate(10, 10, 26, 26);
        name.relocate(44, 8);
        kind.relocate(44, 28);
        // the kind label ends before the verdict symbol
        kind.setText(component.kind().label());
        metrics.relocate(10, HEIGHT - 25);
        verdict.setTextAlignment(TextAlignment.CENTER);
        verdict.relocate(WIDTH - 24, 27);
        waveBadge.getStyleClass().add("card-wave-badge");
        waveBadge.setCenterX(WIDTH - 6);
        waveBadge.setCenterY(2);
        wave.setTextOrigin(VPos.CENTER);
        marker.setText("\u25C6 RPO bottleneck");
        marker.relocate(4, HEIGHT + 3);
        marker.setVisible(false);
        connector.getStyleClass().add("card-connector");
        connector.setCenterX(WIDTH);
        connector.setCenterY(HEIGHT / 2);
        getChildren().addAll(icon, name, kind, metrics, verdict, waveBadge, wave, marker, connector);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        refreshName();
        relocate(component.x(), component.y());
    }

    private static Text text(String styleClass, Font font) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setFont(font);
        t.setTextOrigin(VPos.TOP);
        t.setManaged(false);
        return t;
    }

    @Override
    protected void layoutChildren() {
        // children are placed once, in the constructor and in show(); nothing depends on the size
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(460);
            Tooltip.install(this, tooltip);
        }
        tooltip.setText(tip);
    }

    public Component component() {
        return component;
    }

    /** The connector handle; dragging from it draws a new dependency. */
    public Circle connector() {
        return connector;
    }

    public void refreshName() {
        shown = null;
        setAccessibleText(Printable.echo(component.name()));
        name.setText(fit(Printable.of(component.name()), NAME_FONT, NAME_WIDTH));
    }

    /** The name as the card shows it: escaped, and shortened with an ellipsis to fit. */
    public String nameText() {
        return name.getText();
    }

    /** The tooltip's text (written on every {@link #show}, shown on hover). */
    public String tooltipText() {
        return tip;
    }

    /** The text, shortened with an ellipsis to fit a width in a font. */
    static String fit(String s, Font font, double width) {
        Text probe = new Text(s);
        probe.setFont(font);
        if (probe.getLayoutBounds().getWidth() <= width) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            probe.setText(s.substring(0, mid) + "\u2026");
            if (probe.getLayoutBounds().getWidth() <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo) + "\u2026";
    }

    /** Shows the numbers and verdict under the selected scenario and journey. */
    public void show(CardState s) {
        if (s.equals(shown)) {
            return;
        }
        shown = s;
        metrics.setText(fit("RPO " + s.rpo() + "    RTO " + s.rto(), METRIC_FONT, WIDTH - 20));
        verdict.setText(s.verdict().symbol());
        if (!getStyleClass().contains(s.verdict().styleClass())) {
            for (CardState.Verdict v : CardState.Verdict.values()) {
                getStyleClass().remove(v.styleClass());
            }
            getStyleClass().add(s.verdict().styleClass());
        }
        boolean hasWave = s.wave() > 0;
        waveBadge.setVisible(hasWave);
        wave.setVisible(hasWave);
        wave.setText(Integer.toString(s.wave()));
        wave.relocate(WIDTH - 6 - wave.getLayoutBounds().getWidth() / 2, 2 - wave.getLayoutBounds().getHeight() / 2);
        dimmed = s.dimmed();
        updateOpacity();
        marker.setVisible(s.bottleneck());
        // each part is escaped on its own: the tooltip's line breaks are its own, never a name's
        StringBuilder t = new StringBuilder(Printable.echo(component.name())).append(" \u2014 ")
                .append(component.kind().label());
        if (hasWave) {
            t.append("\nRecovery wave ").append(s.wave());
        }
        t.append("\nRPO ").append(s.rpo()).append(", RTO ").append(s.rto());
        for (String p : s.problems()) {
            t.append("\n\u2022 ").append(Printable.of(p));
        }
        t.append("\n\n").append(Printable.of(s.explanation()));
        tip = t.toString();
        if (tooltip != null) {
            tooltip.setText(tip);
        }
    }

    /** The verdict symbol shown (for tests: colour is never the only signal). */
    public String verdictSymbol() {
        return verdict.getText();
    }

    /** The RPO/RTO line shown. */
    public String metricsText() {
        return metrics.getText();
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
        pseudoClassStateChanged(SELECTED, selected);
        updateOpacity();
    }

    /** Whether the card is drawn faded: outside the selected journey, unless the user selected it. */
    public boolean faded() {
        return dimmed && !selected;
    }

    private void updateOpacity() {
        setOpacity(faded() ? 0.35 : 1);
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
