package dev.lifeboat.ui.canvas;

import java.util.HashMap;
import java.util.Map;

/**
 * The arrow routes of the last auto layout: bend points around the cards, kept in the view and not in the
 * file. An arrow follows its route while both its cards stay where the layout put them (so undo and redo of
 * the layout bring the routes back) and is drawn straight once either card moves.
 */
public final class Routes {

    /** One route: where its two cards were, and the polyline from the first to the second (x, y, x, y...). */
    private record Route(double sourceX, double sourceY, double targetX, double targetY, double[] points) {
    }

    private final Map<String, Route> routes = new HashMap<>();
    private Runnable onChange = () -> { };

    /** What to run after a layout changed the routes (the canvas redraws its arrows). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Tells the view that the routes changed. */
    void changed() {
        onChange.run();
    }

    private static String key(String sourceId, String targetId) {
        return sourceId + '\u0000' + targetId;
    }

    /** Records the route of the dependency from one component to another, with the cards' positions. */
    public void put(String sourceId, String targetId, double sourceX, double sourceY, double targetX,
                    double targetY, double[] points) {
        routes.put(key(sourceId, targetId), new Route(sourceX, sourceY, targetX, targetY, points.clone()));
    }

    /** The route to draw between two cards now, or null: none, or a card moved since the layout. */
    public double[] route(String sourceId, String targetId, double sourceX, double sourceY, double targetX,
                   double targetY) {
        Route r = routes.get(key(sourceId, targetId));
        if (r == null || r.sourceX() != sourceX || r.sourceY() != sourceY || r.targetX() != targetX
                || r.targetY() != targetY) {
            return null;
        }
        return r.points();
    }

    /** Takes the routes another canvas keeps (a presentation draws the arrows as the designer does). */
    void copyFrom(Routes other) {
        routes.clear();
        routes.putAll(other.routes);
        changed();
    }

    /** Forgets every route (another document, or a new layout). */
    public void clear() {
        routes.clear();
    }

    /** How many routes are kept. */
    public int size() {
        return routes.size();
    }
}
