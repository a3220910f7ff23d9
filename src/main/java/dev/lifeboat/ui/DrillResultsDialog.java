package dev.lifeboat.ui;

import dev.lifeboat.ui.document.DrillResultsViewModel;
import dev.lifeboat.ui.document.DrillResultsViewModel.Row;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The File ▸ Import drill results window: each drill's measured numbers against the model's estimates and the
 * journey's objectives, the rows where the model was optimistic marked, or the one-line reason the file was
 * refused. A thin view over {@link DrillResultsViewModel}.
 */
public final class DrillResultsDialog {

    private final Stage stage = new Stage();

    public DrillResultsDialog(DrillResultsViewModel vm, Window owner) {
        TableView<Row> table = new TableView<>(vm.rowsProperty());
        table.setId("drillTable");
        table.getColumns().add(column("row", Row::row));
        table.getColumns().add(column("journey", Row::journey));
        table.getColumns().add(column("scenario", Row::scenario));
        table.getColumns().add(column("component", Row::component));
        TableColumn<Row, String> rto = new TableColumn<>("RTO (time until the journey works)");
        rto.getColumns().add(column("measured", Row::rtoMeasured));
        rto.getColumns().add(column("estimated", Row::rtoEstimated));
        rto.getColumns().add(column("objective", Row::rtoObjective));
        rto.getColumns().add(column("", Row::rtoVerdict));
        TableColumn<Row, String> rpo = new TableColumn<>("RPO (data lost)");
        rpo.getColumns().add(column("measured", Row::rpoMeasured));
        rpo.getColumns().add(column("estimated", Row::rpoEstimated));
        rpo.getColumns().add(column("objective", Row::rpoObjective));
        rpo.getColumns().add(column("", Row::rpoVerdict));
        table.getColumns().add(rto);
        table.getColumns().add(rpo);
        table.getColumns().add(column("model", Row::model));
        table.getColumns().add(column("notes", Row::notes));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                // a symbol in the text and a colour: never colour alone
                setStyle(empty || item == null ? "" : item.missed() ? "-fx-background-color: -color-danger-subtle;"
                        : item.optimistic() ? "-fx-background-color: -color-warning-subtle;" : "");
            }
        });
        table.setPlaceholder(new Label("No drills to show"));

        Label message = new Label();
        message.setId("drillMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(8, message, close);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        BorderPane root = new BorderPane(table, null, null, bottom, null);
        root.setPadding(new Insets(12));
        stage.setTitle("Drill results");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setScene(new Scene(root, 1100, 560));
    }

    public void show() {
        stage.show();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
