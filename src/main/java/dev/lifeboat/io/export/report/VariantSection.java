package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Comparison;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.engine.cost.CostFacts;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * The design's variants side by side with the baseline: what each changes, what each costs a month and its
 * difference, the write latency its settings add, every journey's RPO and RTO under each scenario against the
 * objectives, and each difference in words ("Place order, node loss: RPO 5s -&gt; 0s because orders-db
 * replication async -&gt; sync; +$412/month").
 */
final class VariantSection implements ReportSection {

    @Override
    public String id() {
        return "variants";
    }

    @Override
    public String title() {
        return "Variants side by side";
    }

    @Override
    public boolean applies(Report report) {
        return !report.topology().variants().isEmpty();
    }

    @Override
    public void write(Report report, Html h) {
        List<Variant> variants = new ArrayList<>(report.topology().variants());
        Comparison c = Comparison.of(report.topology(), variants, report.scenarios(), RuleBook.standard()::analyse,
                CostFacts.INSTANCE);
        h.element("p", "intro", "Each variant is a set of setting changes over the baseline; the numbers below are "
                + "recomputed for each, with the same rules and assumptions.");

        // what each design changes and costs
        h.open("table", "variants").nl().open("thead", null).open("tr", null);
        h.element("th", null, "Design").element("th", null, "Monthly cost").element("th", null, "Changes");
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        for (int k = 0; k < c.columns().size(); k++) {
            Comparison.Column col = c.columns().get(k);
            h.open("tr", null).open("td", "journey").text(col.name()).close("td");
            String cost = col.monthlyCost() == null ? "\u2013"
                    : report.topology().prices().formatWhole(col.monthlyCost());
            String diff = k == 0 ? null : c.costDifference(k);
            h.open("td", "objective").text(cost + (diff == null ? "" : " (" + diff + ")")).close("td");
            h.open("td", null);
            if (k == 0) {
                h.text("the design as drawn");
            } else if (col.changes().isEmpty()) {
                h.text("nothing");
            } else {
                h.open("ul", "changes");
                for (Comparison.SettingChange change : col.changes()) {
                    StringBuilder sb = new StringBuilder(change.words());
                    change.notesAdded().forEach(n -> sb.append("; ").append(n));
                    change.notesDropped().forEach(n -> sb.append("; no longer: ").append(n));
                    h.open("li", null).text(sb.toString()).close("li");
                }
                h.close("ul");
            }
            h.close("td").close("tr").nl();
        }
        h.close("tbody").close("table").nl();

        // RPO / RTO per journey and scenario, one column per design
        h.open("table", "summary compare").nl().open("thead", null).open("tr", null);
        h.element("th", null, "Journey").element("th", null, "Failure").element("th", null, "Objectives");
        for (Comparison.Column col : c.columns()) {
            h.element("th", null, col.name());
        }
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        Journey previous = null;
        for (Comparison.Row row : c.rows()) {
            h.open("tr", row.journey() != previous ? "journey-first compare" : null);
            h.open("td", "journey").text(row.journey() != previous ? row.journey().name() : "").close("td");
            previous = row.journey();
            h.element("td", null, row.scenario().label());
            h.element("td", "objective", Report.objective(row.rpoObjective()) + " / "
                    + Report.objective(row.rtoObjective()));
            for (Comparison.Cell cell : row.cells()) {
                Verdict v = worse(Marks.of(cell.meetsRpo(), cell.rpoAssumed()),
                        Marks.of(cell.meetsRto(), cell.rtoAssumed()));
                String symbol = Marks.symbol(v);
                h.open("td", "estimate " + Marks.css(v)).text((symbol.isEmpty() ? "" : symbol + " ")
                        + Report.duration(cell.rpo(), cell.rpoAssumed()) + " / "
                        + Report.duration(cell.rto(), cell.rtoAssumed())).close("td");
            }
            h.close("tr").nl();
        }
        h.close("tbody").close("table").nl();
        h.open("p", "legend").text("RPO / RTO of each design. \u2716 misses an objective \u00A0 \u26A0 rests on an "
                + "assumption (~) \u00A0 \u2714 meets its objectives.").close("p").nl();

        // the differences in words
        for (int k = 1; k < c.columns().size(); k++) {
            List<String> differences = new ArrayList<>();
            for (Comparison.Row row : c.rows()) {
                String d = c.difference(row, k);
                if (d != null) {
                    differences.add(d);
                }
            }
            h.open("p", null).open("strong", null).text(c.columns().get(k).name() + " against the baseline")
                    .close("strong").close("p").nl();
            if (differences.isEmpty()) {
                h.element("p", "note", "The same RPO and RTO for every journey under every failure.");
                continue;
            }
            h.open("ul", "journey-gaps").nl();
            for (String d : differences) {
                h.open("li", null).text(d).close("li").nl();
            }
            h.close("ul").nl();
        }
    }

    /** The verdict a cell of two numbers shows: the worse of the two. */
    private static Verdict worse(Verdict a, Verdict b) {
        return a.ordinal() < b.ordinal() ? a : b;
    }
}
