package dev.lifeboat.ui.canvas.gesture;

/**
 * What a press landed on, as the canvas's hit test reports it: which part of which model object (a
 * {@code Component}, {@code Place} or {@code Dependency}; null for the background).
 *
 * @param part which part was hit
 * @param item the model object the part belongs to, or null
 */
public record Hit(Part part, Object item) {

    /** Nothing: the empty background. */
    public static final Hit BACKGROUND = new Hit(Part.BACKGROUND, null);

    /** The parts of the drawing a gesture can start on. */
    public enum Part {
        /** A card's connector handle (a new dependency starts here). */
        CONNECTOR,
        /** A component's card. */
        CARD,
        /** A container's title strip (drags the container). */
        PLACE_TITLE,
        /** A container's bottom-right handle (resizes it). */
        PLACE_HANDLE,
        /** The inside of a container, away from cards and arrows. */
        PLACE_BODY,
        /** A dependency arrow, or a point a few pixels from it. */
        ARROW,
        /** The empty canvas. */
        BACKGROUND
    }
}
