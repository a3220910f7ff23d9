package dev.lifeboat.ui;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.FileActions;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import java.util.function.Consumer;

/** The menu bar: File, Edit, View, Analyse, Help. Help ▸ Keyboard and mouse lists the shortcuts set here. */
final class WindowMenus {

    private WindowMenus() {
    }

    /**
     * @param legend  whether the legend under the canvas shows (View ▸ Legend)
     * @param present opens the presentation mode (View ▸ Presentation mode)
     * @param recommend opens the recommendation window (Analyse ▸ Recommend)
     * @param frontier  opens the frontier window (Analyse ▸ Frontier)
     */
    static MenuBar build(DesignerModel model, FileActions files, EditActions edit, CanvasView canvas, Theme theme,
                         Runnable togglePanels, BooleanProperty legend, Runnable present, Runnable recommend,
                         Runnable frontier) {
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : files.recent().list()) {
                MenuItem i = new MenuItem(Printable.of(p.getFileName() + "   \u2014 " + p.getParent()));
                i.setMnemonicParsing(false);
                i.setOnAction(e -> files.openRecent(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        fillRecent.run();
        files.onRecentChange(p -> fillRecent.run());
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> {
            if (files.confirmDiscard()) {
                Platform.exit();
            }
        });
        MenuItem properties = item("Document _properties\u2026", null,
                () -> DocumentProperties.show(model, edit, canvas.getScene().getWindow()));
        properties.setId("documentPropertiesItem");
        MenuItem prices = item("Pr_ices\u2026", null, () -> PricesDialog.show(model, canvas.getScene().getWindow()));
        prices.setId("pricesItem");
        MenuItem exportItem = item("_Export\u2026", "Shortcut+E", files::export);
        exportItem.setId("exportItem");
        MenuItem drillItem = item("Import _drill results\u2026", null, files::importDrillResults);
        drillItem.setId("importDrillResultsItem");
        file.getItems().addAll(item("_New", "Shortcut+N", files::newDocument),
                item("_Open\u2026", "Shortcut+O", files::open), recent, new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", files::save), item("Save _As\u2026", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(), exportItem, drillItem, properties, prices, new SeparatorMenuItem(), quit);

        Menu editMenu = new Menu("_Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", () -> edit.undo(focusOwner(canvas)));
        undo.setId("undoItem");
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> edit.redo(focusOwner(canvas)));
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        redo.setId("redoItem");
        model.documentProperty().addListener((o, a, d) -> bindUndo(model, undo, redo));
        bindUndo(model, undo, redo);
        MenuItem hard = item("Make dependency _hard", null, () -> edit.setStrength(Strength.HARD));
        MenuItem soft = item("Make dependency _soft", null, () -> edit.setStrength(Strength.SOFT));
        editMenu.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("_Copy", "Shortcut+C", text(canvas, edit::copy, TextInputControl::copy)),
                item("_Paste", "Shortcut+V", text(canvas, edit::paste, TextInputControl::paste)),
                item("_Delete", "Delete", text(canvas, edit::delete, TextInputControl::deleteNextChar)),
                item("Select _all", "Shortcut+A", text(canvas, edit::selectAll, TextInputControl::selectAll)),
                new SeparatorMenuItem(), hard, soft);

        Menu view = new Menu("_View");
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        dark.setId("darkThemeItem");
        CheckMenuItem legendItem = new CheckMenuItem("_Legend");
        legendItem.setId("legendItem");
        legendItem.selectedProperty().bindBidirectional(legend);
        MenuItem presentItem = item("P_resentation mode", "F5", present);
        presentItem.setId("presentationItem");
        view.getItems().addAll(item("Zoom _in\t+", null, () -> canvas.viewport().zoomAt(1.2, canvas.getWidth() / 2,
                        canvas.getHeight() / 2)),
                item("Zoom _out\t\u2212", null, () -> canvas.viewport().zoomAt(1 / 1.2, canvas.getWidth() / 2,
                        canvas.getHeight() / 2)),
                item("_Actual size\t0", null, () -> canvas.viewport().reset()),
                item("_Fit to window", "Shortcut+0", canvas::fit), new SeparatorMenuItem(),
                item("Show/hide _panels", "F9", togglePanels), legendItem, dark, new SeparatorMenuItem(),
                presentItem);

        Menu analyse = new Menu("_Analyse");
        Menu scenario = new Menu("_Scenario");
        ToggleGroup group = new ToggleGroup();
        for (Scenario s : Scenario.values()) {
            RadioMenuItem r = new RadioMenuItem(s.label());
            r.setToggleGroup(group);
            r.setSelected(model.scenario() == s);
            r.setOnAction(e -> model.scenarioProperty().set(s));
            model.scenarioProperty().addListener((o, a, b) -> r.setSelected(b == s));
            scenario.getItems().add(r);
        }
        MenuItem recommendItem = item("_Recommend\u2026", "Shortcut+R", recommend);
        recommendItem.setId("recommendItem");
        MenuItem frontierItem = item("_Frontier\u2026", "Shortcut+Shift+R", frontier);
        frontierItem.setId("frontierItem");
        analyse.getItems().addAll(scenario, new SeparatorMenuItem(),
                item("New _journey from selection", "Shortcut+J", edit::newJourney),
                item("Delete selected journey", null, edit::deleteJourney), new SeparatorMenuItem(),
                recommendItem, frontierItem, new SeparatorMenuItem(),
                item("_Auto layout by recovery wave", "Shortcut+L", edit::autoLayout));

        Menu help = new Menu("_Help");
        MenuBar bar = new MenuBar();
        MenuItem keys = item("_Keyboard and mouse", "F1", () -> KeyboardHelp.show(canvas.getScene().getWindow(), bar));
        keys.setId("keyboardHelpItem");
        help.getItems().addAll(keys, item("_About Lifeboat", null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "Draw your system, set each component's real backup "
                    + "and replication settings, and see the RPO and RTO of each user journey under five failure "
                    + "scenarios, with the recovery order.\n\nRed: misses an objective or a cycle. Amber: rests on an "
                    + "assumption. Green: meets.", ButtonType.OK);
            a.setHeaderText("Lifeboat 0.1");
            a.initOwner(canvas.getScene().getWindow());
            a.show();
        }));
        bar.getMenus().addAll(file, editMenu, view, analyse, help);
        bar.setId("menuBar");
        return bar;
    }

    private static void bindUndo(DesignerModel model, MenuItem undo, MenuItem redo) {
        var c = model.document().commands();
        undo.textProperty().bind(Bindings.when(c.canUndoProperty())
                .then(Bindings.concat("Undo ", c.undoDescriptionProperty())).otherwise("Undo"));
        redo.textProperty().bind(Bindings.when(c.canRedoProperty())
                .then(Bindings.concat("Redo ", c.redoDescriptionProperty())).otherwise("Redo"));
        undo.disableProperty().bind(c.canUndoProperty().not());
        redo.disableProperty().bind(c.canRedoProperty().not());
    }

    private static javafx.scene.Node focusOwner(CanvasView canvas) {
        return canvas.getScene() == null ? null : canvas.getScene().getFocusOwner();
    }

    /** An action that acts on the focused text field instead when one has the focus. */
    private static Runnable text(CanvasView canvas, Runnable action, Consumer<TextInputControl> onText) {
        return () -> {
            if (canvas.getScene() != null && canvas.getScene().getFocusOwner() instanceof TextInputControl t) {
                onText.accept(t);
            } else {
                action.run();
            }
        };
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
