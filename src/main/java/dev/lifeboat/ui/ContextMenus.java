package dev.lifeboat.ui;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.canvas.CanvasView;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The canvas context menus: for a dependency (hard/soft), a component, a container, or the background. */
final class ContextMenus {

    private ContextMenus() {
    }

    static ContextMenu of(Object item, EditActions edit, CanvasView canvas) {
        ContextMenu m = new ContextMenu();
        m.setId("canvasMenu");
        if (item instanceof Dependency d) {
            ToggleGroup g = new ToggleGroup();
            for (Strength s : Strength.values()) {
                RadioMenuItem r = new RadioMenuItem(s.label());
                r.setToggleGroup(g);
                r.setSelected(d.strength() == s);
                r.setOnAction(e -> edit.setStrength(s));
                m.getItems().add(r);
            }
            m.getItems().addAll(new SeparatorMenuItem(), WindowMenus.item("Delete dependency", null, edit::delete));
        } else if (item instanceof Component) {
            m.getItems().addAll(WindowMenus.item("Copy", null, edit::copy),
                    WindowMenus.item("Delete", null, edit::delete), new SeparatorMenuItem(),
                    WindowMenus.item("New journey starting here", null, edit::newJourney));
        } else if (item instanceof Place) {
            m.getItems().add(WindowMenus.item("Delete container (keeps its components)", null, edit::delete));
        } else {
            MenuItem paste = WindowMenus.item("Paste", null, edit::paste);
            paste.setDisable(!edit.canPaste());
            m.getItems().addAll(paste, WindowMenus.item("Select all", null, edit::selectAll), new SeparatorMenuItem(),
                    WindowMenus.item("Auto layout by recovery wave", null, edit::autoLayout),
                    WindowMenus.item("Fit to window", null, canvas::fit));
        }
        return m;
    }
}
