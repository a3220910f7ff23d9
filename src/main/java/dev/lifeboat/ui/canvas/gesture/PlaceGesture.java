package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.canvas.Grid;
import dev.lifeboat.ui.canvas.PlaceContainer;
import dev.lifeboat.ui.command.MoveCommand;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a container by its title moves it with everything placed in it (its zones and their
 * components); dragging its corner handle resizes it. One command per drag.
 */
public final class PlaceGesture extends Gesture {

    private PlaceContainer container;
    private boolean resizing;
    private Point2D origin;
    private final List<PlaceContainer> zones = new ArrayList<>();
    private final List<ComponentCard> cards = new ArrayList<>();
    private boolean moved;

    public PlaceGesture(CanvasView canvas) {
        super(canvas);
    }

    @Override
    protected boolean begin(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        Node target = (Node) e.getTarget();
        if (!(canvas.owner(target) instanceof PlaceContainer pc)) {
            return false;
        }
        boolean onTitle = target == pc.title() || pc.title().getChildrenUnmodifiable().contains(target)
                || isDescendant(target, pc.title());
        resizing = target == pc.resizeHandle();
        if (!onTitle && !resizing) {
            return false;
        }
        canvas.requestFocus();
        container = pc;
        canvas.model().selection().select(pc.place());
        origin = canvas.toWorld(e.getX(), e.getY());
        zones.clear();
        cards.clear();
        moved = false;
        if (!resizing) {
            Place p = pc.place();
            for (PlaceContainer z : canvas.containers()) {
                if (z.place().region() == p) {
                    zones.add(z);
                }
            }
            for (ComponentCard c : canvas.cards()) {
                Place cp = c.component().place();
                if (cp == p || (cp != null && cp.region() == p)) {
                    cards.add(c);
                }
            }
        }
        return true;
    }

    private static boolean isDescendant(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void drag(MouseEvent e) {
        Point2D p = canvas.toWorld(e.getX(), e.getY());
        double dx = Grid.snap(p.getX() - origin.getX());
        double dy = Grid.snap(p.getY() - origin.getY());
        Bounds b = container.place().bounds();
        if (resizing) {
            container.show(new Bounds(b.x(), b.y(), Math.max(120, b.width() + dx), Math.max(80, b.height() + dy)));
        } else {
            container.show(shift(b, dx, dy));
            for (PlaceContainer z : zones) {
                z.show(shift(z.place().bounds(), dx, dy));
            }
            for (ComponentCard c : cards) {
                c.relocate(c.component().x() + dx, c.component().y() + dy);
            }
        }
        moved = true;
    }

    private static Bounds shift(Bounds b, double dx, double dy) {
        return new Bounds(b.x() + dx, b.y() + dy, b.width(), b.height());
    }

    @Override
    protected void end(MouseEvent e) {
        if (!moved) {
            return;
        }
        MoveCommand cmd = new MoveCommand(resizing ? "Resize" : "Move");
        cmd.move(container.place(), new Bounds(container.getLayoutX(), container.getLayoutY(), container.getWidth(),
                container.getHeight()));
        for (PlaceContainer z : zones) {
            cmd.move(z.place(), new Bounds(z.getLayoutX(), z.getLayoutY(), z.getWidth(), z.getHeight()));
        }
        for (ComponentCard c : cards) {
            Component comp = c.component();
            cmd.move(comp, c.getLayoutX(), c.getLayoutY(), comp.place());
        }
        if (cmd.isEmpty() || !canvas.model().execute(cmd)) {
            container.refresh();
            zones.forEach(PlaceContainer::refresh);
            cards.forEach(c -> c.relocate(c.component().x(), c.component().y()));
        }
    }
}
