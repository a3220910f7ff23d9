package dev.lifeboat.ui;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.FileActions;
import dev.lifeboat.ui.state.DesignerModel;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The toolbar: New, Open, Save, Undo, Redo | scenario | journey | Fit | variant. */
final class WindowToolbar {

    private WindowToolbar() {
    }

    static ToolBar build(DesignerModel model, FileActions files, CanvasView canvas, Runnable compare) {
        Button newB = button("newButton", new FontIcon(MaterialDesignF.FILE_OUTLINE), "New (Ctrl+N)",
                files::newDocument);
        Button open = button("openButton", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE), "Open (Ctrl+O)",
                files::open);
        Button save = button("saveButton", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE), "Save (Ctrl+S)",
                files::save);
        Button undo = button("undoButton", new FontIcon(MaterialDesignU.UNDO), "Undo (Ctrl+Z)", model::undo);
        Button redo = button("redoButton", new FontIcon(MaterialDesignR.REDO), "Redo (Ctrl+Shift+Z)", model::redo);
        Runnable bindUndo = () -> {
            Document d = model.document();
            undo.disableProperty().bind(d.commands().canUndoProperty().not());
            redo.disableProperty().bind(d.commands().canRedoProperty().not());
            save.disableProperty().bind(d.commands().dirtyProperty().not().and(d.fileProperty().isNotNull()));
        };
        bindUndo.run();
        model.documentProperty().addListener((o, a, b) -> bindUndo.run());

        ComboBox<Scenario> scenario = new ComboBox<>(FXCollections.observableArrayList(Scenario.values()));
        scenario.setId("scenarioSelector");
        scenario.valueProperty().bindBidirectional(model.scenarioProperty());
        scenario.setTooltip(new Tooltip("The failure the canvas and panels show"));

        ObservableList<Journey> journeys = FXCollections.observableArrayList();
        ComboBox<Journey> journey = new ComboBox<>(journeys);
        journey.setId("journeySelector");
        journey.setPromptText("(all journeys)");
        journey.setCellFactory(l -> new JourneyCell());
        journey.setButtonCell(new JourneyCell());
        journey.setTooltip(new Tooltip("The journey highlighted on the canvas"));
        // refilling (after any journey edit) passes through "no value": that is not the user picking none, which
        // would hand the inspector to nothing and back, rebuilding it under the user's typing
        boolean[] filling = {false};
        Runnable fill = () -> {
            Journey current = model.journey();
            filling[0] = true;
            try {
                journeys.setAll(model.topology().journeys());
                journeys.add(0, null);
                journey.setValue(current);
            } finally {
                filling[0] = false;
            }
        };
        model.documentProperty().addListener((o, a, d) -> {
            fill.run();
            d.topology().addListener(e -> {
                if (e.type() == TopologyEvent.Type.JOURNEY_ADDED || e.type() == TopologyEvent.Type.JOURNEY_REMOVED
                        || e.type() == TopologyEvent.Type.JOURNEY_CHANGED) {
                    fill.run();
                }
            });
        });
        model.topology().addListener(e -> {
            if (e.type().name().startsWith("JOURNEY")) {
                fill.run();
            }
        });
        fill.run();
        journey.valueProperty().addListener((o, a, b) -> {
            if (!filling[0] && model.journey() != b) {
                model.journeyProperty().set(b);
            }
        });
        model.journeyProperty().addListener((o, a, b) -> journey.setValue(b));

        Button fit = button("fitButton", new FontIcon(MaterialDesignF.FIT_TO_PAGE_OUTLINE), "Fit to window",
                canvas::fit);
        fit.setText("Fit");
        ToolBar bar = new ToolBar(newB, open, save, new Separator(Orientation.VERTICAL), undo, redo,
                new Separator(Orientation.VERTICAL), new Label("Scenario"), scenario,
                new Separator(Orientation.VERTICAL), new Label("Journey"), journey,
                new Separator(Orientation.VERTICAL), fit, new Separator(Orientation.VERTICAL),
                new Label("Variant"));
        bar.getItems().addAll(VariantControls.build(model, compare));
        bar.setId("toolbar");
        return bar;
    }

    private static Button button(String id, FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("tool");
        return b;
    }

    /** Shows a journey by name, and "(all journeys)" for none. */
    private static final class JourneyCell extends ListCell<Journey> {
        @Override
        protected void updateItem(Journey j, boolean empty) {
            super.updateItem(j, empty);
            setText(empty ? null : j == null ? "(all journeys)" : Printable.echo(j.name()));
        }
    }
}
