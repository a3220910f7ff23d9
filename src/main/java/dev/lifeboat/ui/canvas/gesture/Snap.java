package dev.lifeboat.ui.canvas.gesture;

/** Snapping to the canvas grid: cards and containers land on 20-unit steps when dragged or dropped. */
public final class Snap {

    /** The grid step in canvas units. */
    public static final double STEP = 20;

    private Snap() {
    }

    /** The nearest grid line. */
    public static double toGrid(double v) {
        return Math.round(v / STEP) * STEP;
    }
}
