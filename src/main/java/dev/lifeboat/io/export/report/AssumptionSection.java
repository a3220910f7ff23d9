package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every assumption in one list: each setting whose assumed value (rather than a value the design gives)
 * shapes a number, per component, with the scenarios and numbers it shapes.
 */
final class AssumptionSection implements ReportSection {

    @Override
    public String id() {
        return "assumptions";
    }

    @Override
    public String title() {
        return "Assumptions";
    }

    @Override
    public boolean newPage() {
        return false;
    }

    @Override
    public void write(Report report, Html h) {
        Set<Component> scope = report.request().journey() == null ? null
                : ObjectiveBreaches.scope(report.topology(), report.request().journey());
        List<Item> items = new ArrayList<>();
        for (Component c : report.topology().components()) {
            if (scope != null && !scope.contains(c)) {
                continue;
            }
            // per assumed setting: the scenarios whose RPO and whose RTO it shapes
            Map<String, List<List<Scenario>>> shaped = new LinkedHashMap<>();
            for (Scenario s : report.scenarios()) {
                ComponentAssessment a = report.analysis().assessment(c, s);
                for (String label : a.rpoAssumptions()) {
                    shaped.computeIfAbsent(label, k -> List.of(new ArrayList<>(), new ArrayList<>())).get(0).add(s);
                }
                for (String label : a.rtoAssumptions()) {
                    shaped.computeIfAbsent(label, k -> List.of(new ArrayList<>(), new ArrayList<>())).get(1).add(s);
                }
            }
            shaped.forEach((label, which) -> {
                List<String> parts = new ArrayList<>();
                if (!which.get(0).isEmpty()) {
                    parts.add("the RPO under " + names(which.get(0)));
                }
                if (!which.get(1).isEmpty()) {
                    parts.add("the RTO under " + names(which.get(1)));
                }
                items.add(new Item(c, label, "shapes " + String.join(" and ", parts) + "."));
            });
        }
        if (items.isEmpty()) {
            h.element("p", "intro", "No number in this report rests on an assumption: every value it uses is set "
                    + "in the design or documented.");
            return;
        }
        h.element("p", "intro", "These numbers rest on values Lifeboat assumed rather than on settings of the "
                + "design; they are marked ~ and amber \u26A0 above. Set them in the designer's inspector to replace "
                + "the assumption with what you know.");
        h.open("ul", "assumptions").nl();
        for (Item item : items) {
            h.open("li", null).open("strong", null).text(item.component().name()).close("strong")
                    .text(": " + item.label() + " \u2014 " + item.shapes()).close("li").nl();
        }
        h.close("ul").nl();
    }

    /** One assumed setting of one component, and what it shapes. */
    private record Item(Component component, String label, String shapes) {
    }

    private static String names(List<Scenario> scenarios) {
        return scenarios.stream().map(s -> s.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
