package dev.lifeboat.io;

import dev.lifeboat.engine.Comparison;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import java.io.PrintWriter;

/**
 * A {@link Comparison} for people: what each variant changes, a table with one RPO / RTO column per design
 * (X = misses its objective, ~ = rests on an assumption), and each difference in words. Every line goes out
 * through {@link Printable}.
 */
public final class ComparisonText {

    private ComparisonText() {
    }

    public static void print(Comparison comparison, String source, PrintWriter out) {
        line(out, comparison.columns().get(0).topology().name() + "  (" + source + ")");
        for (int k = 1; k < comparison.columns().size(); k++) {
            Comparison.Column col = comparison.columns().get(k);
            out.println();
            line(out, col.name() + " changes:" + (col.changes().isEmpty() ? " nothing" : ""));
            for (Comparison.SettingChange c : col.changes()) {
                StringBuilder sb = new StringBuilder("  ").append(c.words());
                c.notesAdded().forEach(n -> sb.append("; ").append(n));
                c.notesDropped().forEach(n -> sb.append("; no longer: ").append(n));
                line(out, sb.toString());
            }
            String cost = comparison.costDifference(k);
            if (cost != null) {
                line(out, "  monthly cost: " + cost);
            }
        }
        out.println();
        int n = comparison.columns().size();
        String[] head = new String[n + 3];
        head[0] = "journey";
        head[1] = "scenario";
        head[2] = "objectives";
        for (int k = 0; k < n; k++) {
            head[k + 3] = comparison.columns().get(k).name();
        }
        Table table = new Table(head);
        for (Comparison.Row row : comparison.rows()) {
            String[] cells = new String[n + 3];
            cells[0] = row.journey().name();
            cells[1] = row.scenario().id();
            cells[2] = objective(row.rpoObjective()) + " / " + objective(row.rtoObjective());
            for (int k = 0; k < n; k++) {
                Comparison.Cell c = row.cells().get(k);
                cells[k + 3] = c.rpo() + (c.rpoAssumed() ? "~" : "") + mark(c.meetsRpo()) + " / " + c.rto()
                        + (c.rtoAssumed() ? "~" : "") + mark(c.meetsRto());
            }
            table.row(cells);
        }
        line(out, "RPO / RTO per design (X = misses its objective, ~ = rests on an assumption)");
        table.print(out, "");
        for (int k = 1; k < n; k++) {
            out.println();
            line(out, comparison.columns().get(k).name() + " against the baseline:");
            boolean any = false;
            for (Comparison.Row row : comparison.rows()) {
                String d = comparison.difference(row, k);
                if (d != null) {
                    line(out, "  " + d);
                    any = true;
                }
            }
            if (!any) {
                line(out, "  the same RPO and RTO for every journey under every scenario");
            }
        }
        out.flush();
    }

    private static void line(PrintWriter out, String text) {
        out.println(Printable.of(text));
    }

    private static String objective(TimeBound t) {
        return t == null ? "-" : t.toString();
    }

    private static String mark(Boolean meets) {
        return Boolean.FALSE.equals(meets) ? " X" : "";
    }
}
