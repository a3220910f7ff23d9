package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.command.AddComponentCommand;
import dev.lifeboat.ui.command.AddPlaceCommand;
import dev.lifeboat.ui.command.Containment;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * Creates what is dragged from the palette where it is dropped: a component (placed in the container under
 * it), or a zone/region container that takes what it is drawn over: a zone dropped into a region lies inside
 * it, and the cards under a new container are placed in it, in the same undoable step. A new component is
 * selected and its name offered for editing (see {@link dev.lifeboat.ui.selection.Selection#nameRequestProperty}).
 */
public final class PaletteDrop {

    private static final double REGION_WIDTH = 640;
    private static final double REGION_HEIGHT = 320;
    private static final double ZONE_WIDTH = 300;
    private static final double ZONE_HEIGHT = 200;
    private final GestureContext ctx;

    public PaletteDrop(GestureContext ctx) {
        this.ctx = ctx;
    }

    /** Whether a scene point is over the canvas. */
    public boolean over(double sceneX, double sceneY) {
        return ctx.showsScenePoint(sceneX, sceneY);
    }

    /** Adds a component centred at a world point, selects it and asks for its name. */
    public void addComponent(ComponentKind kind, Point2D world) {
        Topology t = ctx.topology();
        Place place = Containment.placeAt(t, ctx::placeBounds, world.getX(), world.getY());
        String name = uniqueName(t, kind.id().replace('_', '-'));
        Dimension2D size = ctx.cardSize(name);
        double x = Snap.toGrid(world.getX() - size.getWidth() / 2);
        double y = Snap.toGrid(world.getY() - size.getHeight() / 2);
        // the snapped card's centre decides the placement, as it does for a moved card
        place = Containment.placeAt(t, ctx::placeBounds, x + size.getWidth() / 2, y + size.getHeight() / 2);
        AddComponentCommand cmd = new AddComponentCommand(kind, name, x, y, place == null ? null : place.id());
        if (ctx.execute(cmd)) {
            t.component(cmd.componentId()).ifPresent(c -> ctx.selection().selectToName(c));
        }
    }

    /** Adds a zone or region with its top-left corner near a world point. */
    public void addPlace(PlaceKind kind, Point2D world) {
        Topology t = ctx.topology();
        Place region = null;
        Bounds b = new Bounds(Snap.toGrid(world.getX() - 20), Snap.toGrid(world.getY() - 12),
                kind == PlaceKind.REGION ? REGION_WIDTH : ZONE_WIDTH, kind == PlaceKind.REGION ? REGION_HEIGHT
                : ZONE_HEIGHT);
        if (kind == PlaceKind.ZONE) {
            Place under = Containment.placeAt(t, ctx::placeBounds, world.getX(), world.getY());
            region = under == null ? null : under.kind() == PlaceKind.REGION ? under : under.region();
            if (region != null) {
                b = Containment.clampInside(b, ctx.placeBounds(region));
            }
        }
        String name = uniquePlaceName(t, kind.id().toLowerCase(Locale.ROOT));
        AddPlaceCommand cmd = new AddPlaceCommand(kind, name, region == null ? null : region.id(), b);
        cmd.adopt(covered(t, b));
        if (kind == PlaceKind.REGION) {
            List<Place> zones = new ArrayList<>();
            for (Place z : t.places()) {
                if (z.kind() == PlaceKind.ZONE && z.region() == null && Containment.inside(z.bounds(), b)) {
                    zones.add(z);
                }
            }
            cmd.adoptZones(zones);
        }
        if (ctx.execute(cmd)) {
            t.place(cmd.placeId()).ifPresent(p -> ctx.selection().select(p));
        }
    }

    /** The components whose cards' centres would lie in a new container at b, and in no smaller one. */
    private List<Component> covered(Topology t, Bounds b) {
        Object fresh = new Object();
        Map<Object, Bounds> boxes = new IdentityHashMap<>();
        for (Place p : t.places()) {
            boxes.put(p, ctx.placeBounds(p));
        }
        boxes.put(fresh, b);
        List<Component> out = new ArrayList<>();
        for (Component c : t.components()) {
            Bounds card = ctx.cardBounds(c);
            double cx = card.x() + card.width() / 2;
            double cy = card.y() + card.height() / 2;
            if (b.contains(cx, cy) && Containment.innermost(boxes, cx, cy) == fresh) {
                out.add(c);
            }
        }
        return out;
    }

    /** Drops a palette entry (a {@link ComponentKind} or {@link PlaceKind}) at a scene point. */
    public void drop(Object entry, double sceneX, double sceneY) {
        Point2D w = ctx.sceneToWorld(sceneX, sceneY);
        if (entry instanceof ComponentKind k) {
            addComponent(k, w);
        } else if (entry instanceof PlaceKind k) {
            addPlace(k, w);
        }
    }

    /** Adds an entry in the middle of the visible canvas (double-click or Enter in the palette). */
    public void addAtCentre(Object entry) {
        Point2D w = ctx.viewCentre();
        if (entry instanceof ComponentKind k) {
            addComponent(k, w);
        } else if (entry instanceof PlaceKind k) {
            addPlace(k, w);
        }
    }

    private static String uniqueName(Topology t, String base) {
        for (int i = 1; ; i++) {
            String n = base + "-" + i;
            if (t.components().stream().noneMatch(c -> c.name().equals(n) || c.id().equals(n))) {
                return n;
            }
        }
    }

    private static String uniquePlaceName(Topology t, String base) {
        for (int i = 1; ; i++) {
            String n = base + "-" + i;
            if (t.places().stream().noneMatch(p -> p.name().equals(n) || p.id().equals(n))) {
                return n;
            }
        }
    }
}
