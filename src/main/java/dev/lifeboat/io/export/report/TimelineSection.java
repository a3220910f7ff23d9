package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per scenario, the recovery order as a timeline (see {@link GanttChart}) and as a table: each component's
 * wave, action, the part that starts at once and the part that waits, and when it is back. With a journey
 * asked for, only the components it needs.
 */
final class TimelineSection implements ReportSection {

    @Override
    public String id() {
        return "recovery";
    }

    @Override
    public String title() {
        return "Recovery timelines";
    }

    /** Each scenario keeps its chart and table on one page when they fit: the first starts a page itself. */
    @Override
    public boolean newPage() {
        return false;
    }

    @Override
    public void write(Report report, Html h) {
        Journey focus = report.request().journey();
        Set<Component> scope = focus == null ? null : ObjectiveBreaches.scope(report.topology(), focus);
        h.open("p", "intro").text("For each failure, the order in which components come back: waves recover in "
                + "parallel, dependencies first. A component's own work (provisioning, restoring data) starts at "
                + "once; the rest waits until its hard dependencies are back.").close("p").nl();
        for (Scenario s : report.scenarios()) {
            h.open("div", "scenario", "id", "recovery-" + s.id()).nl();
            h.open("h3", null).text(s.label()).close("h3");
            h.open("p", "scenario-description").text(s.description()).close("p").nl();
            Map<Component, Verdict> verdicts = Verdict.of(report.topology(), report.analysis(), s, focus);
            String chart = GanttChart.svg(report, s, scope, verdicts, report.journeys());
            if (chart == null) {
                h.element("p", "nothing", "Nothing to recover: this failure leaves every component working.")
                        .close("div").nl();
                continue;
            }
            h.open("div", "figure gantt").markup(chart).close("div").nl();
            table(report, s, scope, h);
            h.close("div").nl();
        }
    }

    private static void table(Report report, Scenario s, Set<Component> scope, Html h) {
        RecoveryPlan plan = report.analysis().plan(s);
        h.open("table", "steps").nl().open("thead", null).open("tr", null);
        for (String head : List.of("Wave", "Component", "Action", "At once", "After its dependencies", "Back at")) {
            h.element("th", null, head);
        }
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        for (List<RecoveryPlan.Step> wave : plan.waves()) {
            for (RecoveryPlan.Step st : wave) {
                if (scope != null && !scope.contains(st.component())) {
                    continue;
                }
                h.open("tr", st.inCycle() ? Marks.css(Verdict.MISSES) : null);
                h.element("td", "num", Integer.toString(st.wave()));
                h.element("td", null, st.component().name() + (st.inCycle() ? " (in a dependency cycle)" : ""));
                h.element("td", null, st.action().label());
                h.element("td", "num", st.prepare().toString());
                h.element("td", "num", st.startPart().toString());
                h.element("td", "num", st.finish().toString());
                h.close("tr").nl();
            }
        }
        h.close("tbody").close("table").nl();
        h.open("p", "total").text("Everything is back after " + plan.total() + " under "
                + s.label().toLowerCase(Locale.ROOT) + (plan.cycles().isEmpty() ? "." : "; components in a "
                + "dependency cycle have no recovery order.")).close("p").nl();
    }
}
