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
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;

/**
 * The components and dependencies as a Graphviz DOT graph (written by JGraphT's {@code DOTExporter}): a node
 * per component labelled with its name, kind and the scenario's RPO and RTO, filled by verdict; an edge from
 * each dependent to its dependency, dashed when soft, red in a cycle. Node ids are generated ({@code n0},
 * {@code n1}...), so a name is only ever label text: it is made printable and its backslashes doubled (DOT
 * reads {@code \n} or {@code \N} in a label as commands), and JGraphT escapes the quotes.
 */
public final class DotExporter implements Exporter {

    @Override
    public String id() {
        return "dot";
    }

    @Override
    public String description() {
        return "the components and dependencies as a Graphviz graph (DOT), with the scenario's RPO and RTO";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "dot";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the graph");
        Topology t = request.topology();
        Analysis analysis = request.analysis();
        Scenario scenario = Diagram.scenarioOf(request);
        Map<Component, Verdict> verdicts = Verdict.of(t, analysis, scenario, request.journey());
        Graph<Component, Dependency> graph = new DefaultDirectedGraph<>(null, null, false);
        Map<Component, String> ids = new IdentityHashMap<>();
        for (Component c : t.components()) {
            graph.addVertex(c);
            ids.put(c, "n" + ids.size());
        }
        List<List<Component>> cycles = analysis.cycles();
        for (Dependency d : t.dependencies()) {
            graph.addEdge(d.source(), d.target(), d);
        }
        org.jgrapht.nio.dot.DOTExporter<Component, Dependency> dot = new org.jgrapht.nio.dot.DOTExporter<>(ids::get);
        dot.setGraphIdProvider(() -> "lifeboat");
        // JGraphT writes graph attributes as they are: the label is quoted here
        dot.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(quoted(text(Printable.echo(t.name())) + "\\n"
                    + text(scenario.label()))));
            a.put("labelloc", DefaultAttribute.createAttribute("t"));
            a.put("rankdir", DefaultAttribute.createAttribute("LR"));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return a;
        });
        dot.setVertexAttributeProvider(c -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(Labels.of(c, analysis, scenario).stream()
                    .map(DotExporter::text).collect(Collectors.joining("\\n"))));
            a.put("tooltip", DefaultAttribute.createAttribute(text(Diagram.placementText(c))));
            a.put("shape", DefaultAttribute.createAttribute("box"));
            a.put("style", DefaultAttribute.createAttribute("rounded,filled"));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            Verdict v = verdicts.get(c);
            a.put("fillcolor", DefaultAttribute.createAttribute(v == Verdict.MISSES ? Look.MISSES_SUBTLE : Look.CARD));
            a.put("color", DefaultAttribute.createAttribute(v == Verdict.NONE ? Look.BORDER
                    : v == Verdict.MISSES ? Look.MISSES : Look.stripe(v)));
            a.put("penwidth", DefaultAttribute.createAttribute("1.5"));
            return a;
        });
        dot.setEdgeAttributeProvider(d -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("style", DefaultAttribute.createAttribute(d.isHard() ? "solid" : "dashed"));
            boolean cyclic = cycles.stream().anyMatch(c -> c.contains(d.source()) && c.contains(d.target()));
            a.put("color", DefaultAttribute.createAttribute(cyclic ? Look.MISSES : Look.MUTED));
            return a;
        });
        Writer out = sink.open(null);
        try {
            dot.exportGraph(graph, out);
        } catch (ExportException e) {
            throw new IOException("the graph could not be written: " + e.getMessage(), e);
        }
        out.flush();
        progress.update(1, "done");
    }

    /**
     * Text for a DOT label: printable, with its backslashes doubled so that DOT reads none as an escape
     * ({@code \n}, {@code \l}, {@code \N}...), and the two non-characters XML refuses (U+FFFE, U+FFFF; Graphviz
     * passes them on to its SVG) replaced. JGraphT escapes the double quotes.
     */
    /** A DOT string of label text (already made safe by {@link #text}): quoted, its quotes escaped. */
    static String quoted(String s) {
        return '"' + s.replace("\"", "\\\"") + '"';
    }

    static String text(String s) {
        return Printable.of(s).replace("\\", "\\\\").replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
    }
}
