package dev.lifeboat.ui.canvas.gesture;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Dragging with the middle or right button pans; a right click without a drag opens the context menu. */
final class PanGesture extends Gesture {

    private double lastX;
    private double lastY;
    private boolean dragged;
    private Object pressedOn;

    PanGesture(GestureContext ctx) {
        super(ctx);
    }

    @Override
    void begin(MouseEvent e, Hit hit, Point2D world) {
        lastX = e.getX();
        lastY = e.getY();
        dragged = false;
        pressedOn = hit.item();
    }

    @Override
    void drag(MouseEvent e, Point2D world) {
        dragged = true;
        ctx.setCursor(Cursor.MOVE);
        ctx.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    void end(MouseEvent e, Point2D world) {
        ctx.setCursor(Cursor.DEFAULT);
        if (!dragged && e.getButton() == MouseButton.SECONDARY) {
            if (pressedOn != null && !ctx.selection().contains(pressedOn)) {
                ctx.selection().select(pressedOn);
            }
            ctx.showContextMenu(pressedOn, e.getScreenX(), e.getScreenY());
        }
    }
}
