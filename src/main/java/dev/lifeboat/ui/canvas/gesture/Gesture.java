package dev.lifeboat.ui.canvas.gesture;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from press to release. The {@link GestureDispatcher} decides which gesture
 * owns a press and then hands it the drags and the release; a gesture sees the canvas only through its
 * {@link GestureContext}.
 */
abstract class Gesture {

    protected final GestureContext ctx;

    Gesture(GestureContext ctx) {
        this.ctx = ctx;
    }

    /** Starts the gesture on a press that hit {@code hit} at a world point. */
    abstract void begin(MouseEvent e, Hit hit, Point2D world);

    abstract void drag(MouseEvent e, Point2D world);

    abstract void end(MouseEvent e, Point2D world);
}
