package dev.lifeboat.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard and mouse: every shortcut and gesture of the designer in one table. The menu shortcuts are
 * read from the menu bar itself, so the page cannot drift from the menus; the keys handled outside the menus
 * (DesignerWindow) and the canvas gestures (ui.canvas.gesture, PalettePanel) are listed here.
 */
final class KeyboardHelp {

    /** One row: the keys or the mouse action, and what it does. */
    record Entry(String keys, String does) {
    }

    /** Keys the window handles itself, outside the menus (see DesignerWindow's key handlers). */
    private static final List<Entry> KEYS = List.of(
            new Entry("+  or  =", "Zoom in (canvas)"),
            new Entry("\u2212", "Zoom out (canvas)"),
            new Entry("0", "Actual size (canvas)"),
            new Entry("Ctrl+Y", "Redo"),
            new Entry("Ctrl+Z in a field", "Undo the typing while it is not yet entered, else the last edit"),
            new Entry("Enter / Tab in a field", "Apply the value (one undoable edit)"));

    /** Mouse gestures on the canvas and the palette. */
    private static final List<Entry> GESTURES = List.of(
            new Entry("Drag from the palette", "Add a component, zone or region where it is dropped"),
            new Entry("Double-click in the palette", "Add it in the middle of the view"),
            new Entry("Drag from a card's right-hand dot", "Connect: the card depends on the one dropped on"),
            new Entry("Alt+drag from a card", "Connect, from anywhere on the card"),
            new Entry("Click", "Select a card, dependency, zone or region; on empty canvas, clear"),
            new Entry("Shift+click  or  Ctrl+click", "Add to or remove from the selection"),
            new Entry("Drag a card", "Move the selected cards (20 px grid); into or out of a zone or region"),
            new Entry("Drag on empty canvas", "Select the cards inside the rectangle (Shift or Ctrl: add)"),
            new Entry("Drag a zone's or region's title", "Move it with what it holds"),
            new Entry("Drag a container's corner", "Resize it"),
            new Entry("Mouse wheel", "Zoom around the pointer"),
            new Entry("Right or middle drag", "Pan"),
            new Entry("Right click", "Context menu (a dependency: make it hard or soft)"),
            new Entry("Click a number in the journeys table", "Explain where it comes from"));

    private KeyboardHelp() {
    }

    /** Every row of the page: the menu shortcuts (read from the bar), the other keys, then the gestures. */
    static List<Entry> entries(MenuBar bar) {
        List<Entry> rows = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, clean(m.getText()), rows);
        }
        rows.addAll(KEYS);
        rows.addAll(GESTURES);
        return rows;
    }

    private static void collect(Menu menu, String path, List<Entry> rows) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, path + " \u25B8 " + clean(sub.getText()), rows);
            } else if (i.getAccelerator() != null) {
                rows.add(new Entry(i.getAccelerator().getDisplayText(), path + " \u25B8 " + clean(i.getText())));
            }
        }
    }

    /** A menu text as read: without its mnemonic mark and the key hint some items carry after a tab. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("_", "");
    }

    /** Opens the page in a window of its own, beside the designer (not modal: keep it open while working). */
    static void show(Window owner, MenuBar bar) {
        TableView<Entry> table = new TableView<>();
        table.setId("keyboardHelp");
        table.getItems().setAll(entries(bar));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Entry, String> keys = new TableColumn<>("Keys or mouse");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(260);
        keys.setSortable(false);
        TableColumn<Entry, String> does = new TableColumn<>("Does");
        does.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().does()));
        does.setPrefWidth(440);
        does.setSortable(false);
        table.getColumns().add(keys);
        table.getColumns().add(does);
        Stage stage = new Stage();
        stage.setTitle("Keyboard and mouse \u2014 Lifeboat");
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : List.of());
        }
        Scene scene = new Scene(table, 720, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }
}
