package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.ui.canvas.CanvasView;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Wheel zooms around the pointer; dragging with the middle or right button (or Space held) pans. */
public final class PanZoomGesture extends Gesture {

    private double lastX;
    private double lastY;
    private boolean dragged;
    private javafx.scene.Node pressedOn;

    public PanZoomGesture(CanvasView canvas) {
        super(canvas);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                canvas.viewport().zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
                e.consume();
            }
        });
    }

    @Override
    protected boolean begin(MouseEvent e) {
        if (e.getButton() != MouseButton.MIDDLE && e.getButton() != MouseButton.SECONDARY) {
            return false;
        }
        lastX = e.getX();
        lastY = e.getY();
        dragged = false;
        pressedOn = canvas.owner((javafx.scene.Node) e.getTarget());
        return true;
    }

    @Override
    protected void drag(MouseEvent e) {
        dragged = true;
        canvas.setCursor(Cursor.MOVE);
        canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    protected void end(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (!dragged && e.getButton() == MouseButton.SECONDARY) {
            canvas.showContextMenu(pressedOn, e.getScreenX(), e.getScreenY());
        }
    }
}
