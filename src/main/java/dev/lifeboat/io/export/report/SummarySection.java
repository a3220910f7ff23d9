package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The top of the report: each journey's objectives against its estimates under every scenario (met, missed,
 * or resting on an assumption, by colour and symbol), and the worst gap in one sentence, for the design and
 * for each journey.
 */
final class SummarySection implements ReportSection {

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary: objectives against estimates";
    }

    @Override
    public boolean newPage() {
        return false;
    }

    @Override
    public void write(Report report, Html h) {
        List<Journey> journeys = report.journeys();
        if (journeys.isEmpty()) {
            h.open("p", "callout " + Marks.css(Verdict.NONE)).text("This design has no journeys yet: add one "
                    + "(its entry components and its RPO and RTO objectives) to see its estimates against them.")
                    .close("p").nl();
            return;
        }
        List<Gap> all = new ArrayList<>();
        for (Journey j : journeys) {
            all.addAll(gaps(report, j));
        }
        Gap worst = worst(all);
        h.open("p", "callout " + Marks.css(worst == null ? Verdict.NONE : worst.verdict()), "id", "worst-gap")
                .open("strong", null).text(worst == null || worst.missed() ? "Worst gap: " : "Closest call: ")
                .close("strong").text(worst == null ? "no journey has an objective, so nothing can be missed; set "
                        + "RPO and RTO objectives on the journeys to see the gaps." : sentence(worst, true))
                .close("p").nl();

        h.open("table", "summary").nl().open("thead", null).open("tr", null);
        h.element("th", null, "Journey").element("th", null, "").element("th", null, "Objective");
        for (Scenario s : report.scenarios()) {
            h.element("th", null, s.label());
        }
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        for (Journey j : journeys) {
            for (boolean rpo : new boolean[] {true, false}) {
                h.open("tr", rpo ? "journey-first" : null);
                if (rpo) {
                    h.open("td", "journey", "rowspan", "2").text(j.name()).close("td");
                }
                h.element("th", "measure", rpo ? "RPO" : "RTO");
                TimeBound objective = rpo ? j.rpoObjective() : j.rtoObjective();
                boolean own = j.scenarioObjectives().values().stream()
                        .anyMatch(o -> (rpo ? o.rpo() : o.rto()) != null);
                h.open("td", "objective").text(Report.objective(objective));
                if (own) {
                    h.open("span", "note").text(" (some failures have their own)").close("span");
                }
                h.close("td");
                for (Scenario s : report.scenarios()) {
                    JourneyAssessment a = report.analysis().journey(j, s);
                    cell(h, rpo ? a.rpo() : a.rto(), rpo ? a.meetsRpo() : a.meetsRto(),
                            rpo ? a.rpoAssumed() : a.rtoAssumed(), rpo ? a.rpoObjective() : a.rtoObjective(),
                            objective);
                }
                h.close("tr").nl();
            }
        }
        h.close("tbody").close("table").nl();
        h.open("p", "legend").text("\u2716 misses its objective \u00A0 \u26A0 rests on an assumption (~), see "
                + "\u201CAssumptions\u201D \u00A0 \u2714 meets its objective. RPO is the data that can be lost, as "
                + "time before the failure; RTO the time until the journey works again.").close("p").nl();

        h.open("ul", "journey-gaps").nl();
        for (Journey j : journeys) {
            Gap g = worst(gaps(report, j));
            h.open("li", null).open("strong", null).text(j.name()).close("strong").text(": ")
                    .text(g == null ? "no objective set." : (g.missed() ? "worst gap: " : "meets every objective; "
                            + "closest call: ") + sentence(g, false))
                    .close("li").nl();
        }
        h.close("ul").nl();
    }

    /** A table cell: the symbol and the estimate, with the objective in force when it is the failure's own. */
    static void cell(Html h, TimeBound estimate, Boolean meets, boolean assumed, TimeBound inForce,
                             TimeBound defaultObjective) {
        Verdict v = Marks.of(meets, assumed);
        h.open("td", "estimate " + Marks.css(v));
        String symbol = Marks.symbol(v);
        h.text((symbol.isEmpty() ? "" : symbol + " ") + Report.duration(estimate, assumed));
        if (inForce != null && !inForce.equals(defaultObjective)) {
            h.open("span", "note").text(" objective " + inForce).close("span");
        }
        h.close("td");
    }

    /**
     * One number of a journey under one scenario against its objective: how far over (a miss) or under (a
     * margin) it is.
     */
    record Gap(JourneyAssessment assessment, boolean rpo, TimeBound estimate, TimeBound objective, boolean assumed) {

        boolean missed() {
            return !estimate.meets(objective);
        }

        /** How far over the objective (a miss) or under it, in seconds; unbounded is furthest over. */
        long over() {
            if (estimate.isUnbounded()) {
                return Long.MAX_VALUE;
            }
            return estimate.seconds() - objective.seconds();
        }

        Verdict verdict() {
            return missed() ? Verdict.MISSES : assumed ? Verdict.ASSUMED : Verdict.MEETS;
        }
    }

    /** Each number of the journey that has an objective under each scenario of the report. */
    static List<Gap> gaps(Report report, Journey j) {
        List<Gap> out = new ArrayList<>();
        for (Scenario s : report.scenarios()) {
            JourneyAssessment a = report.analysis().journey(j, s);
            if (a.rpoObjective() != null) {
                out.add(new Gap(a, true, a.rpo(), a.rpoObjective(), a.rpoAssumed()));
            }
            if (a.rtoObjective() != null) {
                out.add(new Gap(a, false, a.rto(), a.rtoObjective(), a.rtoAssumed()));
            }
        }
        return out;
    }

    /**
     * The worst: the one furthest over its objective (an unbounded estimate first); when none is over, the one
     * closest to it. The first of equals, in the report's order (journeys, scenarios, RPO before RTO).
     */
    static Gap worst(List<Gap> gaps) {
        Gap worst = null;
        for (Gap g : gaps) {
            if (worst == null || g.over() > worst.over()) {
                worst = g;
            }
        }
        return worst;
    }

    /** The gap in one sentence, naming the journey when {@code named}. */
    static String sentence(Gap g, boolean named) {
        JourneyAssessment a = g.assessment();
        String measure = g.rpo() ? "RPO" : "RTO";
        StringBuilder s = new StringBuilder();
        s.append(named ? a.journey().name() + (g.missed() ? " misses its " : " meets its ") + measure + " objective"
                : measure).append(" under ").append(a.scenario().label().toLowerCase(Locale.ROOT));
        String place = g.rpo() ? a.rpoPlace() : a.rtoPlace();
        if (place != null) {
            s.append(" (").append(place).append(" lost)");
        }
        s.append(named ? ": " : " is ").append(estimateText(g)).append(" against ").append(g.objective());
        if (g.missed() && !g.estimate().isUnbounded()) {
            s.append(", ").append(TimeBound.ofSeconds(g.over())).append(g.rpo() ? " more data lost" : " too long");
        } else if (!g.missed()) {
            s.append(", ").append(g.over() == 0 ? "no time" : TimeBound.ofSeconds(-g.over())).append(" to spare");
        }
        if (g.rpo() && a.rpoBottleneck() != null) {
            s.append("; ").append(a.rpoBottleneck().name()).append(" loses the most data");
        } else if (!g.rpo() && !a.criticalPath().isEmpty()) {
            List<Component> path = a.criticalPath();
            s.append("; the journey waits for ").append(path.get(path.size() - 1).name());
            if (path.size() > 1) {
                s.append(" (").append(path.stream().map(Component::name).collect(Collectors.joining(" \u2192 ")))
                        .append(')');
            }
        }
        if (g.assumed()) {
            s.append(", resting on an assumption");
        }
        return s.append('.').toString();
    }

    private static String estimateText(Gap g) {
        if (g.estimate().isUnbounded()) {
            return g.rpo() ? "unbounded (no recovery point survives)" : "unbounded (no way to recover)";
        }
        return (g.assumed() ? "~" : "") + g.estimate();
    }
}
