package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.ui.panels.Slots.Slot;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table's rows as slots following a list: a value replaced in the list changes no row of the table (a table
 * redraws every visible row when one is replaced), only the cells that show it, and still shows it.
 */
@ExtendWith(ApplicationExtension.class)
class SlotsTest {

    private final ObservableList<String> values = FXCollections.observableArrayList();
    private ObservableList<Slot<String>> slots;
    private TableView<Slot<String>> table;
    private int rowsRedrawn;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 1000; i++) {
            values.add("step " + i);
        }
        slots = Slots.following(values);
        table = new TableView<>(slots);
        table.setFixedCellSize(24);
        TableColumn<Slot<String>, String> column = new TableColumn<>("Step");
        column.setCellValueFactory(c -> c.getValue().map(v -> v));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        table.getColumns().add(column);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Slot<String> item, boolean empty) {
                super.updateItem(item, empty);
                rowsRedrawn++;
            }
        });
        stage.setScene(new Scene(table, 300, 400));
        stage.show();
    }

    private List<String> cellTexts(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.lookup(".table-cell").queryAllAs(TableCell.class).forEach(c -> {
            if (c.getText() != null && c.isVisible()) {
                out.add(c.getText());
            }
        });
        return out;
    }

    @Test
    void aReplacedValueChangesNoRowAndIsShown(FxRobot robot) {
        List<Object> rowChanges = new ArrayList<>();
        slots.addListener((ListChangeListener<Slot<String>>) rowChanges::add);
        WaitForAsyncUtils.waitForFxEvents();
        int redrawnBefore = rowsRedrawn;

        robot.interact(() -> values.set(3, "step 3, changed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), rowChanges, "no row added, removed or replaced");
        assertEquals(redrawnBefore, rowsRedrawn, "no row drawn again");
        assertEquals("step 3, changed", slots.get(3).get());
        assertTrue(cellTexts(robot).contains("step 3, changed"), cellTexts(robot).toString());
    }

    @Test
    void valuesAddedAndRemovedAreRowsAddedAndRemoved(FxRobot robot) {
        robot.interact(() -> {
            values.remove(10, 20);
            values.add(5, "inserted");
            values.setAll(new ArrayList<>(values.subList(0, 100)));
        });
        assertEquals(100, slots.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(values.get(i), slots.get(i).get());
        }
    }
}
