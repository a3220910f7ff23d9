package dev.lifeboat.ui.canvas;

/** Snapping to the canvas grid. */
public final class Grid {

    /** The grid step in canvas units. */
    public static final double STEP = 20;

    private Grid() {
    }

    public static double snap(double v) {
        return Math.round(v / STEP) * STEP;
    }
}
