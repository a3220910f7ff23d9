package dev.lifeboat.ui;

import dev.lifeboat.ui.state.PricesViewModel;
import dev.lifeboat.ui.state.DesignerModel;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Prices: the design's unit prices, one field each with the source of its default on its tooltip; OK applies
 * them as one undoable command, or keeps the dialog open with the refusal under the fields.
 */
final class PricesDialog {

    private PricesDialog() {
    }

    /** Shows the dialog without blocking. */
    static void show(DesignerModel model, Window owner) {
        PricesViewModel vm = new PricesViewModel(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Prices");
        dialog.setHeaderText("The unit prices this design's monthly cost is computed with");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (PricesViewModel.Field f : vm.fields()) {
            Label label = new Label(f.label());
            TextField field = new TextField();
            field.setId("price-" + f.id().replace('.', '-'));
            field.setPrefColumnCount(10);
            field.textProperty().bindBidirectional(f.text());
            Tooltip tip = new Tooltip("Default: " + f.source());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            field.setTooltip(tip);
            label.setLabelFor(field);
            grid.addRow(row++, label, field);
        }
        Label error = new Label();
        error.setId("pricesError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox content = new VBox(8, scroll, error);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("pricesDialog");
        ButtonType defaults = new ButtonType("Defaults", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(defaults, ButtonType.OK, ButtonType.CANCEL);
        Button reset = (Button) dialog.getDialogPane().lookupButton(defaults);
        reset.addEventFilter(ActionEvent.ACTION, e -> {
            vm.resetToDefaults();
            e.consume();
        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.apply()) {
                e.consume();
            }
        });
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.show();
    }
}
