package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.canvas.DependencyArrow;
import dev.lifeboat.ui.canvas.PlaceContainer;
import dev.lifeboat.ui.selection.Selection;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * A press on the background, a container's inside or an arrow: a click selects what is under the
 * pointer (or clears the selection), a drag draws a rubber band that selects the cards it encloses.
 */
public final class MarqueeGesture extends Gesture {

    private final Rectangle band = new Rectangle();
    private Point2D origin;
    private Node pressedOn;
    private boolean dragged;

    public MarqueeGesture(CanvasView canvas) {
        super(canvas);
        band.getStyleClass().add("marquee");
        band.setMouseTransparent(true);
    }

    @Override
    protected boolean begin(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        canvas.requestFocus();
        pressedOn = canvas.owner((Node) e.getTarget());
        origin = canvas.toWorld(e.getX(), e.getY());
        if (!(pressedOn instanceof DependencyArrow)) {
            DependencyArrow near = canvas.arrowAt(origin.getX(), origin.getY());
            if (near != null) {
                pressedOn = near;
            }
        }
        dragged = false;
        return true;
    }

    @Override
    protected void drag(MouseEvent e) {
        if (!dragged) {
            canvas.overlay().getChildren().add(band);
            dragged = true;
        }
        Point2D p = canvas.toWorld(e.getX(), e.getY());
        band.setX(Math.min(p.getX(), origin.getX()));
        band.setY(Math.min(p.getY(), origin.getY()));
        band.setWidth(Math.abs(p.getX() - origin.getX()));
        band.setHeight(Math.abs(p.getY() - origin.getY()));
    }

    @Override
    protected void end(MouseEvent e) {
        Selection sel = canvas.model().selection();
        if (!dragged) {
            Object item = pressedOn instanceof DependencyArrow a ? a.dependency()
                    : pressedOn instanceof PlaceContainer pc ? pc.place() : null;
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (item != null) {
                    sel.toggle(item);
                }
            } else {
                sel.select(item);
            }
            return;
        }
        canvas.overlay().getChildren().remove(band);
        List<Object> inside = new ArrayList<>();
        for (ComponentCard c : canvas.cards()) {
            if (c.getLayoutX() >= band.getX() && c.getLayoutY() >= band.getY()
                    && c.getLayoutX() + ComponentCard.WIDTH <= band.getX() + band.getWidth()
                    && c.getLayoutY() + ComponentCard.HEIGHT <= band.getY() + band.getHeight()) {
                inside.add(c.component());
            }
        }
        if (!e.isShiftDown() && !e.isShortcutDown()) {
            sel.clear();
        }
        inside.forEach(sel::add);
    }
}
