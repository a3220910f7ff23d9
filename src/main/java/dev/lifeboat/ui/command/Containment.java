package dev.lifeboat.ui.command;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import java.util.Map;
import java.util.function.Function;

/**
 * The canvas's one rule for what contains what, shared by the gestures and the commands so that what the
 * canvas shows and what the model holds agree: a component is placed in the innermost container that holds
 * its card's centre (none: unplaced), and a zone lies wholly inside its region. Knows no JavaFX.
 */
public final class Containment {

    /** The width of a card with a short name (the canvas may draw a longer name wider). */
    public static final double CARD_WIDTH = 196;
    /** The height of a card whose name fits on one line. */
    public static final double CARD_HEIGHT = 86;
    /** The room kept between a container's edge and what it holds (its title sits in the top one). */
    public static final double PAD = 20;
    /** The height of a container's title strip. */
    public static final double TITLE = 30;

    private Containment() {
    }

    /**
     * The innermost of the boxes holding a point: the smallest by area (a zone inside its region is
     * smaller than the region), or null when none holds it.
     */
    public static <T> T innermost(Map<T, Bounds> boxes, double x, double y) {
        T best = null;
        double bestArea = Double.MAX_VALUE;
        for (Map.Entry<T, Bounds> e : boxes.entrySet()) {
            Bounds b = e.getValue();
            double area = b.width() * b.height();
            if (b.contains(x, y) && area < bestArea) {
                best = e.getKey();
                bestArea = area;
            }
        }
        return best;
    }

    /** The innermost place of a topology holding a point, with the bounds the canvas draws for each place. */
    public static Place placeAt(Topology t, Function<Place, Bounds> drawn, double x, double y) {
        Place best = null;
        double bestArea = Double.MAX_VALUE;
        for (Place p : t.places()) {
            Bounds b = drawn.apply(p);
            double area = b.width() * b.height();
            if (b.contains(x, y) && area < bestArea) {
                best = p;
                bestArea = area;
            }
        }
        return best;
    }

    /** Whether a box lies wholly inside another. */
    public static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x()
                + outer.width() && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    /**
     * A box moved (and if it must, shrunk) to lie inside {@code outer}, below its title and a padding away
     * from its edges: where a zone goes in its region.
     */
    public static Bounds clampInside(Bounds inner, Bounds outer) {
        double minX = outer.x() + PAD / 2;
        double minY = outer.y() + TITLE;
        double maxW = Math.max(40, outer.width() - PAD);
        double maxH = Math.max(40, outer.height() - TITLE - PAD / 2);
        double w = Math.min(inner.width(), maxW);
        double h = Math.min(inner.height(), maxH);
        double x = Math.max(minX, Math.min(inner.x(), minX + maxW - w));
        double y = Math.max(minY, Math.min(inner.y(), minY + maxH - h));
        return new Bounds(x, y, w, h);
    }

    /** A box grown so that it also holds {@code inner} with room for padding (and a title above it). */
    public static Bounds grownAround(Bounds outer, Bounds inner) {
        double x0 = Math.min(outer.x(), inner.x() - PAD / 2);
        double y0 = Math.min(outer.y(), inner.y() - TITLE);
        double x1 = Math.max(outer.x() + outer.width(), inner.x() + inner.width() + PAD / 2);
        double y1 = Math.max(outer.y() + outer.height(), inner.y() + inner.height() + PAD / 2);
        return new Bounds(x0, y0, x1 - x0, y1 - y0);
    }

    /** The nominal card of a component: its top-left corner and the size of a short-named card. */
    public static Bounds nominalCard(Component c) {
        return new Bounds(c.x(), c.y(), CARD_WIDTH, CARD_HEIGHT);
    }

    /**
     * Where to put a component so that it sits in a place: its position when its card's centre already lies
     * in the place and in no container inside it, else the first free grid slot inside the place.
     */
    public static double[] spotInside(Topology t, Component c, Place p) {
        if (placeAt(t, Place::bounds, c.x() + CARD_WIDTH / 2, c.y() + CARD_HEIGHT / 2) == p) {
            return new double[] {c.x(), c.y()};
        }
        Bounds b = p.bounds();
        for (double y = b.y() + TITLE + 10; y + CARD_HEIGHT <= b.y() + b.height(); y += CARD_HEIGHT + PAD) {
            for (double x = b.x() + PAD; x + CARD_WIDTH <= b.x() + b.width(); x += CARD_WIDTH + PAD) {
                double cx = x + CARD_WIDTH / 2;
                double cy = y + CARD_HEIGHT / 2;
                if (placeAt(t, Place::bounds, cx, cy) == p && free(t, c, new Bounds(x, y, CARD_WIDTH, CARD_HEIGHT))) {
                    return new double[] {x, y};
                }
            }
        }
        // a small or crowded container: its centre, which is inside it
        return new double[] {b.x() + b.width() / 2 - CARD_WIDTH / 2, b.y() + b.height() / 2 - CARD_HEIGHT / 2};
    }

    /** Where to put a component so that it sits outside every container: its position when it already does. */
    public static double[] spotOutside(Topology t, Component c) {
        if (placeAt(t, Place::bounds, c.x() + CARD_WIDTH / 2, c.y() + CARD_HEIGHT / 2) == null) {
            return new double[] {c.x(), c.y()};
        }
        double right = 0;
        for (Place p : t.places()) {
            right = Math.max(right, p.bounds().x() + p.bounds().width());
        }
        double x = Math.ceil((right + 2 * PAD) / PAD) * PAD;
        double y = c.y();
        while (!free(t, c, new Bounds(x, y, CARD_WIDTH, CARD_HEIGHT))) {
            y += CARD_HEIGHT + PAD;
        }
        return new double[] {x, y};
    }

    private static boolean free(Topology t, Component self, Bounds box) {
        for (Component o : t.components()) {
            if (o != self && overlaps(nominalCard(o), box)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /** The region a zone's box falls in (by its centre), or null; for a region, null. */
    public static Place regionAt(Topology t, Function<Place, Bounds> drawn, Place zone, Bounds box) {
        if (zone.kind() != PlaceKind.ZONE) {
            return null;
        }
        Place best = null;
        double bestArea = Double.MAX_VALUE;
        double cx = box.x() + box.width() / 2;
        double cy = box.y() + box.height() / 2;
        for (Place p : t.places()) {
            Bounds b = drawn.apply(p);
            if (p.kind() == PlaceKind.REGION && b.contains(cx, cy) && b.width() * b.height() < bestArea) {
                best = p;
                bestArea = b.width() * b.height();
            }
        }
        return best;
    }
}
