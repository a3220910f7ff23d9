package dev.lifeboat.io.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Topology;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagrams of each sample, checked for their structure as the tools that read them would (Graphviz for
 * DOT, an XML parser for SVG, ImageIO for PNG), never for the bytes of a picture.
 */
class DiagramExportsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.lifeboat.io.export.diagram.Exports#samples")
    void dotIsAcceptedByGraphvizWithANodePerComponentAndAnEdgePerDependency(Path sample) throws Exception {
        ExportRequest r = Exports.request(sample);
        String svg = Exports.dotToSvg(Exports.text("dot", r), dir);

        Document d = Exports.xml(svg, true);
        assertEquals(r.topology().size(), byClass(d, "g", "node").size(), sample + ": nodes");
        assertEquals(r.topology().dependencies().size(), byClass(d, "g", "edge").size(), sample + ": edges");
    }

    @ParameterizedTest
    @MethodSource("dev.lifeboat.io.export.diagram.Exports#samples")
    void mermaidHasASubgraphPerPlaceANodePerComponentAndAnEdgePerDependency(Path sample) throws Exception {
        ExportRequest r = Exports.request(sample);
        String mmd = Exports.text("mermaid", r);
        Topology t = r.topology();

        List<String> lines = mmd.lines().toList();
        assertEquals("flowchart LR", lines.get(1));
        assertEquals(t.places().size(), lines.stream().filter(l -> l.trim().startsWith("subgraph ")).count());
        assertEquals(t.places().size(), lines.stream().filter(l -> l.trim().equals("end")).count());
        Pattern node = Pattern.compile("^\\s*(c\\d+)\\[\"([^\"\\[\\]<>]|<br/>)*\"\\]$");
        Pattern edge = Pattern.compile("^\\s*(c\\d+) (-->|-\\.->) (c\\d+)$");
        assertEquals(t.size(), lines.stream().filter(l -> node.matcher(l).matches()).count(), mmd);
        assertEquals(t.dependencies().size(), lines.stream().filter(l -> edge.matcher(l).matches()).count(), mmd);
        long soft = t.dependencies().stream().filter(dep -> !dep.isHard()).count();
        assertEquals(soft, lines.stream().filter(l -> l.contains(" -.-> ")).count(), "soft ones dotted");
        // every line is one of the shapes written: a comment, a subgraph, a node, an edge, a style
        for (String l : lines) {
            String s = l.trim();
            assertTrue(s.startsWith("%% ") || s.equals("flowchart LR") || s.matches("subgraph [rz]\\d+\\[\"[^\"]*\"\\]")
                    || s.equals("end") || node.matcher(l).matches() || edge.matcher(l).matches()
                    || s.matches("(classDef|class|linkStyle) [-a-z0-9,:#.% ]+"), "a known shape: " + l);
        }
        // a zone with a region is nested in that region's subgraph
        int depth = 0;
        for (String l : lines) {
            if (l.trim().startsWith("subgraph z")) {
                assertTrue(l.startsWith("    subgraph") || l.startsWith("  subgraph"), l);
            }
            depth += l.trim().startsWith("subgraph ") ? 1 : l.trim().equals("end") ? -1 : 0;
            assertTrue(depth >= 0 && depth <= 2);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.lifeboat.io.export.diagram.Exports#samples")
    void svgIsXmlWithACardPerComponentAContainerPerPlaceAndArrowsEndingAtCardBorders(Path sample) throws Exception {
        ExportRequest r = Exports.request(sample);
        Topology t = r.topology();
        Document d = Exports.xml(Exports.text("svg", r));

        Element svg = d.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        List<Element> cards = byClass(d, "g", "component");
        assertEquals(t.size(), cards.size());
        Map<String, double[]> boxes = new HashMap<>();
        for (Element card : cards) {
            Element border = byClass(card, "rect", "card-border").get(0);
            Matcher m = Pattern.compile("translate\\(([-0-9.]+) ([-0-9.]+)\\)").matcher(card.getAttribute("transform"));
            assertTrue(m.matches());
            boxes.put(card.getAttribute("data-id"), new double[] {Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)), num(border, "width"), num(border, "height")});
            assertTrue(num(border, "width") >= 196 && num(border, "width") <= 216);
            assertEquals(1, byClass(card, "text", "card-rpo").size());
            assertTrue(byClass(card, "text", "card-rpo").get(0).getTextContent().startsWith("RPO "));
            assertTrue(byClass(card, "text", "card-rto").get(0).getTextContent().startsWith("RTO "));
        }
        t.components().forEach(c -> assertNotNull(boxes.get(c.id()), c.id()));
        assertEquals(t.places().stream().filter(p -> p.kind().id().equals("region")).count(),
                byClass(d, "g", "region").size());
        assertEquals(t.places().stream().filter(p -> p.kind().id().equals("zone")).count(),
                byClass(d, "g", "zone").size());
        for (Element g : byClass(d, "g", "region")) {
            assertEquals(1, g.getElementsByTagNameNS("*", "rect").getLength());
        }
        List<Element> arrows = byClass(d, "g", "dependency");
        assertEquals(t.dependencies().size(), arrows.size());
        for (Element a : arrows) {
            Dependency dep = t.dependencies().stream().filter(x -> x.source().id().equals(a.getAttribute("data-from"))
                    && x.target().id().equals(a.getAttribute("data-to"))).findFirst().orElseThrow();
            assertEquals(dep.isHard() ? "dependency hard" : "dependency soft",
                    a.getAttribute("class").replace(" cycle", ""));
            NodeList paths = a.getElementsByTagNameNS("*", "path");
            assertEquals(2, paths.getLength());
            double[] start = first(((Element) paths.item(0)).getAttribute("d"));
            double[] tip = first(((Element) paths.item(1)).getAttribute("d"));
            assertOnBorder(boxes.get(dep.source().id()), start, "the arrow starts at the dependent's border");
            assertOnBorder(boxes.get(dep.target().id()), tip, "the head's tip is on the dependency's border");
        }
        // the numbers shown are those of the scenario named in the subtitle
        assertTrue(byClass(d, "text", "diagram-subtitle").get(0).getTextContent()
                .startsWith("Scenario: " + Scenario.NODE_LOSS.label()));
    }

    @ParameterizedTest
    @MethodSource("dev.lifeboat.io.export.diagram.Exports#samples")
    void pngDecodesAtTwiceTheSvgsSize(Path sample) throws Exception {
        ExportRequest r = Exports.request(sample);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes("png", r, dir)));
        Element svg = Exports.xml(Exports.text("svg", r)).getDocumentElement();

        assertNotNull(image, "a PNG ImageIO reads");
        assertEquals(2 * (int) num(svg, "width"), image.getWidth());
        assertEquals(2 * (int) num(svg, "height"), image.getHeight());
        assertTrue(image.getWidth() > 400 && image.getWidth() < 8000, "a sane size: " + image.getWidth());
        // not blank: the cards are white on the canvas's grey
        long white = 0;
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                white += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 1 : 0;
            }
        }
        assertTrue(white > 100, "cards are drawn");
    }

    @Test
    void theScenarioAskedForIsTheOneShown() throws Exception {
        Path sample = Path.of("samples/order-processor.json");
        ExportRequest all = Exports.request(sample);
        ExportRequest zone = new ExportRequest(all.topology(), all.analysis(), List.of(Scenario.ZONE_LOSS), null,
                "x");

        assertTrue(Exports.text("svg", zone).contains("Scenario: Zone loss"));
        assertTrue(Exports.text("dot", zone).contains("\\nZone loss\""));
        assertTrue(Exports.text("mermaid", zone).startsWith("%% Order processing: Zone loss"));
    }

    @Test
    void anEmptyDesignIsAPictureThatSaysSo(@TempDir Path tmp) throws Exception {
        ExportRequest r = Exports.request(new Topology(), "empty");

        Document d = Exports.xml(Exports.text("svg", r));
        assertEquals(1, byClass(d, "text", "empty-note").size());
        assertTrue(ImageIO.read(new ByteArrayInputStream(Exports.bytes("png", r, tmp))).getWidth() > 100);
        Exports.dotToSvg(Exports.text("dot", r), tmp);
        assertEquals(List.of("flowchart LR"), Exports.text("mermaid", r).lines()
                .filter(l -> !l.startsWith("%%") && !l.startsWith("  classDef ")).toList());
    }

    @Test
    void aVeryLargeCanvasGivesASmallerPictureNotAnOutOfMemory(@TempDir Path tmp) throws Exception {
        Topology t = new Topology();
        var a = t.addComponent(null, dev.lifeboat.model.ComponentKind.SERVICE, "far-left");
        var b = t.addComponent(null, dev.lifeboat.model.ComponentKind.SERVICE, "far-right");
        t.move(a, -50_000, -50_000);
        t.move(b, 50_000, 50_000);
        t.addDependency(a, b, dev.lifeboat.model.Strength.HARD);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes("png", Exports.request(t, "x"),
                tmp)));
        assertTrue((double) image.getWidth() * image.getHeight() <= PngExporter.MAX_PIXELS * 1.01);
    }

    static List<Element> byClass(Document d, String tag, String cls) {
        return byClass(d.getDocumentElement(), tag, cls);
    }

    static List<Element> byClass(Element root, String tag, String cls) {
        NodeList all = root.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute).replace("pt", ""));
    }

    /** The first point of a path ("M x y ..."). */
    private static double[] first(String d) {
        String[] parts = d.substring(1).trim().split("[ L]+");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    private static void assertOnBorder(double[] box, double[] p, String what) {
        double x0 = box[0];
        double y0 = box[1];
        double x1 = x0 + box[2];
        double y1 = y0 + box[3];
        boolean inside = p[0] >= x0 - 0.02 && p[0] <= x1 + 0.02 && p[1] >= y0 - 0.02 && p[1] <= y1 + 0.02;
        boolean onEdge = Math.abs(p[0] - x0) < 0.02 || Math.abs(p[0] - x1) < 0.02 || Math.abs(p[1] - y0) < 0.02
                || Math.abs(p[1] - y1) < 0.02;
        assertTrue(inside && onEdge, what + ": " + p[0] + "," + p[1] + " on " + java.util.Arrays.toString(box));
    }
}
