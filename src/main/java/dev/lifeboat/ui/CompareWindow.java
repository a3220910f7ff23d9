package dev.lifeboat.ui;

import dev.lifeboat.engine.Comparison;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.panels.CompareViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.stage.Stage;

/**
 * The baseline and its variants side by side: per journey and scenario, one RPO / RTO column per design,
 * each number coloured and marked against its objective, and the differences in words.
 */
final class CompareWindow {

    private final Stage stage = new Stage();
    private final CompareViewModel vm;
    private final TableView<Comparison.Row> table = new TableView<>();

    CompareWindow(CompareViewModel vm, Window owner) {
        this.vm = vm;
        table.setId("compareTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No variants to compare"));
        vm.comparisonProperty().addListener((o, a, c) -> fill(c));
        Label message = new Label();
        message.setId("compareMessage");
        message.textProperty().bind(vm.messageProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("compareRefresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.busyProperty());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(8, message, refresh, close);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table, null, null, bottom, null);
        root.setPadding(new Insets(12));
        stage.setTitle("Compare variants");
        stage.initOwner(owner);
        Scene scene = new Scene(root, 1100, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    void show() {
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    private void fill(Comparison c) {
        table.getColumns().clear();
        if (c == null) {
            table.getItems().clear();
            return;
        }
        table.getColumns().add(text("Journey", r -> r.journey().name()));
        table.getColumns().add(text("Scenario", r -> r.scenario().label()));
        table.getColumns().add(text("Objectives", r -> objective(r.rpoObjective()) + " / "
                + objective(r.rtoObjective())));
        for (int k = 0; k < c.columns().size(); k++) {
            int column = k;
            TableColumn<Comparison.Row, Comparison.Row> col = new TableColumn<>(
                    Printable.echo(c.columns().get(k).name()) + " RPO / RTO");
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setCellFactory(x -> new FigureCell(column));
            table.getColumns().add(col);
        }
        table.getColumns().add(text("Differences", r -> {
            List<String> out = new ArrayList<>();
            for (int k = 1; k < c.columns().size(); k++) {
                String d = c.difference(r, k);
                if (d != null) {
                    out.add(c.columns().get(k).name() + ": " + d.substring(d.indexOf(": ") + 2));
                }
            }
            return String.join("\n", out);
        }));
        table.getItems().setAll(c.rows());
    }

    private static TableColumn<Comparison.Row, String> text(String title,
                                                            java.util.function.Function<Comparison.Row, String> f) {
        TableColumn<Comparison.Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(Printable.of(f.apply(x.getValue()))));
        return col;
    }

    private static String objective(TimeBound t) {
        return t == null ? "-" : t.toString();
    }

    /** One design's RPO / RTO, each with a verdict symbol; the cell coloured by the worse verdict. */
    private static final class FigureCell extends TableCell<Comparison.Row, Comparison.Row> {
        private final int column;

        FigureCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(Comparison.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("verdict-misses", "verdict-meets");
            if (empty || row == null) {
                setText(null);
                return;
            }
            Comparison.Cell c = row.cells().get(column);
            setText(c.rpo() + (c.rpoAssumed() ? "~" : "") + mark(c.meetsRpo()) + " / " + c.rto()
                    + (c.rtoAssumed() ? "~" : "") + mark(c.meetsRto()));
            boolean misses = Boolean.FALSE.equals(c.meetsRpo()) || Boolean.FALSE.equals(c.meetsRto());
            boolean meets = !misses && (c.meetsRpo() != null || c.meetsRto() != null);
            if (misses) {
                getStyleClass().add("verdict-misses");
            } else if (meets) {
                getStyleClass().add("verdict-meets");
            }
        }

        private static String mark(Boolean meets) {
            return meets == null ? "" : meets ? " \u2714" : " \u2716";
        }
    }
}
