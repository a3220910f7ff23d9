package dev.lifeboat.ui.panels;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their content (the header and the longest value, up to a limit) whenever its
 * rows change, and gives cells a tooltip with their whole text for when the window is too narrow even so.
 */
final class ColumnFit {

    /** Room for a cell's padding and a verdict symbol's bold weight around the measured text. */
    private static final double PADDING = 26;
    private static final Text MEASURE = new Text();

    private ColumnFit() {
    }

    /** Keeps every column of {@code table} as wide as its content, each at most {@code max} pixels. */
    static <T> void fit(TableView<T> table, double max) {
        Runnable fit = () -> {
            for (TableColumn<T, ?> c : table.getColumns()) {
                double w = width(c.getText());
                for (T item : table.getItems()) {
                    Object v = c.getCellData(item);
                    if (v != null) {
                        w = Math.max(w, width(v.toString()));
                    }
                }
                c.setPrefWidth(Math.min(max, Math.ceil(w + PADDING)));
            }
        };
        table.getItems().addListener((ListChangeListener<T>) x -> fit.run());
        fit.run();
    }

    /** The width of the widest line of a text in the tables' font (13 px, bold to be safe). */
    static double width(String text) {
        double w = 0;
        MEASURE.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13));
        for (String line : text.split("\n")) {
            MEASURE.setText(line);
            w = Math.max(w, MEASURE.getLayoutBounds().getWidth());
        }
        return w;
    }

    /** Shows a cell's whole text in a tooltip (null or empty: none), for when the column is narrower. */
    static void tooltip(TableCell<?, ?> cell, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
        } else if (cell.getTooltip() == null || !text.equals(cell.getTooltip().getText())) {
            cell.setTooltip(new Tooltip(text));
        }
    }
}
