package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.canvas.Grid;
import dev.lifeboat.ui.command.MoveCommand;
import dev.lifeboat.ui.selection.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Click selects a card (Shift or Ctrl adds/removes it); dragging moves the selected cards on the 20 px
 * grid. While dragging only the cards move; the release makes one {@link MoveCommand}, which also places
 * each moved component in the zone or region its card was dropped in (or unplaces it).
 */
public final class MoveGesture extends Gesture {

    private final List<ComponentCard> moving = new ArrayList<>();
    private final List<Point2D> starts = new ArrayList<>();
    private Point2D origin;
    private boolean moved;

    public MoveGesture(CanvasView canvas) {
        super(canvas);
    }

    @Override
    protected boolean begin(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !(canvas.owner((javafx.scene.Node) e.getTarget())
                instanceof ComponentCard card)) {
            return false;
        }
        canvas.requestFocus();
        Selection sel = canvas.model().selection();
        Component c = card.component();
        if (e.isShiftDown() || e.isShortcutDown()) {
            sel.toggle(c);
        } else if (!sel.contains(c)) {
            sel.select(c);
        }
        moving.clear();
        starts.clear();
        for (Component s : sel.of(Component.class)) {
            ComponentCard sc = canvas.cardOf(s);
            if (sc != null) {
                moving.add(sc);
                starts.add(new Point2D(sc.getLayoutX(), sc.getLayoutY()));
            }
        }
        origin = canvas.toWorld(e.getX(), e.getY());
        moved = false;
        return true;
    }

    @Override
    protected void drag(MouseEvent e) {
        Point2D p = canvas.toWorld(e.getX(), e.getY());
        double dx = p.getX() - origin.getX();
        double dy = p.getY() - origin.getY();
        for (int i = 0; i < moving.size(); i++) {
            Point2D s = starts.get(i);
            moving.get(i).relocate(Grid.snap(s.getX() + dx), Grid.snap(s.getY() + dy));
        }
        moved = true;
    }

    @Override
    protected void end(MouseEvent e) {
        if (!moved) {
            if (!e.isShiftDown() && !e.isShortcutDown() && moving.size() > 1) {
                canvas.model().selection().select(canvas.owner((javafx.scene.Node) e.getTarget())
                        instanceof ComponentCard card ? card.component() : null);
            }
            return;
        }
        MoveCommand cmd = new MoveCommand("Move");
        for (ComponentCard card : moving) {
            Component c = card.component();
            Place to = canvas.placeAt(card.centerX(), card.centerY(), Set.of());
            cmd.move(c, card.getLayoutX(), card.getLayoutY(), to);
        }
        if (!cmd.isEmpty() && !canvas.model().execute(cmd)) {
            for (ComponentCard card : moving) {
                card.relocate(card.component().x(), card.component().y());
            }
        }
    }
}
