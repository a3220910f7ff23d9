package dev.lifeboat.ui.panels;

import dev.lifeboat.ui.panels.RecoveryOrderViewModel.Step;
import java.util.function.Function;
import dev.lifeboat.ui.panels.Slots.Slot;
import javafx.beans.InvalidationListener;
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
        // the table's rows are slots following the steps: a step an edit changes is drawn again alone
        TableView<Slot<Step>> table = new TableView<>(Slots.following(vm.steps()));
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
            private final InvalidationListener restyle = o -> markCycle();
            private Slot<Step> shown;

            @Override
            protected void updateItem(Slot<Step> item, boolean empty) {
                super.updateItem(item, empty);
                if (shown != null) {
                    shown.removeListener(restyle);
                }
                shown = empty ? null : item;
                if (shown != null) {
                    shown.addListener(restyle);
                }
                markCycle();
            }

            private void markCycle() {
                boolean cycle = shown != null && shown.get() != null && shown.get().inCycle();
                if (getStyleClass().contains("cycle-row") != cycle) {
                    if (cycle) {
                        getStyleClass().add("cycle-row");
                    } else {
                        getStyleClass().remove("cycle-row");
                    }
                }
            }
        });
        ColumnFit.fit(table, vm.steps(), Slot::new, 320);
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

    private static TableColumn<Slot<Step>, String> column(String name, double width, Function<Step, String> f) {
        TableColumn<Slot<Step>, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> x.getValue().map(f));
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
