package dev.lifeboat.ui;

import dev.lifeboat.engine.cost.CostTracker;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status line: what just happened (or went wrong), the document's size and the zoom. What happened often
 * names a component or echoes a refused value: it is shown through {@link Printable}, escaped and cut.
 */
final class StatusBar extends HBox {

    /** How long a status message may grow before it is cut: a sentence with a few names in it. */
    private static final int STATUS_LIMIT = 4 * Printable.ECHO_LIMIT;

    StatusBar(DesignerModel model, CanvasView canvas) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> Printable.echo(model.statusProperty().get(), STATUS_LIMIT), model.statusProperty()));
        status.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label size = new Label();
        size.getStyleClass().add("status");
        Label zoom = new Label();
        zoom.getStyleClass().add("status");
        zoom.textProperty().bind(canvas.viewport().zoomProperty().multiply(100).asString(Locale.ROOT, "%.0f%%"));
        Runnable count = () -> {
            var t = model.topology();
            size.setText(t.size() + " components \u00B7 " + t.dependencies().size() + " dependencies \u00B7 "
                    + t.journeys().size() + " journeys");
        };
        model.documentProperty().addListener((o, a, d) -> {
            count.run();
            d.topology().addListener(e -> {
                if (e.type().structural() || e.type() == TopologyEvent.Type.JOURNEY_ADDED
                        || e.type() == TopologyEvent.Type.JOURNEY_REMOVED) {
                    count.run();
                }
            });
        });
        model.topology().addListener(e -> count.run());
        count.run();
        Label cost = new Label();
        cost.setId("designCost");
        cost.getStyleClass().add("status");
        cost.setTooltip(new Tooltip("The design's monthly cost at its prices: each component's is in the inspector's "
                + "Cost section; analyze --explain lists every line."));
        trackCost(model, cost);
        getChildren().addAll(status, grow, cost, size, zoom);
        setSpacing(16);
    }

    /**
     * A new message or total relays out the bar alone, not the window around it: the bar is one line whatever it
     * says, so its height never changes (every edit writes a message; the window's layout would measure every
     * panel's minimum size again).
     */
    @Override
    public void requestLayout() {
        if (getParent() == null || getHeight() == 0) {
            super.requestLayout();
        } else {
            setNeedsLayout(true);
        }
    }

    /**
     * Keeps the design's monthly total on the label: a {@link CostTracker} per document recomputes only the edited
     * component (10,000 components cost a few milliseconds once, an edit a fraction of one).
     */
    private static void trackCost(DesignerModel model, Label label) {
        CostTracker[] tracker = new CostTracker[1];
        Runnable attach = () -> {
            if (tracker[0] != null) {
                tracker[0].close();
            }
            CostTracker t = new CostTracker(model.topology());
            tracker[0] = t;
            Runnable show = () -> label.setText(t.describe());
            t.addListener(show);
            show.run();
        };
        model.documentProperty().addListener((o, a, d) -> attach.run());
        attach.run();
    }
}
