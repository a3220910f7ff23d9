package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.ui.command.MoveCommand;
import dev.lifeboat.ui.selection.Selection;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Click selects a card (Shift or Ctrl adds/removes it); dragging moves the selected cards on the 20 px
 * grid. While dragging only the cards move; the release makes one {@link MoveCommand}, which also places
 * each moved component in the container its card was dropped in (or unplaces it).
 */
final class MoveGesture extends Gesture {

    private final List<Component> moving = new ArrayList<>();
    private final List<Point2D> starts = new ArrayList<>();
    private Component pressed;
    private Point2D origin;
    private boolean moved;

    MoveGesture(GestureContext ctx) {
        super(ctx);
    }

    @Override
    void begin(MouseEvent e, Hit hit, Point2D world) {
        ctx.focus();
        Selection sel = ctx.selection();
        pressed = (Component) hit.item();
        if (e.isShiftDown() || e.isShortcutDown()) {
            sel.toggle(pressed);
        } else if (!sel.contains(pressed)) {
            sel.select(pressed);
        }
        moving.clear();
        starts.clear();
        for (Component s : sel.of(Component.class)) {
            Bounds b = ctx.cardBounds(s);
            if (b != null) {
                moving.add(s);
                starts.add(new Point2D(b.x(), b.y()));
            }
        }
        origin = world;
        moved = false;
    }

    @Override
    void drag(MouseEvent e, Point2D world) {
        double dx = world.getX() - origin.getX();
        double dy = world.getY() - origin.getY();
        for (int i = 0; i < moving.size(); i++) {
            Point2D s = starts.get(i);
            ctx.showCard(moving.get(i), Snap.toGrid(s.getX() + dx), Snap.toGrid(s.getY() + dy));
        }
        moved = true;
    }

    @Override
    void end(MouseEvent e, Point2D world) {
        if (!moved) {
            if (!e.isShiftDown() && !e.isShortcutDown() && moving.size() > 1) {
                ctx.selection().select(pressed);
            }
            return;
        }
        MoveCommand cmd = Placements.fromDrawing(ctx, "Move", moving, List.of());
        if (cmd.isEmpty() || !ctx.execute(cmd)) {
            ctx.showModel();
        }
    }
}
