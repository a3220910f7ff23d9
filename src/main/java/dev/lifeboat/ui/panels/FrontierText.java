package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.panels.FrontierViewModel.DesignEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Entry;
import dev.lifeboat.ui.panels.FrontierViewModel.PointEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A frontier in the designer's words, in the notation of {@link RecommendationText} (costs as the status bar writes
 * them, times as the results tables write them, "unbounded" spelled out). Every name is escaped through
 * {@link Printable}.
 */
public final class FrontierText {

    private FrontierText() {
    }

    /** What the RPO and RTO are: "the worst over all failures", "under node loss". */
    public static String scope(Frontier f) {
        return f.scenario() == null ? "the worst over all failures"
                : "under " + f.scenario().label().toLowerCase(Locale.ROOT);
    }

    /**
     * The headline: how many points, for which journey and scenario; or why there is no frontier. A frontier the
     * time limit cut short says so.
     */
    public static String headline(Frontier f) {
        String journey = Printable.echo(f.journey().name());
        if (f.cyclic()) {
            return journey + " needs a component in a cycle of hard dependencies: it has no recovery order, so there "
                    + "is no frontier. Break the cycle (the results panel names its members) and recompute.";
        }
        int n = f.points().size();
        String s = (n == 1 ? "One Pareto-optimal configuration" : n + " Pareto-optimal configurations")
                + " of the menus of " + journey + "'s components: monthly cost against RPO and RTO, "
                + scope(f) + (n == 1 ? "." : ", cheapest first.");
        return f.proven() ? s : s + " " + notProven();
    }

    /** What a frontier the time limit cut short means. */
    public static String notProven() {
        return "The search hit its time limit: every point shown is Pareto-optimal, but some may be missing.";
    }

    /** "Point 3", or the design's name ("Baseline (the design shown)"). */
    public static String title(Entry e) {
        if (e instanceof PointEntry p) {
            return "Point " + p.number();
        }
        DesignEntry d = (DesignEntry) e;
        return d.label() + (d.current() ? " (the design shown)" : " (variant)");
    }

    /**
     * Where a design stands: "On the frontier: point 3.", "Dominated by point 2: it costs $34/month less, RPO 5s
     * instead of unbounded, RTO 15m30s instead of 30m30s.", or neither (a variant changing settings outside the
     * menus, or a frontier cut short).
     */
    public static String standing(DesignEntry d, Prices prices, boolean proven) {
        if (d.on() != null) {
            return "On the frontier: point " + d.on().number() + ".";
        }
        if (d.by() != null) {
            PointEntry by = d.by();
            List<String> better = new ArrayList<>();
            double saved = d.monthlyCost() - by.monthlyCost();
            if (Math.abs(saved) >= 0.5) {
                better.add((saved > 0 ? "costs " + prices.formatWhole(saved) + "/month less"
                        : "costs " + prices.formatWhole(-saved) + "/month more"));
            } else {
                better.add("costs the same");
            }
            better.add(compare("RPO", by.rpo(), d.rpo()));
            better.add(compare("RTO", by.rto(), d.rto()));
            return "Dominated by point " + by.number() + ": it " + String.join(", ", better) + ".";
        }
        return proven ? "Neither on the frontier nor dominated: it changes settings outside the menus, or components "
                + "the journey does not need."
                : "Not dominated by any point found in time (the frontier is incomplete).";
    }

    private static String compare(String measure, TimeBound point, TimeBound design) {
        return point.equals(design) ? measure + " the same (" + point + ")"
                : measure + " " + point + " instead of " + design;
    }

    /** The short form of a design's standing, for the table: "on the frontier (3)", "dominated by 2". */
    public static String standingShort(DesignEntry d) {
        if (d.on() != null) {
            return "on the frontier (point " + d.on().number() + ")";
        }
        if (d.by() != null) {
            return "dominated by point " + d.by().number();
        }
        return "neither";
    }

    /** What a point changes, for the table: "3 changes: orders-db, order-events, order-processor". */
    public static String changesShort(PointEntry p) {
        List<Change> changes = p.point().changes();
        if (changes.isEmpty()) {
            return "no change: the design as it is";
        }
        List<String> names = new ArrayList<>();
        for (Change c : changes) {
            names.add(Printable.echo(c.component().name(), 40));
        }
        return changes.size() + (changes.size() == 1 ? " change: " : " changes: ") + String.join(", ", names);
    }

    /** The cost difference against the design shown: "+$283", "-$1,022", "±$0". */
    public static String costDifferenceShort(double delta, Prices prices) {
        if (Math.abs(delta) < 0.5) {
            return "\u00B1" + prices.formatWhole(0);
        }
        return (delta < 0 ? "-" : "+") + prices.formatWhole(Math.abs(delta));
    }

    /** One line about an entry, for a tooltip: "Point 3 · $1,079/month · RPO 1d · RTO 45m30s". */
    public static String summary(Entry e, Prices prices) {
        return title(e) + " \u00B7 " + prices.formatWhole(e.monthlyCost()) + "/month \u00B7 RPO " + e.rpo()
                + " \u00B7 RTO " + e.rto();
    }
}
