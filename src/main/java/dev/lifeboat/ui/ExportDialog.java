package dev.lifeboat.ui;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.ui.document.ExportViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The File ▸ Export window: the format, scenario and journey, a preview of text formats, and Save… with
 * the export's progress. A thin view over {@link ExportViewModel}.
 */
public final class ExportDialog {

    private final Stage stage = new Stage();
    private final ExportViewModel vm;

    public ExportDialog(ExportViewModel vm, Window owner, List<Journey> journeys) {
        this.vm = vm;
        ComboBox<Exporter> format = combo("exportFormat", vm.formats(),
                e -> e.id() + " \u2014 " + e.description());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(null);
        scenarios.addAll(List.of(Scenario.values()));
        ComboBox<Scenario> scenario = combo("exportScenario", scenarios, Scenario::label);
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        List<Journey> js = new ArrayList<>();
        js.add(null);
        js.addAll(journeys);
        ComboBox<Journey> journey = combo("exportJourney", js, j -> Printable.echo(j.name()));
        journey.valueProperty().bindBidirectional(vm.journeyProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("Format"), format);
        form.addRow(1, label("Scenario"), scenario);
        form.addRow(2, label("Journey"), journey);
        GridPane.setHgrow(format, Priority.ALWAYS);
        format.setMaxWidth(Double.MAX_VALUE);

        TextArea preview = new TextArea();
        preview.setId("exportPreview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        preview.textProperty().bind(vm.previewProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("exportMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button save = new Button("Save\u2026");
        save.setId("exportSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.runningProperty().or(vm.formatProperty().isNull()));
        save.setOnAction(e -> chooseAndExport());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(8, progress, message, save, close);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        BorderPane root = new BorderPane(preview, form, null, bottom, null);
        BorderPane.setMargin(preview, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        stage.setTitle("Export");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setScene(new Scene(root, 900, 620));
    }

    /** Shows the window and makes the first preview. */
    public void show() {
        vm.refreshPreview();
        stage.show();
    }

    private void chooseAndExport() {
        Exporter e = vm.formatProperty().get();
        File chosen;
        if (e.shape() == Exporter.Shape.FILE) {
            FileChooser c = new FileChooser();
            c.setTitle("Export " + e.id());
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(e.id() + " (*." + e.extension() + ")",
                    "*." + e.extension()));
            c.setInitialFileName("lifeboat-" + e.id() + "." + e.extension());
            chosen = c.showSaveDialog(stage);
        } else {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Export " + e.id() + " into a folder");
            chosen = c.showDialog(stage);
        }
        if (chosen != null) {
            vm.exportTo(Path.of(chosen.getPath()));
        }
    }

    /** A field's label, never squeezed to "..." by the wide format box beside it. */
    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setCellFactory(l -> new Cell<>(label));
        box.setButtonCell(new Cell<>(label));
        box.setValue(items.isEmpty() ? null : items.get(0));
        return box;
    }

    /** Shows an item by its label, and null as "all". */
    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> label;

        Cell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "(all)" : label.apply(item));
        }
    }
}
