package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Dimension2D;
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
 * A component drawn as a card: kind icon, name, kind, where it is placed, and under the selected scenario its
 * RPO/RTO, a verdict symbol and its recovery-wave badge. The card grows to fit its name up to
 * {@link #MAX_WIDTH} and wraps it onto a second line beyond that, so that names are read, not guessed.
 * Hand-placed {@link Text} children (no control skins) and a tooltip made on first hover keep a thousand
 * cards quick to build and to drag. The name comes from a file anyone may write: the card, its accessible
 * text and its tooltip show it through {@link Printable}, control and bidi characters escaped.
 */
public final class ComponentCard extends Region {

    /** The narrowest card; a short name gets this width. */
    public static final double WIDTH = 196;
    /** The widest card: a longer name wraps onto a second line, then is cut with an ellipsis. */
    public static final double MAX_WIDTH = 216;
    /** The height of a card whose name fits on one line. */
    public static final double HEIGHT = 86;
    private static final double LINE = 17;
    private static final double TEXT_X = 44;
    private static final double RIGHT_GUTTER = 16;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass VARIANT_CHANGED = PseudoClass.getPseudoClass("variant-changed");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final Font PRESENTATION_BADGE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
            13.5);
    private static final Font STATUS_FONT = Font.font(Font.getDefault().getFamily(), 13.5);
    private boolean dimmed;
    private boolean selected;
    private static final Font NAME_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13.5);
    private static final Font SMALL_FONT = Font.font(Font.getDefault().getFamily(), 11.5);
    private static final Font METRIC_FONT = Font.font(Font.getDefault().getFamily(), 12.5);
    private static final Font BADGE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    private static final Font VERDICT_FONT = Font.font(Font.getDefault().getFamily(), 14);

    private final Component component;
    private final Region icon;
    private final Text name = text("card-name", NAME_FONT);
    private final Text name2 = text("card-name", NAME_FONT);
    private final Text kind = text("card-kind", SMALL_FONT);
    private final Text placement = text("card-place", SMALL_FONT);
    private final Text metrics = text("card-metrics", METRIC_FONT);
    private final Text verdict = text("card-verdict", VERDICT_FONT);
    private final Circle waveBadge = new Circle(11);
    private final Text wave = text("card-wave", BADGE_FONT);
    private final Text marker = text("card-marker", BADGE_FONT);
    private final Circle connector = new Circle(6);
    private final Text variantMark = text("card-variant-mark", BADGE_FONT);
    /** In a presentation, the line under the name saying whether the component is down or when it is back. */
    private final Text status = text("card-status", STATUS_FONT);
    private boolean presentation;
    private boolean down;
    private String variantTip = "";
    private String tip = "";
    private Tooltip tooltip;
    private CardState shown;
    private String nameShown = "";
    private double width = WIDTH;
    private double height = HEIGHT;

    public ComponentCard(Component component) {
        this.component = component;
        // no node ids here: unique ids defeat JavaFX's CSS cache, and a thousand cards would take seconds to
        // style; tests and tools find a card by its component (see CanvasView#cardOf) or its accessible text
        getStyleClass().add("card");
        icon = KindIcons.icon(component.kind(), 26);
        icon.resizeRelocate(10, 10, 26, 26);
        name.relocate(TEXT_X, 8);
        kind.setText(component.kind().label());
        verdict.setTextAlignment(TextAlignment.CENTER);
        waveBadge.getStyleClass().add("card-wave-badge");
        wave.setTextOrigin(VPos.CENTER);
        marker.setText("\u25C6 RPO bottleneck");
        marker.setVisible(false);
        connector.getStyleClass().add("card-connector");
        name2.relocate(TEXT_X, 8 + LINE);
        variantMark.setVisible(false);
        variantMark.relocate(4, -17);
        status.setVisible(false);
        getChildren().addAll(icon, name, name2, kind, placement, metrics, verdict, waveBadge, wave, marker, connector,
                variantMark, status);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        refreshName();
        relocate(component.x(), component.y());
    }

    /**
     * The size of a card for a name: as wide as the name needs between {@link #WIDTH} and {@link #MAX_WIDTH},
     * one line taller when the name wraps. Used for new cards before they exist (a drop is centred on the
     * pointer) and by the layout.
     */
    public static Dimension2D sizeFor(String rawName) {
        return sizeOf(nameLines(Printable.of(rawName)));
    }

    private static Dimension2D sizeOf(String[] lines) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, textWidth(l.stripTrailing(), NAME_FONT));
        }
        return new Dimension2D(Math.ceil(Math.max(WIDTH, Math.min(MAX_WIDTH, TEXT_X + w + RIGHT_GUTTER))),
                HEIGHT + (lines.length - 1) * LINE);
    }

    /**
     * Splits a (printable) name into the lines a card shows: one line when it fits the widest card, else two,
     * broken after a space, dash, underscore, dot or slash where possible, the second cut with an ellipsis.
     */
    static String[] nameLines(String s) {
        double max = MAX_WIDTH - TEXT_X - RIGHT_GUTTER;
        if (textWidth(s, NAME_FONT) <= max) {
            return new String[] {s};
        }
        // the longest prefix that fits, then back to the last break character within it
        int fits = fitLength(s, NAME_FONT, max);
        int cut = fits;
        for (int i = fits; i > fits / 2; i--) {
            char c = s.charAt(i - 1);
            if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == '(') {
                cut = c == '(' ? i - 1 : i;
                break;
            }
        }
        cut = Math.max(1, cut);
        // the first line keeps a space it was broken at (the card strips it), so that the lines join back
        String first = s.substring(0, cut);
        String second = s.substring(cut).stripLeading();
        return new String[] {first, fit(second, NAME_FONT, max)};
    }

    private static double textWidth(String s, Font font) {
        Text probe = new Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
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
        // children are placed by arrange(), when the name or the placement changes; nothing else moves them
    }

    /** Sizes the card to its name and places the children; the size only changes with the name. */
    private void arrange(String[] lines) {
        Dimension2D size = sizeOf(lines);
        width = size.getWidth();
        height = size.getHeight();
        double below = 8 + lines.length * LINE;
        kind.relocate(TEXT_X, below + 1);
        placement.relocate(TEXT_X, below + 16);
        status.relocate(TEXT_X, below + 6);
        metrics.relocate(10, height - 24);
        verdict.relocate(width - 24, 27);
        waveBadge.setCenterX(width - 6);
        waveBadge.setCenterY(2);
        marker.relocate(4, height + 3);
        connector.setCenterX(width);
        connector.setCenterY(height / 2);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        resize(width, height);
        if (shown != null) {
            positionWave();
        }
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(460);
            Tooltip.install(this, tooltip);
        }
        tooltip.setText(tip + variantTip);
    }

    public Component component() {
        return component;
    }

    /** The connector handle; dragging from it draws a new dependency. */
    public Circle connector() {
        return connector;
    }

    /** Shows the current name (and the size it needs) and placement. */
    public void refreshName() {
        CardState keep = shown;
        shown = null;
        setAccessibleText(Printable.echo(component.name()));
        String[] lines = nameLines(Printable.of(component.name()));
        name.setText(lines[0].stripTrailing());
        name2.setText(lines.length > 1 ? lines[1] : "");
        nameShown = String.join("", lines);
        arrange(lines);
        refreshPlacement();
        if (keep != null) {
            show(keep);
        }
    }

    /** Shows where the component is placed: "in region › zone", or that it is placed nowhere. */
    public void refreshPlacement() {
        placement.setText(fit(placementText(component), SMALL_FONT, width - TEXT_X - 12));
    }

    /** The placement line of a component (names escaped and cut). */
    public static String placementText(Component c) {
        Place p = c.place();
        if (p == null) {
            return "not placed";
        }
        if (p.kind() == PlaceKind.ZONE && p.region() != null) {
            return "in " + Printable.echo(p.region().name()) + " \u203A " + Printable.echo(p.name());
        }
        return "in " + Printable.echo(p.name());
    }

    /** The name as the card shows it: escaped, on one or two lines, shortened with an ellipsis to fit. */
    public String nameText() {
        return nameShown;
    }

    /** The name's lines as drawn: one, or two when it wraps. */
    public List<String> nameLines() {
        return name2.getText().isEmpty() ? List.of(name.getText()) : List.of(name.getText(), name2.getText());
    }

    /** The placement line as the card shows it. */
    public String placementLine() {
        return placement.getText();
    }

    /** The tooltip's text (written on every {@link #show}, shown on hover). */
    public String tooltipText() {
        return tip;
    }

    /** The card's width in world units (it depends on the name). */
    public double width() {
        return width;
    }

    /** The card's height in world units (taller when the name wraps). */
    public double height() {
        return height;
    }

    /** The text, shortened with an ellipsis to fit a width in a font. */
    static String fit(String s, Font font, double width) {
        if (textWidth(s, font) <= width) {
            return s;
        }
        return s.substring(0, prefixWithEllipsis(s, font, width)) + "\u2026";
    }

    private static int prefixWithEllipsis(String s, Font font, double width) {
        Text probe = new Text();
        probe.setFont(font);
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
        return lo;
    }

    /** The length of the longest prefix of s that fits a width. */
    private static int fitLength(String s, Font font, double width) {
        Text probe = new Text();
        probe.setFont(font);
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            probe.setText(s.substring(0, mid));
            if (probe.getLayoutBounds().getWidth() <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Shows the numbers and verdict under the selected scenario and journey. */
    public void show(CardState s) {
        if (s.equals(shown)) {
            return;
        }
        shown = s;
        metrics.setText(fit("RPO " + s.rpo() + "    RTO " + s.rto(), METRIC_FONT, width - 20));
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
        positionWave();
        dimmed = s.dimmed();
        updateOpacity();
        marker.setVisible(s.bottleneck() && !presentation);
        // each part is escaped on its own: the tooltip's line breaks are its own, never a name's
        StringBuilder t = new StringBuilder(Printable.echo(component.name())).append(" \u2014 ")
                .append(component.kind().label()).append(", ").append(placementText(component));
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
            tooltip.setText(tip + variantTip);
        }
    }

    private void positionWave() {
        wave.relocate(width - 6 - wave.getLayoutBounds().getWidth() / 2, 2 - wave.getLayoutBounds().getHeight() / 2);
    }

    /**
     * Turns the card into its presentation form, read from the back of a room: only what carries at a distance
     * stays (icon, name, verdict, the wave badge in a larger type, and the line {@link #showRecovery} writes); the
     * small print (kind, placement, own numbers, bottleneck and variant marks) goes to the presentation's panel.
     */
    public void enterPresentation() {
        presentation = true;
        for (Text t : List.of(kind, placement, metrics, marker, variantMark)) {
            t.setVisible(false);
        }
        connector.setVisible(false);
        wave.setFont(PRESENTATION_BADGE_FONT);
        waveBadge.setRadius(13);
        status.setVisible(true);
        if (shown != null) {
            positionWave();
        }
    }

    /**
     * In a presentation, shows whether the failure has the component down (greyed, {@code :down}) and a line
     * such as "down" or "back at 5m"; an empty line for a component the failure leaves alone.
     */
    public void showRecovery(boolean down, String line) {
        this.down = down;
        pseudoClassStateChanged(DOWN, down);
        status.setText(fit(Printable.of(line), STATUS_FONT, width - TEXT_X - 8));
    }

    /** Whether the card is shown down (greyed) by the failure a presentation shows. */
    public boolean isDown() {
        return down;
    }

    /** The presentation's line under the name ("down", "back at 5m"), or empty. */
    public String statusText() {
        return status.getText();
    }

    /** Whether the card shows the wave badge (a presentation reveals the waves one at a time). */
    public boolean showsWave() {
        return wave.isVisible();
    }

    /** The wave badge's number as drawn. */
    public String waveText() {
        return wave.getText();
    }

    /** The recovery wave shown, or -1 before the card has shown any state. */
    int shownWave() {
        return shown == null ? -1 : shown.wave();
    }

    /** The verdict symbol shown (for tests: colour is never the only signal). */
    public String verdictSymbol() {
        return verdict.getText();
    }

    /** The RPO/RTO line shown. */
    public String metricsText() {
        return metrics.getText();
    }

    /**
     * Marks the card as changed by the variant shown (a dashed outline and "\u0394 changed in NAME" above it), with
     * the changed settings in its tooltip; null clears the mark.
     *
     * @param variant  the variant's name, or null
     * @param settings the labels of the settings it changes
     */
    public void showVariantChanges(String variant, java.util.List<String> settings) {
        boolean changed = variant != null && !settings.isEmpty();
        pseudoClassStateChanged(VARIANT_CHANGED, changed);
        variantMark.setVisible(changed && !presentation);
        variantMark.setText(changed ? "\u0394 changed in " + Printable.echo(variant, 40) : "");
        variantTip = changed ? "\n\u0394 " + Printable.echo(variant) + " changes " + String.join(", ", settings) : "";
        if (tooltip != null) {
            tooltip.setText(tip + variantTip);
        }
    }

    /** Whether the card shows the mark of a component the shown variant changes. */
    public boolean changedInVariant() {
        return variantMark.isVisible();
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
        double cx = centerX();
        double cy = centerY();
        double dx = towardX - cx;
        double dy = towardY - cy;
        if (dx == 0 && dy == 0) {
            return new Point2D(cx, cy);
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(cx + dx * s, cy + dy * s);
    }

    public double centerX() {
        return getLayoutX() + width / 2;
    }

    public double centerY() {
        return getLayoutY() + height / 2;
    }
}
