package dev.lifeboat.ui;

import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * File ▸ Document properties: the document's name ("Untitled" until someone names it) and the design's assumed
 * time to notice logical corruption (empty: the assumed default, shown greyed), each applied as one undoable
 * command (see {@link EditActions#renameDocument} and {@link EditActions#setDetectionTime}). A refused detection
 * time keeps the dialog open with the reason under the field.
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    /** Shows the dialog without blocking; OK applies what changed. */
    static void show(DesignerModel model, EditActions edit, Window owner) {
        Topology t = model.topology();
        String current = t.name();
        String detection = detectionText(t);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Document properties");
        dialog.setHeaderText("The name of this system, shown in the title bar and in reports, and what the design "
                + "assumes");
        dialog.getDialogPane().setId("documentPropertiesDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField name = new TextField(Printable.of(current));
        name.setId("documentNameField");
        name.setPrefColumnCount(28);
        TextField detectionField = new TextField(detection);
        detectionField.setId("detectionTimeField");
        detectionField.setPromptText(Durations.format(Topology.DEFAULT_DETECTION_TIME) + " (assumed)");
        detectionField.setPrefColumnCount(10);
        Label hint = new Label("How long until someone notices logical corruption (a bad migration, a wrong "
                + "DELETE): whether a delayed replica or a backup still holds the data from before. Empty: "
                + Durations.format(Topology.DEFAULT_DETECTION_TIME) + ", assumed. A store's own setting wins.");
        hint.setWrapText(true);
        hint.setPrefWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("field-hint");
        Label error = new Label();
        error.setId("detectionTimeError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setPrefWidth(0);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setManaged(false);
        error.setVisible(false);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(name);
        Label detectionLabel = new Label("Time to notice corruption");
        detectionLabel.setLabelFor(detectionField);
        detectionLabel.setWrapText(true);
        detectionLabel.setMaxWidth(130);
        grid.addRow(0, nameLabel, name);
        grid.addRow(1, detectionLabel, detectionField);
        grid.add(hint, 1, 2);
        grid.add(error, 1, 3);
        dialog.getDialogPane().setContent(grid);

        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(name.textProperty().isEmpty());
        // the detection time first: a refusal keeps the dialog open and changes nothing
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String refusal = detectionField.getText().strip().equals(detection) ? null
                    : edit.setDetectionTime(detectionField.getText());
            error.setText(refusal == null ? "" : "\u2716 " + refusal);
            error.setVisible(refusal != null);
            error.setManaged(refusal != null);
            if (refusal != null) {
                e.consume();
                detectionField.requestFocus();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                return;
            }
            // an unchanged field (shown escaped) keeps the name as it is
            if (!name.getText().equals(Printable.of(current))) {
                edit.renameDocument(name.getText());
            }
        });
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> name.requestFocus());
        dialog.show();
    }

    /** The design's detection time as the field shows it: empty while it is the assumed default. */
    private static String detectionText(Topology t) {
        return t.isDetectionTimeSet() ? Durations.format(t.detectionTime()) : "";
    }
}
