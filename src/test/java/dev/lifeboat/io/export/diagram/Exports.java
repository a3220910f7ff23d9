package dev.lifeboat.io.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Topology;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Shared by the diagram tests: the samples, running an export, reading its output as a tool would. */
final class Exports {

    private Exports() {
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static ExportRequest request(Topology t, String source) {
        return new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()), null, source);
    }

    static ExportRequest request(Path sample) throws Exception {
        return request(TopologyFiles.load(sample), sample.getFileName().toString());
    }

    static Exporter exporter(String id) {
        return Exporters.byId(id).orElseThrow(() -> new AssertionError("no exporter " + id));
    }

    /** A text export's output. */
    static String text(String id, ExportRequest request) throws IOException {
        StringWriter out = new StringWriter();
        Exporters.toWriter(exporter(id), request, out, Progress.NONE);
        return out.toString();
    }

    /** A binary export's bytes, through a file as the command line writes them. */
    static byte[] bytes(String id, ExportRequest request, Path dir) throws Exception {
        Path file = dir.resolve("out." + exporter(id).extension());
        Exporters.toFile(exporter(id), request, file, Progress.NONE);
        return Files.readAllBytes(file);
    }

    /** The SVG parsed as XML, with no DTD or external entity allowed. */
    static Document xml(String svg) throws Exception {
        return xml(svg, false);
    }

    /** XML, with a DOCTYPE allowed (as Graphviz writes) but nothing external loaded. */
    static Document xml(String svg, boolean doctype) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Graphviz's dot -Tsvg on a DOT text: its SVG, or a failure with dot's message (or how to install it). */
    static String dotToSvg(String dot, Path dir) throws Exception {
        Path in = dir.resolve("graph.dot");
        Files.writeString(in, dot, StandardCharsets.UTF_8);
        Path err = dir.resolve("dot.err");
        Process p;
        try {
            p = new ProcessBuilder("dot", "-Tsvg", in.toString()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            fail("Graphviz's dot is needed to check the DOT export: apt-get install graphviz (scripts/test.sh "
                    + "installs it)");
            throw e;
        }
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot finished");
        assertEquals(0, p.exitValue(), "dot -Tsvg accepts the DOT: " + Files.readString(err) + "\n" + dot);
        assertTrue(Files.readString(err).isBlank(), "dot says nothing: " + Files.readString(err));
        return svg;
    }
}
