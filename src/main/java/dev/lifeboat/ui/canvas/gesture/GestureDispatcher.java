package dev.lifeboat.ui.canvas.gesture;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Decides which gesture owns a press on the canvas, from what the press hit, and hands that gesture the
 * drags and the release that follow (as Scene Builder's EditModeController does). The wheel zooms.
 */
public final class GestureDispatcher {

    /** The gestures the canvas knows. */
    public enum Kind {
        /** Draws a new dependency from a card. */
        CONNECT,
        /** Selects and moves cards. */
        MOVE,
        /** Moves or resizes a container. */
        PLACE,
        /** Pans the view; a click opens the context menu. */
        PAN,
        /** Selects with a click or a rubber band. */
        MARQUEE
    }

    private final GestureContext ctx;
    private final Map<Kind, Gesture> gestures = new EnumMap<>(Kind.class);
    private Gesture active;

    public GestureDispatcher(GestureContext ctx) {
        this.ctx = ctx;
        gestures.put(Kind.CONNECT, new ConnectGesture(ctx));
        gestures.put(Kind.MOVE, new MoveGesture(ctx));
        gestures.put(Kind.PLACE, new PlaceGesture(ctx));
        gestures.put(Kind.PAN, new PanGesture(ctx));
        gestures.put(Kind.MARQUEE, new MarqueeGesture(ctx));
    }

    /** Which gesture a press with a button (Alt held or not) on what it hit starts; null: none. */
    public static Kind choose(Hit hit, MouseButton button, boolean alt) {
        if (button == MouseButton.MIDDLE || button == MouseButton.SECONDARY) {
            return Kind.PAN;
        }
        if (button != MouseButton.PRIMARY) {
            return null;
        }
        return switch (hit.part()) {
            case CONNECTOR -> Kind.CONNECT;
            case CARD -> alt ? Kind.CONNECT : Kind.MOVE;
            case PLACE_TITLE, PLACE_HANDLE -> Kind.PLACE;
            case PLACE_BODY, ARROW, BACKGROUND -> Kind.MARQUEE;
        };
    }

    /** Listens to the mouse on the drawing surface (whose coordinates {@link GestureContext#toWorld} takes). */
    public void install(Node surface) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isConsumed() || active != null) {
                return;
            }
            Point2D world = ctx.toWorld(e.getX(), e.getY());
            Hit hit = ctx.hit((Node) e.getTarget(), world);
            Kind kind = choose(hit, e.getButton(), e.isAltDown());
            if (kind != null) {
                active = gestures.get(kind);
                active.begin(e, hit, world);
                e.consume();
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null) {
                active.drag(e, ctx.toWorld(e.getX(), e.getY()));
                e.consume();
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (active != null) {
                Gesture g = active;
                active = null;
                g.end(e, ctx.toWorld(e.getX(), e.getY()));
                e.consume();
            }
        });
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                ctx.zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
                e.consume();
            }
        });
    }
}
