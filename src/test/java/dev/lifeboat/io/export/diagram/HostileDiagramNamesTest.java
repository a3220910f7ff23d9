package dev.lifeboat.io.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Names that try to be markup, DOT or Mermaid syntax, or terminal commands are only ever text. */
class HostileDiagramNamesTest {

    static final String[] NAMES = {"<script>alert(1)</script>", "it's \"quoted\"", "back\\slash \\N \\n \\",
        "\"]; evil [label=\"x", "line\nbreak\r\nthird", "bell\u0007 esc\u001B[31m red", "end", "subgraph x",
        "a --> b", "#quot; &amp; &lt;", "bidi \u202Eevil", "]]> <!-- -->", "%% comment", "\uFFFE odd"};

    @TempDir
    Path dir;

    /** A design whose every name is hostile: the design, places, components and a journey. */
    static Topology hostile() {
        Topology t = new Topology();
        t.setName("<svg onload=alert(1)> \"design\" \\");
        Place region = t.addPlace(null, PlaceKind.REGION, "</text><script>r()</script>", null,
                new Bounds(0, 0, 1200, 700));
        Place zone = t.addPlace(null, PlaceKind.ZONE, "zone \"]; z [", region, new Bounds(20, 40, 500, 600));
        List<Component> cs = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            Component c = t.addComponent(null, i % 3 == 0 ? ComponentKind.POSTGRESQL : ComponentKind.SERVICE,
                    NAMES[i]);
            t.move(c, 30 + (i % 4) * 240, 60 + (i / 4) * 120);
            if (i < 4) {
                t.place(c, zone);
            }
            cs.add(c);
        }
        for (int i = 1; i < cs.size(); i++) {
            t.addDependency(cs.get(i), cs.get(i - 1), i % 2 == 0 ? Strength.HARD : Strength.SOFT);
        }
        t.addJourney(null, "<b>journey</b> \"j\"", List.of(cs.get(1)), TimeBound.ofMinutes(5), TimeBound.ofHours(1));
        return t;
    }

    @Test
    void svgHasNoMarkupFromANameAndShowsEachNameAsText() throws Exception {
        String svg = Exports.text("svg", Exports.request(hostile(), "<x>.json"));

        Document d = Exports.xml(svg);
        for (String tag : List.of("script", "foreignObject", "a", "image", "style")) {
            assertEquals(0, d.getElementsByTagNameNS("*", tag).getLength(), tag);
        }
        assertFalse(svg.contains("<script") || svg.contains("<svg onload"), "no raw markup");
        assertFalse(svg.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control characters");
        assertFalse(svg.contains("\u202E"), "no bidi override");
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertFalse(e.getAttribute("onload").length() > 0 || e.getAttribute("onclick").length() > 0);
        }
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains("<script>alert(1)</script>"), "the name is shown as it is, as text");
        assertTrue(text.contains(Printable.of("bell\u0007 esc\u001B[31m red")), "control characters escaped");
        assertEquals(NAMES.length, DiagramExportsTest.byClass(d, "g", "component").size());
    }

    @Test
    void dotIsAcceptedByGraphvizWithNoNodeOrEdgeANameAdded() throws Exception {
        Topology t = hostile();
        String dot = Exports.text("dot", Exports.request(t, "x"));

        Document d = Exports.xml(Exports.dotToSvg(dot, dir), true);
        assertEquals(t.size(), DiagramExportsTest.byClass(d, "g", "node").size());
        assertEquals(t.dependencies().size(), DiagramExportsTest.byClass(d, "g", "edge").size());
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains("\"]; evil [label=\"x"), "the name is a label, as it is");
        assertTrue(text.contains("back\\slash \\N \\n \\"), "backslashes are text, not DOT escapes");
        assertFalse(dot.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control characters");
    }

    @Test
    void mermaidLabelsHoldNoSyntax() throws Exception {
        Topology t = hostile();
        String mmd = Exports.text("mermaid", Exports.request(t, "x"));

        List<String> lines = mmd.lines().toList();
        assertEquals(t.size(), lines.stream().filter(l -> l.matches("\\s*c\\d+\\[\".*\"\\]")).count(), mmd);
        assertEquals(t.dependencies().size(), lines.stream().filter(l -> l.matches("\\s*c\\d+ -(->|\\.->) c\\d+"))
                .count(), mmd);
        assertEquals(t.places().size(), lines.stream().filter(l -> l.trim().equals("end")).count(), mmd);
        for (String l : lines) {
            if (l.contains("[\"")) {
                String label = l.substring(l.indexOf("[\"") + 2, l.lastIndexOf("\"]"));
                assertFalse(label.replace("<br/>", "").matches(".*[\"\\[\\]<>{}|`].*"), l);
            }
        }
        assertTrue(mmd.contains("#60;script#62;alert(1)#60;/script#62;"));
        assertFalse(mmd.chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    @Test
    void pngIsDrawn() throws Exception {
        ExportRequest r = Exports.request(hostile(), "x");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes("png", r, dir)));

        assertTrue(image.getWidth() > 1000);
    }
}
