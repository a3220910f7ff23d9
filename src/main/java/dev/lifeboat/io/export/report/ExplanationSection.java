package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why each number is what it is: per component, its RPO, RTO and recovery action under each scenario, the
 * explanation the engine wrote, and the official documentation it rests on, as links. Scenarios that give
 * the same numbers for the same reason share a row.
 */
final class ExplanationSection implements ReportSection {

    @Override
    public String id() {
        return "explanations";
    }

    @Override
    public String title() {
        return "Why: the explanations";
    }

    @Override
    public boolean applies(Report report) {
        return report.topology().size() > 0;
    }

    @Override
    public void write(Report report, Html h) {
        Set<Component> scope = report.request().journey() == null ? null
                : ObjectiveBreaches.scope(report.topology(), report.request().journey());
        int index = 0;
        for (Component c : report.topology().components()) {
            index++;
            if (scope != null && !scope.contains(c)) {
                continue;
            }
            // the anchor is the component's position: an id may hold anything
            h.open("div", "component", "id", "component-" + index).nl();
            h.open("h3", null).text(c.name()).open("span", "note").text("  " + c.kind().label() + ", "
                    + placement(c)).close("span").close("h3").nl();
            h.open("table", "why").nl().open("thead", null).open("tr", null);
            for (String head : List.of("Scenarios", "RPO", "RTO", "Action", "Why", "Documentation")) {
                h.element("th", null, head);
            }
            h.close("tr").close("thead").nl().open("tbody", null).nl();
            for (Map.Entry<Row, List<Scenario>> e : rows(report, c).entrySet()) {
                Row r = e.getKey();
                h.open("tr", null);
                h.element("td", "scenarios", e.getValue().stream().map(Scenario::label)
                        .collect(Collectors.joining(", ")));
                h.element("td", "num", Report.duration(r.a().rpo(), r.a().rpoAssumed()));
                h.element("td", "num", Report.duration(r.a().rto(), r.a().rtoAssumed()));
                h.element("td", null, r.a().action().label());
                h.element("td", "explanation", r.a().explanation());
                h.open("td", "references");
                boolean first = true;
                for (Reference ref : r.a().references()) {
                    if (!first) {
                        h.br();
                    }
                    h.link(ref.title(), ref.url());
                    first = false;
                }
                h.close("td").close("tr").nl();
            }
            h.close("tbody").close("table").nl().close("div").nl();
        }
    }

    /** The assessments of the component, the scenarios that share one grouped in the report's order. */
    private static Map<Row, List<Scenario>> rows(Report report, Component c) {
        Map<Row, List<Scenario>> rows = new LinkedHashMap<>();
        for (Scenario s : report.scenarios()) {
            rows.computeIfAbsent(new Row(report.analysis().assessment(c, s)), k -> new ArrayList<>()).add(s);
        }
        return rows;
    }

    /** An assessment compared on what the row shows, whatever its scenario. */
    private record Row(ComponentAssessment a) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.a.rpo().equals(a.rpo()) && r.a.rto().equals(a.rto())
                    && r.a.rpoAssumed() == a.rpoAssumed() && r.a.rtoAssumed() == a.rtoAssumed()
                    && r.a.action() == a.action() && r.a.explanation().equals(a.explanation())
                    && r.a.references().equals(a.references());
        }

        @Override
        public int hashCode() {
            return Objects.hash(a.rpo(), a.rto(), a.action(), a.explanation());
        }
    }

    /** Where the component is placed: "in region › zone", or nowhere. */
    static String placement(Component c) {
        Place p = c.place();
        if (p == null) {
            return "not placed";
        }
        if (p.kind() == PlaceKind.ZONE && p.region() != null) {
            return "in " + p.region().name() + " \u203A " + p.name();
        }
        return "in " + p.name();
    }
}
