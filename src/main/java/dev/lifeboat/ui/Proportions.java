package dev.lifeboat.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's dividers at the proportions the user chose, whatever the window's size. JavaFX moves
 * dividers to honour its panels' minimum sizes when the window shrinks and does not move them back when it
 * grows again; this remembers the proportions set here or dragged by the user, and puts them back whenever
 * the split pane is resized (the minimum sizes still win while the window is small).
 */
final class Proportions {

    private final SplitPane split;
    private double[] wanted;
    private boolean draggingDivider;
    private boolean resized;
    private final Runnable afterLayout = this::afterLayout;

    private Proportions(SplitPane split, double... positions) {
        this.split = split;
        this.wanted = positions.clone();
        split.setDividerPositions(positions);
        split.widthProperty().addListener(o -> restore());
        split.heightProperty().addListener(o -> restore());
        // the split pane's skin may still move the dividers while it lays out the new size: look once after
        split.sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (is != null) {
                is.addPostLayoutPulseListener(afterLayout);
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> draggingDivider = onDivider(e));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (draggingDivider) {
                wanted = split.getDividerPositions();
            }
            draggingDivider = false;
        });
    }

    /** Sets the dividers of {@code split} to {@code positions} and keeps them there as proportions. */
    static Proportions keep(SplitPane split, double... positions) {
        return new Proportions(split, positions);
    }

    /** Moves the dividers to new proportions (e.g. hiding the panels), kept from now on. */
    void set(double... positions) {
        wanted = positions.clone();
        split.setDividerPositions(positions);
    }

    /** The proportions kept. */
    double[] wanted() {
        return wanted.clone();
    }

    private void restore() {
        if (!draggingDivider) {
            resized = true;
            split.setDividerPositions(wanted);
        }
    }

    private void afterLayout() {
        if (resized) {
            resized = false;
            double[] now = split.getDividerPositions();
            for (int i = 0; i < now.length && i < wanted.length; i++) {
                if (Math.abs(now[i] - wanted[i]) > 0.001) {
                    split.setDividerPositions(wanted);
                    return;
                }
            }
        }
    }

    private static boolean onDivider(MouseEvent e) {
        for (Node n = e.getTarget() instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
