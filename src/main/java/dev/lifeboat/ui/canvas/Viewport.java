package dev.lifeboat.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** Zoom and pan of the canvas: view = translate + scale * world. */
public final class Viewport {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 3;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);

    public Viewport(Node world) {
        world.getTransforms().setAll(translate, scale);
    }

    /** Told of every change of zoom or pan. */
    public void addListener(javafx.beans.InvalidationListener listener) {
        translate.xProperty().addListener(listener);
        translate.yProperty().addListener(listener);
        scale.xProperty().addListener(listener);
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double zoom() {
        return scale.getX();
    }

    public Point2D toWorld(double viewX, double viewY) {
        return new Point2D((viewX - translate.getX()) / scale.getX(), (viewY - translate.getY()) / scale.getY());
    }

    public void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /** Zooms by a factor keeping the view point (px, py) still. */
    public void zoomAt(double factor, double px, double py) {
        double s = clamp(scale.getX() * factor);
        Point2D w = toWorld(px, py);
        setScale(s);
        translate.setX(px - w.getX() * s);
        translate.setY(py - w.getY() * s);
    }

    public void reset() {
        setScale(1);
        translate.setX(0);
        translate.setY(0);
    }

    /** Shows the world rectangle centred in a view of the given size, with a margin, at 125% at most. */
    public void fit(Bounds world, double viewWidth, double viewHeight) {
        fit(world, viewWidth, viewHeight, 1.25);
    }

    /** Shows the world rectangle centred in a view of the given size, with a margin, zoomed in no further than most. */
    public void fit(Bounds world, double viewWidth, double viewHeight, double most) {
        if (world == null || world.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double margin = 16;
        double s = clamp(Math.min(most, Math.min((viewWidth - 2 * margin) / world.getWidth(),
                (viewHeight - 2 * margin) / world.getHeight())));
        setScale(s);
        translate.setX((viewWidth - world.getWidth() * s) / 2 - world.getMinX() * s);
        translate.setY((viewHeight - world.getHeight() * s) / 2 - world.getMinY() * s);
    }

    /** The world rectangle currently visible in a view of the given size. */
    public Bounds visible(double viewWidth, double viewHeight) {
        Point2D a = toWorld(0, 0);
        Point2D b = toWorld(viewWidth, viewHeight);
        return new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    private void setScale(double s) {
        scale.setX(s);
        scale.setY(s);
        zoom.set(s);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
