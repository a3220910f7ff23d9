package dev.lifeboat.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
    /** The key of a cell's own tooltip in its properties. */
    private static final String TOOLTIP = "lifeboat.columnFit.tooltip";

    private ColumnFit() {
    }

    /**
     * Keeps every column of {@code table} as wide as its content, each at most {@code max} pixels. Each column
     * keeps a count of its cells' widths, so that a change measures only the rows added and removed.
     */
    static <T> void fit(TableView<T> table, double max) {
        fit(table, table.getItems(), java.util.function.Function.identity(), max);
    }

    /**
     * Keeps every column of {@code table} as wide as the content it shows for {@code values} (its rows being made
     * from them by {@code asRow}, as {@link Slots} are), each at most {@code max} pixels.
     */
    static <V, T> void fit(TableView<T> table, ObservableList<V> values, java.util.function.Function<V, T> asRow,
                           double max) {
        List<TableColumn<T, ?>> columns = List.copyOf(table.getColumns());
        List<TreeMap<Double, Integer>> widths = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths.add(new TreeMap<>());
        }
        Runnable apply = () -> {
            for (int i = 0; i < columns.size(); i++) {
                TableColumn<T, ?> c = columns.get(i);
                double w = width(c.getText());
                if (!widths.get(i).isEmpty()) {
                    w = Math.max(w, widths.get(i).lastKey());
                }
                c.setPrefWidth(Math.min(max, Math.ceil(w + PADDING)));
            }
        };
        values.addListener((ListChangeListener<V>) x -> {
            while (x.next()) {
                if (x.wasPermutated()) {
                    continue;
                }
                for (V removed : x.getRemoved()) {
                    count(columns, widths, asRow.apply(removed), -1);
                }
                for (V added : x.getAddedSubList()) {
                    count(columns, widths, asRow.apply(added), 1);
                }
            }
            apply.run();
        });
        for (V value : values) {
            count(columns, widths, asRow.apply(value), 1);
        }
        apply.run();
    }

    /** Adds ({@code delta} 1) or takes away (-1) the widths of one row's cells. */
    private static <T> void count(List<TableColumn<T, ?>> columns, List<TreeMap<Double, Integer>> widths, T item,
                                  int delta) {
        for (int i = 0; i < columns.size(); i++) {
            Object v = columns.get(i).getCellData(item);
            if (v != null) {
                TreeMap<Double, Integer> counts = widths.get(i);
                counts.merge(width(v.toString()), delta, (a, b) -> a + b == 0 ? null : a + b);
            }
        }
    }

    /** The tables' font (13 px, bold to be safe). */
    private static final Font FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    /**
     * The widths measured so far: a table's cells repeat themselves ("Wave 1", "automatic failover", "30s"), and a
     * thousand steps measured one by one cost more than the table. Kept small: cleared when it grows large.
     */
    private static final java.util.Map<String, Double> MEASURED = new java.util.HashMap<>();

    /** The width of the widest line of a text in the tables' font (13 px, bold to be safe). */
    static double width(String text) {
        Double known = MEASURED.get(text);
        if (known != null) {
            return known;
        }
        double w = 0;
        MEASURE.setFont(FONT);
        for (String line : text.split("\n")) {
            MEASURE.setText(line);
            w = Math.max(w, MEASURE.getLayoutBounds().getWidth());
        }
        if (MEASURED.size() > 4096) {
            MEASURED.clear();
        }
        MEASURED.put(text, w);
        return w;
    }

    /**
     * Shows a cell's whole text in a tooltip (null or empty: none), for when the column is narrower. A cell is
     * reused row after row: it makes its tooltip once and then only changes its text (making one is costly).
     */
    static void tooltip(TableCell<?, ?> cell, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        Tooltip tip = (Tooltip) cell.getProperties().get(TOOLTIP);
        if (tip == null) {
            tip = new Tooltip(text);
            cell.getProperties().put(TOOLTIP, tip);
        } else if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
        if (cell.getTooltip() != tip) {
            cell.setTooltip(tip);
        }
    }
}
