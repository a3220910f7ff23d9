package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.command.AddDependencyCommand;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Dragging from a card's connector handle (or from anywhere on a card with Alt held) onto another card
 * makes the first depend on the second, as a hard dependency.
 */
public final class ConnectGesture extends Gesture {

    private final Line preview = new Line();
    private ComponentCard from;

    public ConnectGesture(CanvasView canvas) {
        super(canvas);
        preview.getStyleClass().add("connect-preview");
        preview.setMouseTransparent(true);
    }

    @Override
    protected boolean begin(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        Node target = (Node) e.getTarget();
        if (!(canvas.owner(target) instanceof ComponentCard card)) {
            return false;
        }
        if (target != card.connector() && !e.isAltDown()) {
            return false;
        }
        from = card;
        preview.setStartX(card.centerX());
        preview.setStartY(card.centerY());
        Point2D p = canvas.toWorld(e.getX(), e.getY());
        preview.setEndX(p.getX());
        preview.setEndY(p.getY());
        canvas.overlay().getChildren().add(preview);
        return true;
    }

    @Override
    protected void drag(MouseEvent e) {
        Point2D p = canvas.toWorld(e.getX(), e.getY());
        preview.setEndX(p.getX());
        preview.setEndY(p.getY());
    }

    @Override
    protected void end(MouseEvent e) {
        canvas.overlay().getChildren().remove(preview);
        Point2D p = canvas.toWorld(e.getX(), e.getY());
        ComponentCard to = canvas.cardAt(p.getX(), p.getY());
        if (to != null && to != from) {
            canvas.model().execute(new AddDependencyCommand(from.component(), to.component(), Strength.HARD));
        }
        from = null;
    }
}
