package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.ui.canvas.CanvasView;
import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas. Gestures are installed in priority order; the first whose
 * {@link #begin} accepts a press consumes it and receives the drags and the release that follow.
 */
abstract class Gesture {

    protected final CanvasView canvas;
    private boolean active;

    Gesture(CanvasView canvas) {
        this.canvas = canvas;
    }

    public final void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isConsumed() && begin(e)) {
                active = true;
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active) {
                drag(e);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (active) {
                active = false;
                end(e);
                e.consume();
            }
        });
    }

    /** Whether this gesture takes the press. */
    protected abstract boolean begin(MouseEvent e);

    protected abstract void drag(MouseEvent e);

    protected abstract void end(MouseEvent e);
}
