package dev.lifeboat.ui.canvas.gesture;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.command.Command;
import dev.lifeboat.ui.selection.Selection;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;

/**
 * What a gesture may see and do on the canvas, and nothing more: world coordinates, the hit test, what is
 * drawn where (and a preview of a change before it is committed), the overlay, the selection, and running a
 * command. The canvas implements it; gestures never see the canvas's nodes or its other methods.
 */
public interface GestureContext {

    /** A point of the drawing surface (mouse event coordinates) in world coordinates. */
    Point2D toWorld(double x, double y);

    /** A scene point in world coordinates. */
    Point2D sceneToWorld(double sceneX, double sceneY);

    /** Whether a scene point lies over the drawing surface. */
    boolean showsScenePoint(double sceneX, double sceneY);

    /** The world point at the centre of what is visible. */
    Point2D viewCentre();

    /** What a press on {@code target} at a world point hits. */
    Hit hit(Node target, Point2D world);

    /** The component whose card is drawn at a world point (the topmost), or null. */
    Component componentAt(Point2D world);

    /** The components whose cards lie wholly inside a world rectangle. */
    List<Component> componentsInside(Bounds box);

    /** Where a component's card is drawn now (during a gesture, possibly not yet where the model has it). */
    Bounds cardBounds(Component c);

    /** Where a container is drawn now. */
    Bounds placeBounds(Place p);

    /** The size a card for a component of that name will have. */
    Dimension2D cardSize(String name);

    /** Draws a card at a position before any command moves it (a preview during a drag). */
    void showCard(Component c, double x, double y);

    /** Draws a container at bounds before any command changes it. */
    void showPlace(Place p, Bounds b);

    /** Draws every card and container where the model has it again (after a refused or empty change). */
    void showModel();

    /** Nodes drawn above everything, in world coordinates (rubber band, connection preview). */
    ObservableList<Node> overlay();

    Topology topology();

    Selection selection();

    /** Runs an edit as one undoable command; false when the model refused it (the status line says why). */
    boolean execute(Command command);

    /** Pans the view by a distance in surface pixels. */
    void panBy(double dx, double dy);

    /** Zooms by a factor keeping a surface point still. */
    void zoomAt(double factor, double x, double y);

    /** Opens the context menu for a model object (null: the background) at a screen point. */
    void showContextMenu(Object item, double screenX, double screenY);

    void setCursor(Cursor cursor);

    /** Gives the canvas the keyboard focus (so that canvas keys work after a click). */
    void focus();
}
