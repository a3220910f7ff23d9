package dev.lifeboat.ui.panels;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * The legend under the canvas: what a card's colour, its wave badge, the arrows and the markers mean. Each
 * sample is drawn with the canvas's own style classes, so the legend looks like what it explains and follows
 * the theme. Shown or hidden from View ▸ Legend.
 */
public final class LegendPanel extends FlowPane {

    /** One entry: its sample and the words that explain it (also the entry's node id suffix). */
    private record Entry(String id, Node sample, String text, String more) {
    }

    public LegendPanel() {
        super(16, 4);
        setId("legend");
        getStyleClass().add("legend");
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(Region.USE_PREF_SIZE);
        for (Entry e : entries()) {
            Label words = new Label(e.text());
            words.getStyleClass().add("legend-text");
            HBox item = new HBox(6, e.sample(), words);
            item.setAlignment(Pos.CENTER_LEFT);
            item.setId("legend-" + e.id());
            item.getStyleClass().add("legend-item");
            Tooltip.install(item, new Tooltip(e.more()));
            getChildren().add(item);
        }
    }

    private static List<Entry> entries() {
        return List.of(
                new Entry("misses", card("verdict-misses", false), "\u2716 misses",
                        "Red, \u2716: the component makes a journey miss its RPO or RTO objective, or is in a "
                                + "dependency cycle (no recovery order exists)."),
                new Entry("assumed", card("verdict-assumed", false), "\u26A0 assumed",
                        "Amber, \u26A0: the number depends on something the settings do not document, such as a "
                                + "person promoting a replica; click the number in the journeys table to see which."),
                new Entry("meets", card("verdict-meets", false), "\u2714 meets",
                        "Green, \u2714: every journey that needs the component meets its objectives."),
                new Entry("faded", card(null, true), "not in journey",
                        "Faded: the journey picked in the toolbar does not need this component."),
                new Entry("wave", badge(), "recovery wave",
                        "The badge is the component's recovery wave under the scenario: wave 1 recovers first, "
                                + "each later wave once everything it needs is back. Nothing to recover: no badge."),
                new Entry("hard", arrow(null), "hard",
                        "Solid arrow: the component cannot work without the one it points to."),
                new Entry("soft", arrow("soft"), "soft",
                        "Dashed arrow: the component keeps working, degraded, without the one it points to."),
                new Entry("critical", arrow("critical"), "critical path",
                        "Thick arrow: the chain that sets the selected journey's RTO."),
                new Entry("cycle", arrow("cycle"), "cycle",
                        "Red arrow: part of a dependency cycle; break it with a soft dependency."),
                new Entry("bottleneck", bottleneck(), "RPO bottleneck",
                        "\u25C6 under a card: the component that loses the most data for the selected journey."));
    }

    /** A small card: the left stripe shows the verdict colour, as on the canvas. */
    private static Node card(String verdict, boolean faded) {
        Region r = new Region();
        r.getStyleClass().addAll("card", "legend-card");
        if (verdict != null) {
            r.getStyleClass().add(verdict);
        }
        r.setMinSize(28, 16);
        r.setPrefSize(28, 16);
        r.setMaxSize(28, 16);
        r.setOpacity(faded ? 0.35 : 1);
        return r;
    }

    private static Node badge() {
        Circle c = new Circle(9);
        c.getStyleClass().add("card-wave-badge");
        Text t = new Text("1");
        t.getStyleClass().addAll("card-wave", "legend-wave");
        return new StackPane(c, t);
    }

    /** A short arrow shaft styled as the canvas styles one (its classes on the line itself, as on the canvas). */
    private static Node arrow(String kind) {
        Line l = new Line(0, 0, 30, 0);
        l.getStyleClass().addAll("dependency", "dependency-line");
        if (kind != null) {
            l.getStyleClass().add(kind);
        }
        return new Group(l);
    }

    private static Node bottleneck() {
        Text t = new Text("\u25C6");
        t.getStyleClass().add("card-marker");
        return t;
    }
}
