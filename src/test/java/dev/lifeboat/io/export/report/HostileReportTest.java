package dev.lifeboat.io.export.report;

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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Names that try to be markup, attributes, terminal commands or a reversal of the text around them are only
 * ever text in the report: in its source (no {@code <script} at all, since the report writes none), in the DOM
 * Chromium builds from it, and in the PDF.
 */
class HostileReportTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String CONTROL = "bell\u0007 esc\u001B[31m red\nline";
    static final String RTL = "bidi \u202Eevil\u202C end";
    static final String[] NAMES = {SCRIPT, IMG, CONTROL, RTL, "it's & \"quoted\" </td></tr></table>",
        "</svg><svg onload=alert(1)>", "]]> <!-- -->", "\uFFFE odd"};

    @TempDir
    Path dir;

    /** A design whose every name is hostile: the design, a region and a zone, the components, the journeys. */
    static Topology hostile() {
        Topology t = new Topology();
        t.setName(SCRIPT + " " + RTL);
        Place region = t.addPlace(null, PlaceKind.REGION, IMG, null, new Bounds(0, 0, 1200, 700));
        Place zone = t.addPlace(null, PlaceKind.ZONE, SCRIPT + CONTROL, region, new Bounds(20, 40, 500, 600));
        List<Component> cs = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            Component c = t.addComponent(null, i % 3 == 0 ? ComponentKind.POSTGRESQL : ComponentKind.SERVICE,
                    NAMES[i]);
            t.move(c, 30 + (i % 4) * 240, 60 + (i / 4) * 140);
            if (i < 4) {
                t.place(c, zone);
            }
            cs.add(c);
        }
        for (int i = 1; i < cs.size(); i++) {
            t.addDependency(cs.get(i), cs.get(i - 1), i % 2 == 0 ? Strength.HARD : Strength.SOFT);
        }
        t.addJourney(null, SCRIPT, List.of(cs.get(1)), TimeBound.ofMinutes(5), TimeBound.ofHours(1));
        t.addJourney(null, IMG + RTL, List.of(cs.get(4)), TimeBound.ZERO, TimeBound.ofMinutes(1));
        t.addJourney(null, CONTROL, List.of(cs.get(7)), null, TimeBound.ofMinutes(10));
        return t;
    }

    @Test
    void theHtmlHoldsNoMarkupFromANameAndParsesAsStrictXml() throws Exception {
        String html = Reports.html(Reports.request(hostile(), "<b>evil</b>.json"));

        assertEquals(0, Reports.count(html, "<script"), "the report writes no script, and no name adds one");
        assertEquals(0, Reports.count(html, "<img"));
        assertEquals(0, Reports.count(html, "<svg onload"));
        assertFalse(html.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control characters");
        assertFalse(html.contains("\u202E") || html.contains("\u202C"), "no bidi override");
        assertFalse(html.contains("\uFFFE"), "nothing XML forbids");

        Document d = xml(html);
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertFalse(List.of("script", "img", "iframe", "object", "embed", "foreignObject", "link", "image")
                    .contains(e.getLocalName()), e.getLocalName());
            NamedNodeMap attributes = e.getAttributes();
            for (int k = 0; k < attributes.getLength(); k++) {
                String name = attributes.item(k).getNodeName();
                assertFalse(name.toLowerCase(java.util.Locale.ROOT).startsWith("on"), "an event handler: " + name);
            }
        }
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains(SCRIPT), "the name is shown as it is, as text");
        assertTrue(text.contains(IMG));
        assertTrue(text.contains(Printable.of(CONTROL)), "control characters shown escaped");
        assertTrue(text.contains(Printable.of(RTL)), "the override shown escaped");

        // the recommendations name journeys and components in sentences, tables and lists: text there too
        Element recommendations = byId(d, "recommendations");
        String said = recommendations.getTextContent();
        assertTrue(said.contains(IMG + Printable.of(RTL) + " cannot meet all its objectives"), said);
        assertTrue(said.contains("The cheapest way to make " + Printable.of(CONTROL) + " meet its objectives"), said);
        assertTrue(said.contains(SCRIPT + " misses no objective"), said);
        assertTrue(said.contains(Printable.of(RTL) + ", with any of its options"), "the limiting component");
        assertTrue(said.contains("it's & \"quoted\" </td></tr></table> \u2014 "), "a changed component");

        // the frontier: each journey's heading, its charts' titles, the changed components in its sentences and table
        Element frontier = byId(d, "frontier");
        NodeList headings = frontier.getElementsByTagNameNS("*", "h3");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < headings.getLength(); i++) {
            names.add(headings.item(i).getTextContent());
        }
        assertEquals(List.of(SCRIPT, IMG + Printable.of(RTL), Printable.of(CONTROL)), names,
                "every journey has objectives");
        NodeList titles = frontier.getElementsByTagNameNS("*", "title");
        int charts = 0;
        for (int i = 0; i < titles.getLength(); i++) {
            charts += titles.item(i).getTextContent().startsWith("Worst RTO against monthly cost: ") ? 1 : 0;
        }
        assertEquals(3, charts, "a chart of the RTO per journey, titled with its name as text");
        assertTrue(frontier.getTextContent().contains("Worst RPO against monthly cost: " + SCRIPT));
        String traded = frontier.getTextContent();
        assertTrue(traded.contains("(point 2: " + IMG + " to "), traded);
        assertTrue(traded.contains(IMG + " \u2014 ") && traded.contains(Printable.of(RTL) + " \u2014 "), traded);
    }

    /** The element with this id. */
    static Element byId(Document d, String id) {
        NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    @Test
    void chromiumShowsEveryNameAsTextAndLogsNothing() throws Exception {
        ExportRequest r = Reports.request(hostile(), "hostile.json");
        Path html = Reports.htmlFile(r, dir.resolve("hostile.html"));

        Chromium.Page page = Chromium.load(html, dir);

        assertTrue(page.consoleMessages().isEmpty(), "no console message: " + page.consoleMessages());
        String dom = page.dom();
        assertEquals(0, Reports.count(dom, "<script"), "no script element in the DOM");
        assertEquals(0, Reports.count(dom, "<img"), "no image element in the DOM");
        // every '<' the DOM serialises starts a real tag (text holds &lt;): no tag has a handler attribute
        assertFalse(Pattern.compile("<[a-zA-Z][^<>]*\\son[a-zA-Z]+\\s*=").matcher(dom).find(),
                "no handler attribute");
        assertTrue(dom.contains(domText(SCRIPT)), "the script name is text in the DOM");
        assertTrue(dom.contains(domText(IMG)), "the attribute-breaking name is text in the DOM");
        assertTrue(dom.contains(domText(Printable.of(RTL))), "the override is shown, not applied");
        assertEquals(r.topology().size(), Reports.count(dom, "<g class=\"component "), "every card is drawn");
        String recommendations = dom.substring(dom.indexOf("id=\"recommendations\""), dom.indexOf("id=\"topology\""));
        assertTrue(recommendations.contains("<h3>" + domText(IMG + RTL) + "</h3>"), "a journey's name is text there");
        assertTrue(recommendations.contains(domText(SCRIPT) + " misses no objective"), recommendations);
        String frontier = dom.substring(dom.indexOf("id=\"frontier\""), dom.indexOf("id=\"topology\""));
        assertTrue(frontier.contains("<h3>" + domText(IMG + RTL) + "</h3>"), "a journey's name is text there");
        assertEquals(2 * r.topology().journeys().size(), Reports.count(frontier, "class=\"frontier-chart\""),
                "two charts per journey");
        assertTrue(frontier.contains("<title>Worst RPO against monthly cost: " + domText(SCRIPT) + "</title>"),
                "a chart's title is text");
        Chromium.screenshot(html, ReportBrowserTest.SCREENSHOTS.resolve("hostile.png"), 2400, dir);
    }

    @Test
    void thePdfShowsTheNamesAsText() throws Exception {
        Path pdf = Reports.pdfFile(Reports.request(hostile(), "hostile.json"), dir.resolve("hostile.pdf"));

        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertTrue(doc.getNumberOfPages() > 0);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(SCRIPT), "the name is printed as it is");
            assertTrue(text.contains(Printable.of(RTL)), "the override printed escaped");
            assertTrue(text.contains("Cost against RPO and RTO: the frontier"), "the frontier section");
        }
    }

    /** Text as Chromium serialises a text node: only &amp;, &lt;, &gt; and no-break spaces escaped. */
    static String domText(String s) {
        return Printable.of(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\u00A0", "&nbsp;");
    }

    /** The report read as XML, as the PDF renderer reads it: a DOCTYPE allowed, nothing external loaded. */
    static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
