package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.ui.selection.Selection;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * A press on the background, a container's inside or an arrow: a click selects what is under the
 * pointer (or clears the selection), a drag draws a rubber band that selects the cards it encloses.
 */
final class MarqueeGesture extends Gesture {

    private final Rectangle band = new Rectangle();
    private Point2D origin;
    private Object pressedOn;
    private boolean dragged;

    MarqueeGesture(GestureContext ctx) {
        super(ctx);
        band.getStyleClass().add("marquee");
        band.setMouseTransparent(true);
    }

    @Override
    void begin(MouseEvent e, Hit hit, Point2D world) {
        ctx.focus();
        pressedOn = hit.item() instanceof Dependency || hit.item() instanceof Place ? hit.item() : null;
        origin = world;
        dragged = false;
    }

    @Override
    void drag(MouseEvent e, Point2D world) {
        if (!dragged) {
            ctx.overlay().add(band);
            dragged = true;
        }
        band.setX(Math.min(world.getX(), origin.getX()));
        band.setY(Math.min(world.getY(), origin.getY()));
        band.setWidth(Math.abs(world.getX() - origin.getX()));
        band.setHeight(Math.abs(world.getY() - origin.getY()));
    }

    @Override
    void end(MouseEvent e, Point2D world) {
        Selection sel = ctx.selection();
        if (!dragged) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (pressedOn != null) {
                    sel.toggle(pressedOn);
                }
            } else {
                sel.select(pressedOn);
            }
            return;
        }
        ctx.overlay().remove(band);
        List<Component> inside = ctx.componentsInside(new Bounds(band.getX(), band.getY(), band.getWidth(),
                band.getHeight()));
        if (!e.isShiftDown() && !e.isShortcutDown()) {
            sel.clear();
        }
        inside.forEach(sel::add);
    }
}
