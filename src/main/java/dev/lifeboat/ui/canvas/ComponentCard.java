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
import javafx.scene.Node;
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
 *
 * <p>The card keeps what it shows (its lines of text, its state) apart from the nodes that draw its inside (icon,
 * texts, badges, connector). The canvas asks for the inside only where it can be read ({@link #drawInside}): a
 * thousand cards zoomed out to fit the window are their outlines and colours, and each node not made is one less to
 * style and to walk every frame. What the card shows reads the same either way ({@link #metricsText()} and the
 * like), and so does everything a person or a test finds on a card drawn whole.
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
    private static final Font NAME_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13.5);
    private static final Font SMALL_FONT = Font.font(Font.getDefault().getFamily(), 11.5);
    private static final Font METRIC_FONT = Font.font(Font.getDefault().getFamily(), 12.5);
    private static final Font BADGE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    private static final Font VERDICT_FONT = Font.font(Font.getDefault().getFamily(), 14);

    private final Component component;

    // ---- what the card shows, kept whether or not its inside is drawn
    private String[] lines = {""};
    /** The placement line fitted to the card, or null until someone needs it (it is measured text). */
    private String placementLine;
    /** The RPO/RTO line fitted to the card, or null until someone needs it. */
    private String metricsLine;
    private CardState shown;
    private boolean presentation;
    private boolean down;
    private String statusLine = "";
    private boolean changedInVariant;
    private String variantMarkText = "";
    private String variantTip = "";
    private boolean dimmed;
    private boolean selected;
    private double width = WIDTH;
    private double height = HEIGHT;
    private Tooltip tooltip;

    // ---- the nodes that draw it
    /** The drawn inside, made when first asked for; null until then. */
    private Inside inside;
    /** Whether the inside is drawn (made and visible). */
    private boolean insideDrawn;

    /** A card drawn whole (its inside made at once). */
    public ComponentCard(Component component) {
        this(component, true);
    }

    /**
     * @param drawInside whether to make and draw the card's inside now; a canvas passes false and asks for it with
     *                   {@link #drawInside} where it can be read
     */
    public ComponentCard(Component component, boolean drawInside) {
        this.component = component;
        // no node ids here: unique ids defeat JavaFX's CSS cache, and a thousand cards would take seconds to
        // style; tests and tools find a card by its component (see CanvasView#cardOf) or its accessible text
        getStyleClass().add("card");
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        refreshName();
        relocate(component.x(), component.y());
        drawInside(drawInside);
    }

    /**
     * Draws the card's inside (icon, texts, badges, connector), making its nodes the first time, or leaves only its
     * outline and colours (the nodes stay, hidden, for the next time).
     */
    public void drawInside(boolean draw) {
        if (draw && inside == null) {
            inside = new Inside();
        }
        insideDrawn = draw;
        if (inside != null) {
            inside.sync();
        }
    }

    /** Whether the card's inside is drawn. */
    public boolean insideDrawn() {
        return insideDrawn;
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

    /** One text node measures every string (a new node per measure cost more than the measuring). */
    private static final Text PROBE = new Text();
    /** The last string measured, its font and width: a name is measured to be split, then to size the card. */
    private static String lastMeasured;
    private static Font lastFont;
    private static double lastWidth;

    private static double textWidth(String s, Font font) {
        synchronized (PROBE) {
            if (s.equals(lastMeasured) && font == lastFont) {
                return lastWidth;
            }
            PROBE.setFont(font);
            PROBE.setText(s);
            lastMeasured = s;
            lastFont = font;
            lastWidth = PROBE.getLayoutBounds().getWidth();
            return lastWidth;
        }
    }

    /**
     * The line spacing that puts the placement line 15 pixels below the kind's, as two texts placed apart did: the
     * line height of the small font comes from the font, so it is measured once.
     */
    private static final double PLACE_LINE_SPACING = placeLineSpacing();

    private static double placeLineSpacing() {
        Text one = new Text("Kg");
        one.setFont(SMALL_FONT);
        Text two = new Text("Kg\nKg");
        two.setFont(SMALL_FONT);
        double lineHeight = two.getLayoutBounds().getHeight() - one.getLayoutBounds().getHeight();
        return 15 - lineHeight;
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
        // children are placed when the name, the placement or the state changes; nothing else moves them
    }

    /** Sizes the card to its name; the size only changes with the name. */
    private void arrange() {
        Dimension2D size = sizeOf(lines);
        width = size.getWidth();
        height = size.getHeight();
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        resize(width, height);
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(460);
            Tooltip.install(this, tooltip);
        }
        tooltip.setText(tooltipText() + variantTip);
    }

    public Component component() {
        return component;
    }

    /** The connector handle; dragging from it draws a new dependency (made with the card's inside if need be). */
    public Circle connector() {
        if (inside == null) {
            inside = new Inside();
            inside.sync();
        }
        return inside.connector;
    }

    /** Shows the current name (and the size it needs) and placement. */
    public void refreshName() {
        setAccessibleText(Printable.echo(component.name()));
        lines = nameLines(Printable.of(component.name()));
        arrange();
        placementLine = null;
        metricsLine = null;
        if (inside != null) {
            inside.sync();
        }
    }

    /** Shows where the component is placed: "in region › zone", or that it is placed nowhere. */
    public void refreshPlacement() {
        placementLine = null;
        if (inside != null) {
            inside.sync();
        }
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
        return String.join("", lines);
    }

    /** The name's lines as drawn: one, or two when it wraps. */
    public List<String> nameLines() {
        return lines.length > 1 ? List.of(lines[0].stripTrailing(), lines[1]) : List.of(lines[0].stripTrailing());
    }

    /** The placement line as the card shows it. */
    public String placementLine() {
        if (placementLine == null) {
            placementLine = fit(placementText(component), SMALL_FONT, width - TEXT_X - 12);
        }
        return placementLine;
    }

    /** The tooltip's text (written from the state shown, shown on hover). */
    public String tooltipText() {
        CardState s = shown;
        if (s == null) {
            return "";
        }
        // each part is escaped on its own: the tooltip's line breaks are its own, never a name's
        StringBuilder t = new StringBuilder(Printable.echo(component.name())).append(" \u2014 ")
                .append(component.kind().label()).append(", ").append(placementText(component));
        if (s.wave() > 0) {
            t.append("\nRecovery wave ").append(s.wave());
        }
        t.append("\nRPO ").append(s.rpo()).append(", RTO ").append(s.rto());
        for (String p : s.problems()) {
            t.append("\n\u2022 ").append(Printable.of(p));
        }
        t.append("\n\n").append(Printable.of(s.explanation()));
        return t.toString();
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
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(s.substring(0, mid) + "\u2026", font) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The length of the longest prefix of s that fits a width. */
    private static int fitLength(String s, Font font, double width) {
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(s.substring(0, mid), font) <= width) {
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
        metricsLine = null;
        if (!getStyleClass().contains(s.verdict().styleClass())) {
            for (CardState.Verdict v : CardState.Verdict.values()) {
                getStyleClass().remove(v.styleClass());
            }
            getStyleClass().add(s.verdict().styleClass());
        }
        dimmed = s.dimmed();
        updateOpacity();
        if (inside != null) {
            inside.sync();
        }
        if (tooltip != null) {
            tooltip.setText(tooltipText() + variantTip);
        }
    }

    /**
     * Turns the card into its presentation form, read from the back of a room: only what carries at a distance
     * stays (icon, name, verdict, the wave badge in a larger type, and the line {@link #showRecovery} writes); the
     * small print (kind, placement, own numbers, bottleneck and variant marks) goes to the presentation's panel.
     */
    public void enterPresentation() {
        presentation = true;
        if (inside != null) {
            inside.sync();
        }
    }

    /**
     * In a presentation, shows whether the failure has the component down (greyed, {@code :down}) and a line
     * such as "down" or "back at 5m"; an empty line for a component the failure leaves alone.
     */
    public void showRecovery(boolean down, String line) {
        this.down = down;
        pseudoClassStateChanged(DOWN, down);
        statusLine = presentation ? fit(Printable.of(line), STATUS_FONT, width - TEXT_X - 8) : "";
        if (inside != null) {
            inside.sync();
        }
    }

    /** Whether the card is shown down (greyed) by the failure a presentation shows. */
    public boolean isDown() {
        return down;
    }

    /** The presentation's line under the name ("down", "back at 5m"), or empty. */
    public String statusText() {
        return statusLine;
    }

    /** Whether the card shows the wave badge (a presentation reveals the waves one at a time). */
    public boolean showsWave() {
        return shown != null && shown.wave() > 0;
    }

    /** The wave badge's number as drawn. */
    public String waveText() {
        return shown == null ? "" : Integer.toString(shown.wave());
    }

    /** The recovery wave shown, or -1 before the card has shown any state. */
    int shownWave() {
        return shown == null ? -1 : shown.wave();
    }

    /** The verdict symbol shown (for tests: colour is never the only signal). */
    public String verdictSymbol() {
        return shown == null ? "" : shown.verdict().symbol();
    }

    /** The RPO/RTO line shown. */
    public String metricsText() {
        if (shown == null) {
            return "";
        }
        if (metricsLine == null) {
            metricsLine = fit("RPO " + shown.rpo() + "    RTO " + shown.rto(), METRIC_FONT, width - 20);
        }
        return metricsLine;
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
        changedInVariant = changed;
        variantMarkText = changed ? "\u0394 changed in " + Printable.echo(variant, 40) : "";
        variantTip = changed ? "\n\u0394 " + Printable.echo(variant) + " changes " + String.join(", ", settings) : "";
        if (inside != null) {
            inside.sync();
        }
        if (tooltip != null) {
            tooltip.setText(tooltipText() + variantTip);
        }
    }

    /** Whether the card shows the mark of a component the shown variant changes. */
    public boolean changedInVariant() {
        return changedInVariant && !presentation;
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

    /**
     * The nodes of the card's inside. The parts most cards never show (a second name line, the wave badge, the
     * bottleneck and variant marks, a presentation's status line) are made when first needed: every node costs
     * styling and a pass per frame.
     */
    private final class Inside {

        private final Region icon = KindIcons.icon(component.kind(), 26);
        private final Text name = text("card-name", NAME_FONT);
        /** The kind and, on a second line, where it is placed: one node for both. */
        private final Text kindAndPlace = text("card-kind", SMALL_FONT);
        private final Text metrics = text("card-metrics", METRIC_FONT);
        private final Text verdict = text("card-verdict", VERDICT_FONT);
        private final Circle connector = new Circle(6);
        private Text name2;
        private Circle waveBadge;
        private Text wave;
        private Text marker;
        private Text variantMark;
        private Text status;

        Inside() {
            icon.resizeRelocate(10, 10, 26, 26);
            name.relocate(TEXT_X, 8);
            kindAndPlace.setLineSpacing(PLACE_LINE_SPACING);
            verdict.setTextAlignment(TextAlignment.CENTER);
            connector.getStyleClass().add("card-connector");
            getChildren().addAll(icon, name, kindAndPlace, metrics, verdict, connector);
        }

        /** Brings every node in step with what the card shows; a node whose value is unchanged is not touched. */
        void sync() {
            boolean on = insideDrawn;
            visible(icon, on);
            name.setText(lines[0].stripTrailing());
            visible(name, on);
            if (lines.length > 1 && name2 == null) {
                name2 = text("card-name", NAME_FONT);
                name2.relocate(TEXT_X, 8 + LINE);
                getChildren().add(getChildren().indexOf(name) + 1, name2);
            }
            if (name2 != null) {
                name2.setText(lines.length > 1 ? lines[1] : "");
                visible(name2, on);
            }
            double below = 8 + lines.length * LINE;
            kindAndPlace.relocate(TEXT_X, below + 1);
            visible(kindAndPlace, on && !presentation);
            if (on && !presentation) {
                kindAndPlace.setText(component.kind().label() + "\n" + placementLine());
            }
            visible(metrics, on && !presentation);
            metrics.relocate(10, height - 24);
            if (on && !presentation) {
                metrics.setText(metricsText());
            }
            verdict.setText(verdictSymbol());
            verdict.relocate(width - 24, 27);
            visible(verdict, on);
            connector.setCenterX(width);
            connector.setCenterY(height / 2);
            visible(connector, on && !presentation);
            syncWave(on);
            boolean bottleneck = on && !presentation && shown != null && shown.bottleneck();
            if (bottleneck && marker == null) {
                marker = text("card-marker", BADGE_FONT);
                marker.setText("\u25C6 RPO bottleneck");
                getChildren().add(marker);
            }
            if (marker != null) {
                marker.relocate(4, height + 3);
                visible(marker, bottleneck);
            }
            boolean mark = on && changedInVariant();
            if (mark && variantMark == null) {
                variantMark = text("card-variant-mark", BADGE_FONT);
                variantMark.relocate(4, -17);
                getChildren().add(variantMark);
            }
            if (variantMark != null) {
                variantMark.setText(variantMarkText);
                visible(variantMark, mark);
            }
            if (on && presentation && status == null) {
                status = text("card-status", STATUS_FONT);
                getChildren().add(status);
            }
            if (status != null) {
                status.relocate(TEXT_X, below + 6);
                status.setText(statusLine);
                visible(status, on && presentation);
            }
        }

        /** The wave badge, under the connector as it always was. */
        private void syncWave(boolean on) {
            boolean badge = on && showsWave();
            if (badge && wave == null) {
                waveBadge = new Circle(11);
                waveBadge.getStyleClass().add("card-wave-badge");
                wave = text("card-wave", BADGE_FONT);
                wave.setTextOrigin(VPos.CENTER);
                getChildren().addAll(getChildren().indexOf(connector), List.of(waveBadge, wave));
            }
            if (wave == null) {
                return;
            }
            waveBadge.setRadius(presentation ? 13 : 11);
            wave.setFont(presentation ? PRESENTATION_BADGE_FONT : BADGE_FONT);
            waveBadge.setCenterX(width - 6);
            waveBadge.setCenterY(2);
            wave.setText(waveText());
            wave.relocate(width - 6 - wave.getLayoutBounds().getWidth() / 2,
                    2 - wave.getLayoutBounds().getHeight() / 2);
            visible(waveBadge, badge);
            visible(wave, badge);
        }

        private static void visible(Node n, boolean visible) {
            n.setVisible(visible);
        }
    }
}
