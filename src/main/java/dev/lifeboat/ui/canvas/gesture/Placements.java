package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.command.Containment;
import dev.lifeboat.ui.command.MoveCommand;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what a gesture left drawn on the canvas into one command, so that the model holds what the canvas
 * shows (the rule is {@link Containment}'s): moved cards and containers go where they are drawn, a card is
 * placed in the innermost container holding its centre, a zone belongs to the region holding it. Only what
 * the gesture touched is looked at: the moved cards, the changed containers and the cards inside them before
 * or after.
 */
final class Placements {

    private Placements() {
    }

    static MoveCommand fromDrawing(GestureContext ctx, String verb, Collection<Component> moved,
                                   Collection<Place> changed) {
        Topology t = ctx.topology();
        Function<Place, Bounds> drawn = ctx::placeBounds;
        MoveCommand cmd = new MoveCommand(verb);
        for (Place p : changed) {
            Bounds b = drawn.apply(p);
            Place region = p.kind() == PlaceKind.ZONE ? regionHolding(t, drawn, p, b) : null;
            if (!b.equals(p.bounds()) || region != p.region()) {
                cmd.move(p, b, region);
            }
        }
        // a free zone that a changed region now holds belongs to it
        for (Place z : t.places()) {
            if (z.kind() == PlaceKind.ZONE && z.region() == null && !changed.contains(z)) {
                Place r = regionHolding(t, drawn, z, z.bounds());
                if (r != null && changed.contains(r)) {
                    cmd.move(z, z.bounds(), r);
                }
            }
        }
        Set<Component> check = Collections.newSetFromMap(new IdentityHashMap<>());
        check.addAll(moved);
        if (!changed.isEmpty()) {
            for (Component c : t.components()) {
                Bounds card = ctx.cardBounds(c);
                double oldX = c.x() + card.width() / 2;
                double oldY = c.y() + card.height() / 2;
                double newX = card.x() + card.width() / 2;
                double newY = card.y() + card.height() / 2;
                for (Place p : changed) {
                    if (p.bounds().contains(oldX, oldY) || drawn.apply(p).contains(newX, newY)) {
                        check.add(c);
                        break;
                    }
                }
            }
        }
        for (Component c : new LinkedHashSet<>(check)) {
            Bounds card = ctx.cardBounds(c);
            Place to = Containment.placeAt(t, drawn, card.x() + card.width() / 2, card.y() + card.height() / 2);
            if (card.x() != c.x() || card.y() != c.y() || !Objects.equals(to, c.place())) {
                cmd.move(c, card.x(), card.y(), to);
            }
        }
        return cmd;
    }

    /** The smallest region whose drawn bounds hold a zone's box wholly, or null. */
    static Place regionHolding(Topology t, Function<Place, Bounds> drawn, Place zone, Bounds box) {
        Place best = null;
        double bestArea = Double.MAX_VALUE;
        for (Place r : t.places()) {
            if (r.kind() != PlaceKind.REGION || r == zone) {
                continue;
            }
            Bounds b = drawn.apply(r);
            if (Containment.inside(box, b) && b.width() * b.height() < bestArea) {
                best = r;
                bestArea = b.width() * b.height();
            }
        }
        return best;
    }
}
