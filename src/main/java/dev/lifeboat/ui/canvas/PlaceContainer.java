package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A region or zone drawn as a labelled container; components dropped into it are placed there. */
public final class PlaceContainer extends Region {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Place place;
    private final Label title = new Label();
    private final Region resizeHandle = new Region();
    private Bounds shown;

    public PlaceContainer(Place place) {
        this.place = place;
        setId("place-" + place.id());
        getStyleClass().addAll("place", place.kind() == PlaceKind.REGION ? "region" : "zone");
        title.getStyleClass().add("place-title");
        resizeHandle.getStyleClass().add("place-resize");
        getChildren().addAll(title, resizeHandle);
        refresh();
    }

    public Place place() {
        return place;
    }

    /** The bottom-right handle that resizes the container. */
    public Region resizeHandle() {
        return resizeHandle;
    }

    public Label title() {
        return title;
    }

    public void refresh() {
        title.setText((place.kind() == PlaceKind.REGION ? "Region  " : "Zone  ") + Printable.echo(place.name()));
        show(place.bounds());
    }

    /** Shows the container at bounds (used while dragging, before the model changes). */
    public void show(Bounds b) {
        shown = b;
        resizeRelocate(b.x(), b.y(), b.width(), b.height());
    }

    /** The bounds the container is drawn at now (during a drag, not yet the model's). */
    public Bounds shown() {
        return shown;
    }

    @Override
    protected void layoutChildren() {
        double room = titleWhole ? title.prefWidth(-1) : Math.min(title.prefWidth(-1), getWidth() - 20);
        title.resizeRelocate(10, 4, Math.max(0, room), Math.max(20, title.prefHeight(-1)));
        resizeHandle.resizeRelocate(getWidth() - 14, getHeight() - 14, 12, 12);
    }

    private boolean titleWhole;

    /**
     * Shows the title whole even where it is wider than the container (a presentation's larger type), rather
     * than cut with an ellipsis.
     */
    public void showTitleWhole() {
        titleWhole = true;
        requestLayout();
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
