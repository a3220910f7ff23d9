package dev.lifeboat.ui;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
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
        getChildren().addAll(status, grow, size, zoom);
        setSpacing(16);
    }
}
