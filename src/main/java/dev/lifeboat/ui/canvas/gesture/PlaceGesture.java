package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.ui.command.Containment;
import dev.lifeboat.ui.command.MoveCommand;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a container by its title moves it with everything placed in it (its zones and their
 * components); dragging its corner handle resizes it. A zone stays inside a region (it is held in the one
 * under its centre, or leaves regions altogether), a region never shrinks smaller than its zones, and the
 * cards the container covers or uncovers are placed accordingly: one command per drag.
 */
final class PlaceGesture extends Gesture {

    private static final double MIN_WIDTH = 120;
    private static final double MIN_HEIGHT = 80;
    private Place place;
    private boolean resizing;
    private Point2D origin;
    private final List<Place> carried = new ArrayList<>();
    private final List<Component> cards = new ArrayList<>();
    private boolean moved;

    PlaceGesture(GestureContext ctx) {
        super(ctx);
    }

    @Override
    void begin(MouseEvent e, Hit hit, Point2D world) {
        ctx.focus();
        place = (Place) hit.item();
        resizing = hit.part() == Hit.Part.PLACE_HANDLE;
        ctx.selection().select(place);
        origin = world;
        carried.clear();
        cards.clear();
        moved = false;
        if (!resizing) {
            for (Place z : ctx.topology().places()) {
                if (z.region() == place) {
                    carried.add(z);
                }
            }
            for (Component c : ctx.topology().components()) {
                Place cp = c.place();
                if (cp == place || (cp != null && cp.region() == place)) {
                    cards.add(c);
                }
            }
        }
    }

    @Override
    void drag(MouseEvent e, Point2D world) {
        double dx = Snap.toGrid(world.getX() - origin.getX());
        double dy = Snap.toGrid(world.getY() - origin.getY());
        Bounds b = place.bounds();
        if (resizing) {
            Bounds r = new Bounds(b.x(), b.y(), Math.max(MIN_WIDTH, b.width() + dx), Math.max(MIN_HEIGHT,
                    b.height() + dy));
            ctx.showPlace(place, place.kind() == PlaceKind.REGION ? aroundZones(r) : withinRegion(r));
        } else {
            Bounds to = shift(b, dx, dy);
            if (place.kind() == PlaceKind.ZONE) {
                Place region = Containment.regionAt(ctx.topology(), ctx::placeBounds, place, to);
                if (region != null) {
                    to = Containment.clampInside(to, ctx.placeBounds(region));
                }
            }
            double mx = to.x() - b.x();
            double my = to.y() - b.y();
            ctx.showPlace(place, to);
            for (Place z : carried) {
                ctx.showPlace(z, shift(z.bounds(), mx, my));
            }
            for (Component c : cards) {
                ctx.showCard(c, c.x() + mx, c.y() + my);
            }
        }
        moved = true;
    }

    /** A region's new bounds, grown where needed so that its zones stay inside. */
    private Bounds aroundZones(Bounds r) {
        Bounds out = r;
        for (Place z : ctx.topology().places()) {
            if (z.region() == place) {
                out = Containment.grownAround(out, z.bounds());
            }
        }
        return out;
    }

    /** A zone's new bounds, cut where needed so that it stays inside its region. */
    private Bounds withinRegion(Bounds z) {
        if (place.region() == null) {
            return z;
        }
        Bounds r = ctx.placeBounds(place.region());
        double w = Math.min(z.width(), r.x() + r.width() - Containment.PAD / 2 - z.x());
        double h = Math.min(z.height(), r.y() + r.height() - Containment.PAD / 2 - z.y());
        return new Bounds(z.x(), z.y(), Math.max(40, w), Math.max(40, h));
    }

    private static Bounds shift(Bounds b, double dx, double dy) {
        return new Bounds(b.x() + dx, b.y() + dy, b.width(), b.height());
    }

    @Override
    void end(MouseEvent e, Point2D world) {
        if (!moved) {
            return;
        }
        List<Place> changed = new ArrayList<>(carried);
        changed.add(0, place);
        MoveCommand cmd = Placements.fromDrawing(ctx, resizing ? "Resize" : "Move", cards, changed);
        if (cmd.isEmpty() || !ctx.execute(cmd)) {
            ctx.showModel();
        }
    }
}
