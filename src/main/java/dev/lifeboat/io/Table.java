package dev.lifeboat.io;

import dev.lifeboat.model.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns are as wide as their widest cell. Cells may hold names read from a file:
 * each is shown through {@link Printable}, so that no cell can move the cursor or break the row.
 */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) {
        row(header);
    }

    public Table row(String... cells) {
        String[] shown = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            shown[c] = Printable.of(cells[c]);
        }
        rows.add(shown);
        return this;
    }

    public void print(PrintWriter out, String indent) {
        int columns = 0;
        for (String[] r : rows) {
            columns = Math.max(columns, r.length);
        }
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder(indent);
            for (int c = 0; c < r.length; c++) {
                sb.append(r[c]);
                if (c < r.length - 1) {
                    sb.append(" ".repeat(width[c] - r[c].length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
