package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.canvas.Grid;
import dev.lifeboat.ui.command.AddComponentCommand;
import dev.lifeboat.ui.command.AddPlaceCommand;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Point2D;

/**
 * Creates what is dragged from the palette where it is dropped: a component (placed in the zone or
 * region under it) or a zone/region container (a zone dropped into a region belongs to it).
 */
public final class PaletteDrop {

    private final CanvasView canvas;

    public PaletteDrop(CanvasView canvas) {
        this.canvas = canvas;
    }

    /** Whether a scene point is over the canvas. */
    public boolean over(double sceneX, double sceneY) {
        Point2D p = canvas.sceneToLocal(sceneX, sceneY);
        return p != null && canvas.getLayoutBounds().contains(p);
    }

    /** Adds a component centred at a world point. */
    public void addComponent(ComponentKind kind, Point2D world) {
        Topology t = canvas.model().topology();
        Place place = canvas.placeAt(world.getX(), world.getY(), Set.of());
        String name = uniqueName(t, kind.id().replace('_', '-'));
        AddComponentCommand cmd = new AddComponentCommand(kind, name, Grid.snap(world.getX() - ComponentCard.WIDTH / 2),
                Grid.snap(world.getY() - ComponentCard.HEIGHT / 2), place == null ? null : place.id());
        if (canvas.model().execute(cmd)) {
            t.component(cmd.componentId()).ifPresent(c -> canvas.model().selection().select(c));
        }
    }

    /** Adds a zone or region with its top-left corner near a world point. */
    public void addPlace(PlaceKind kind, Point2D world) {
        Topology t = canvas.model().topology();
        Place region = null;
        if (kind == PlaceKind.ZONE) {
            Place under = canvas.placeAt(world.getX(), world.getY(), Set.of());
            region = under == null ? null : under.kind() == PlaceKind.REGION ? under : under.region();
        }
        double w = kind == PlaceKind.REGION ? 640 : 300;
        double h = kind == PlaceKind.REGION ? 320 : 200;
        Bounds b = new Bounds(Grid.snap(world.getX() - 20), Grid.snap(world.getY() - 12), w, h);
        String name = uniquePlaceName(t, kind.id().toLowerCase(Locale.ROOT));
        AddPlaceCommand cmd = new AddPlaceCommand(kind, name, region == null ? null : region.id(), b);
        if (canvas.model().execute(cmd)) {
            t.place(cmd.placeId()).ifPresent(p -> canvas.model().selection().select(p));
        }
    }

    /** Drops a palette entry (a {@link ComponentKind} or {@link PlaceKind}) at a scene point. */
    public void drop(Object entry, double sceneX, double sceneY) {
        Point2D w = canvas.sceneToWorld(sceneX, sceneY);
        if (entry instanceof ComponentKind k) {
            addComponent(k, w);
        } else if (entry instanceof PlaceKind k) {
            addPlace(k, w);
        }
    }

    /** Adds an entry in the middle of the visible canvas (double-click or Enter in the palette). */
    public void addAtCentre(Object entry) {
        Point2D w = canvas.viewCentre();
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
