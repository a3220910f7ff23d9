package dev.lifeboat.model;

/** A rectangle on the canvas, in canvas units. Width and height are never negative. */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite numbers");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("bounds cannot have a negative size");
        }
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }
}
