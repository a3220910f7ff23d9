package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.command.AddDependencyCommand;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Dragging from a card's connector handle (or from anywhere on a card with Alt held) onto another card
 * makes the first depend on the second, as a hard dependency.
 */
final class ConnectGesture extends Gesture {

    private final Line preview = new Line();
    private Component from;

    ConnectGesture(GestureContext ctx) {
        super(ctx);
        preview.getStyleClass().add("connect-preview");
        preview.setMouseTransparent(true);
    }

    @Override
    void begin(MouseEvent e, Hit hit, Point2D world) {
        from = (Component) hit.item();
        Bounds b = ctx.cardBounds(from);
        preview.setStartX(b.x() + b.width() / 2);
        preview.setStartY(b.y() + b.height() / 2);
        preview.setEndX(world.getX());
        preview.setEndY(world.getY());
        ctx.overlay().add(preview);
    }

    @Override
    void drag(MouseEvent e, Point2D world) {
        preview.setEndX(world.getX());
        preview.setEndY(world.getY());
    }

    @Override
    void end(MouseEvent e, Point2D world) {
        ctx.overlay().remove(preview);
        Component to = ctx.componentAt(world);
        if (to != null && to != from) {
            ctx.execute(new AddDependencyCommand(from, to, Strength.HARD));
        }
        from = null;
    }
}
