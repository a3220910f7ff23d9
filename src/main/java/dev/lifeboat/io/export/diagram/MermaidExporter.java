package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The design as a Mermaid flowchart: each region a subgraph, each zone a subgraph inside its region, each
 * component a node inside its place (name, kind, and the scenario's RPO and RTO, styled by verdict), each
 * dependency an edge, dotted when soft. Ids are generated ({@code r0}, {@code z0}, {@code c0}), so names
 * are only label text, and every character of it but letters, digits and plain punctuation is written as a
 * Mermaid entity code ({@code #60;}), so a name can neither close a label nor add markup.
 */
public final class MermaidExporter implements Exporter {

    @Override
    public String id() {
        return "mermaid";
    }

    @Override
    public String description() {
        return "the design as a Mermaid flowchart, regions and zones as subgraphs, with the scenario's RPO and RTO";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "mmd";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the flowchart");
        Topology t = request.topology();
        Analysis analysis = request.analysis();
        Scenario scenario = Diagram.scenarioOf(request);
        Map<Component, Verdict> verdicts = Verdict.of(t, analysis, scenario, request.journey());
        Map<Component, String> ids = new IdentityHashMap<>();
        Map<Place, String> placeIds = new IdentityHashMap<>();
        Map<Place, List<Component>> inside = new IdentityHashMap<>();
        List<Component> nowhere = new ArrayList<>();
        for (Component c : t.components()) {
            ids.put(c, "c" + ids.size());
            if (c.place() == null) {
                nowhere.add(c);
            } else {
                inside.computeIfAbsent(c.place(), p -> new ArrayList<>()).add(c);
            }
        }
        int regions = 0;
        int zones = 0;
        for (Place p : t.places()) {
            placeIds.put(p, p.kind() == PlaceKind.REGION ? "r" + regions++ : "z" + zones++);
        }

        PrintWriter out = new PrintWriter(sink.open(null));
        out.println("%% " + Printable.echo(t.name(), 200) + ": " + scenario.label() + ", drawn by Lifeboat");
        out.println("flowchart LR");
        for (Place region : t.places()) {
            if (region.kind() == PlaceKind.REGION) {
                out.println("  subgraph " + placeIds.get(region) + "[\"" + label("Region " + region.name()) + "\"]");
                for (Place zone : t.places()) {
                    if (zone.kind() == PlaceKind.ZONE && zone.region() == region) {
                        zone(out, zone, "    ", placeIds, inside, ids, analysis, scenario);
                    }
                }
                nodes(out, inside.getOrDefault(region, List.of()), "    ", ids, analysis, scenario);
                out.println("  end");
            }
        }
        for (Place zone : t.places()) {
            if (zone.kind() == PlaceKind.ZONE && zone.region() == null) {
                zone(out, zone, "  ", placeIds, inside, ids, analysis, scenario);
            }
        }
        nodes(out, nowhere, "  ", ids, analysis, scenario);
        List<List<Component>> cycles = analysis.cycles();
        int edge = 0;
        List<Integer> cyclic = new ArrayList<>();
        for (Dependency d : t.dependencies()) {
            out.println("  " + ids.get(d.source()) + (d.isHard() ? " --> " : " -.-> ") + ids.get(d.target()));
            if (cycles.stream().anyMatch(c -> c.contains(d.source()) && c.contains(d.target()))) {
                cyclic.add(edge);
            }
            edge++;
        }
        out.println("  classDef misses fill:" + Look.MISSES_SUBTLE + ",stroke:" + Look.MISSES + ",stroke-width:2px");
        out.println("  classDef assumed fill:" + Look.CARD + ",stroke:" + Look.ASSUMED_STRIPE + ",stroke-width:2px");
        out.println("  classDef meets fill:" + Look.CARD + ",stroke:" + Look.MEETS_STRIPE + ",stroke-width:2px");
        out.println("  classDef none fill:" + Look.CARD + ",stroke:" + Look.BORDER + ",stroke-width:1px");
        for (Verdict v : Verdict.values()) {
            String members = t.components().stream().filter(c -> verdicts.get(c) == v).map(ids::get)
                    .collect(Collectors.joining(","));
            if (!members.isEmpty()) {
                out.println("  class " + members + " " + v.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!cyclic.isEmpty()) {
            out.println("  linkStyle " + cyclic.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + " stroke:" + Look.MISSES + ",stroke-width:2.5px");
        }
        out.flush();
        progress.update(1, "done");
    }

    private static void zone(PrintWriter out, Place zone, String indent, Map<Place, String> placeIds,
                             Map<Place, List<Component>> inside, Map<Component, String> ids, Analysis analysis,
                             Scenario scenario) {
        out.println(indent + "subgraph " + placeIds.get(zone) + "[\"" + label("Zone " + zone.name()) + "\"]");
        nodes(out, inside.getOrDefault(zone, List.of()), indent + "  ", ids, analysis, scenario);
        out.println(indent + "end");
    }

    private static void nodes(PrintWriter out, List<Component> components, String indent, Map<Component, String> ids,
                              Analysis analysis, Scenario scenario) {
        for (Component c : components) {
            out.println(indent + ids.get(c) + "[\"" + Labels.of(c, analysis, scenario).stream()
                    .map(MermaidExporter::label).collect(Collectors.joining("<br/>")) + "\"]");
        }
    }

    /**
     * Label text: printable, cut at 80 characters, with every character but letters, digits, space and
     * {@code .,:_()/+~-·›} written as an entity code ({@code #34;} for a quote), so that nothing in it is syntax.
     */
    static String label(String s) {
        String t = Printable.echo(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        t.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || " .,:_()/+~-\u00B7\u203A".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('#').append(c).append(';');
            }
        });
        return b.toString();
    }
}
