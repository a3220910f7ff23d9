package dev.lifeboat.ui.panels;

import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.ui.canvas.KindIcons;
import dev.lifeboat.ui.canvas.gesture.PaletteDrop;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The palette: one entry per component kind, plus zone and region. Drag an entry onto the canvas to
 * create it there; double-click adds it in the middle of the view.
 */
public final class PalettePanel extends VBox {

    private final PaletteDrop drop;

    public PalettePanel(PaletteDrop drop) {
        this.drop = drop;
        setId("palette");
        getStyleClass().addAll("panel", "palette");
        Label title = new Label("Components");
        title.getStyleClass().add("panel-title");
        title.setTooltip(new Tooltip("Drag onto the canvas (or double-click). To connect two components, drag from a "
                + "card's right-hand dot onto the other card."));
        getChildren().add(title);
        for (ComponentKind k : ComponentKind.values()) {
            getChildren().add(entry(k, shortLabel(k), KindIcons.icon(k, 20), "palette-" + k.id()));
        }
        Label places = new Label("Places");
        places.getStyleClass().add("panel-title");
        getChildren().add(places);
        getChildren().add(entry(PlaceKind.ZONE, "Zone", placeIcon(false), "palette-zone"));
        getChildren().add(entry(PlaceKind.REGION, "Region", placeIcon(true), "palette-region"));
    }

    /** A palette name short enough for a narrow panel; the tooltip and the inspector give the full one. */
    private static String shortLabel(ComponentKind k) {
        return switch (k) {
            case EXTERNAL -> "External";
            case DATASTORE -> "Datastore";
            case OBJECT_STORAGE -> "Object store";
            default -> k.label();
        };
    }

    private static Node placeIcon(boolean region) {
        Rectangle r = new Rectangle(18, 14);
        r.getStyleClass().addAll("palette-place-icon", region ? "region" : "zone");
        return r;
    }

    private Node entry(Object kind, String text, Node icon, String id) {
        Label label = new Label(text);
        HBox box = new HBox(10, icon, label);
        box.setId(id);
        box.getStyleClass().add("palette-entry");
        box.setCursor(Cursor.OPEN_HAND);
        Tooltip.install(box, new Tooltip("Drag " + text + " onto the canvas"));
        Label ghost = new Label(text);
        ghost.getStyleClass().add("palette-ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        box.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                drop.addAtCentre(kind);
            }
        });
        box.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (getScene() == null || !(getScene().getRoot() instanceof javafx.scene.layout.Pane root)) {
                return;
            }
            if (ghost.getParent() == null) {
                root.getChildren().add(ghost);
            }
            ghost.autosize();
            ghost.relocate(e.getSceneX() + 8, e.getSceneY() + 8);
            box.setCursor(Cursor.CLOSED_HAND);
        });
        box.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            box.setCursor(Cursor.OPEN_HAND);
            if (ghost.getParent() instanceof javafx.scene.layout.Pane p) {
                p.getChildren().remove(ghost);
                if (drop.over(e.getSceneX(), e.getSceneY())) {
                    drop.drop(kind, e.getSceneX(), e.getSceneY());
                }
            }
        });
        Region spacer = new Region();
        box.getChildren().add(spacer);
        return box;
    }
}
