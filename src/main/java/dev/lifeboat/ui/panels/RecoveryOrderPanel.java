package dev.lifeboat.ui.panels;

import dev.lifeboat.ui.panels.RecoveryOrderViewModel.Step;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The recovery order: waves in order, each step with action, duration and cumulative finish, and the total. */
public final class RecoveryOrderPanel extends VBox {

    public RecoveryOrderPanel(RecoveryOrderViewModel vm) {
        setId("recoveryPanel");
        getStyleClass().add("panel");
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(vm.headingProperty());
        TableView<Step> table = new TableView<>(vm.steps());
        table.setId("recoveryTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing to recover in this scenario."));
        table.getColumns().add(column("Wave", 70, Step::wave));
        table.getColumns().add(column("Component", 150, Step::component));
        table.getColumns().add(column("Action", 150, Step::action));
        table.getColumns().add(column("Takes", 60, Step::duration));
        table.getColumns().add(column("Back at", 70, Step::finish));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Step item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("cycle-row");
                if (!empty && item != null && item.inCycle()) {
                    getStyleClass().add("cycle-row");
                }
            }
        });
        ColumnFit.fit(table, 320);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label total = new Label();
        total.setId("recoveryTotal");
        total.textProperty().bind(vm.totalProperty());
        Label verdict = new Label();
        verdict.setId("recoveryVerdict");
        verdict.getStyleClass().add("recovery-verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        Runnable colour = () -> {
            verdict.getStyleClass().removeAll("verdict-meets", "verdict-misses");
            String b = verdict.getText();
            if (b.contains("\u2716")) {
                verdict.getStyleClass().add("verdict-misses");
            } else if (b.contains("\u2714")) {
                verdict.getStyleClass().add("verdict-meets");
            }
        };
        verdict.textProperty().addListener(o -> colour.run());
        colour.run();
        getChildren().addAll(title, table, total, verdict);
    }

    private static TableColumn<Step, String> column(String name, double width, Function<Step, String> f) {
        TableColumn<Step, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ColumnFit.tooltip(this, empty ? null : item);
            }
        });
        return c;
    }
}
