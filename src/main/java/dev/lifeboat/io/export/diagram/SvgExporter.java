package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Printable;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The design as an SVG picture in the designer's look (see {@link Diagram}): self-contained, with inline
 * styles and a generic font list, so that a report can inline it as it is. Every text from the design is
 * made printable and escaped for XML, so a name cannot add markup; tools find each container, card and
 * arrow by its {@code class} and {@code data-id}, {@code data-from} and {@code data-to} attributes.
 */
public final class SvgExporter implements Exporter {

    @Override
    public String id() {
        return "svg";
    }

    @Override
    public String description() {
        return "the design as a picture (SVG), as on the canvas, with the scenario's RPO and RTO on each card";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "drawing the design");
        Diagram d = new Diagram(request);
        Writer out = sink.open(null);
        out.write(svg(d, request.source()));
        out.flush();
        progress.update(1, "done");
    }

    /** The SVG document of a diagram. */
    static String svg(Diagram d, String source) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(d, source, 1);
    }

    /**
     * The diagram of a request as an {@code <svg>} element to put inside an HTML or XHTML page (no XML
     * declaration), drawn at most {@code maxWidth} wide: a wider design is scaled down as a whole, its
     * coordinates kept in the view box. The same drawing as the {@code svg} export.
     */
    public static String inline(ExportRequest request, double maxWidth) {
        return inline(request, maxWidth, Double.POSITIVE_INFINITY);
    }

    /**
     * The diagram as {@link #inline(ExportRequest, double)}, drawn at most {@code maxWidth} wide and {@code maxHeight}
     * high (a page of a PDF), scaled down as a whole to fit both.
     */
    public static String inline(ExportRequest request, double maxWidth, double maxHeight) {
        Diagram d = new Diagram(request);
        return element(d, request.source(), Math.min(1, Math.min(maxWidth / d.width, maxHeight / d.height)));
    }

    /** The scenario whose numbers the diagram of a request shows: the one asked for, else node loss. */
    public static Scenario scenarioShown(ExportRequest request) {
        return Diagram.scenarioOf(request);
    }

    private static String element(Diagram d, String source, double scale) {
        StringBuilder b = new StringBuilder(4096 + d.cards.size() * 1600);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(Math.floor(d.width * scale)))
                .append("\" height=\"").append(n(Math.floor(d.height * scale))).append("\" viewBox=\"0 0 ")
                .append(n(d.width)).append(' ').append(n(d.height))
                .append("\" role=\"img\" aria-labelledby=\"lifeboat-title\" font-family=\"")
                .append(xml(Look.FONT_FAMILY)).append("\">\n");
        b.append("<title id=\"lifeboat-title\">").append(xml(d.title)).append(" \u2014 ").append(xml(d.scenario.label()))
                .append("</title>\n");
        b.append("<desc>Drawn by Lifeboat from ").append(xml(Printable.echo(source, 200)))
                .append(": each component's RPO and RTO under ").append(xml(d.scenario.label()))
                .append(" (").append(xml(d.scenario.id())).append(").</desc>\n");
        b.append("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"").append(Look.CANVAS)
                .append("\"/>\n");
        header(b, d);
        b.append("<g class=\"containers\">\n");
        for (Diagram.Container c : d.containers) {
            container(b, c);
        }
        b.append("</g>\n<g class=\"dependencies\">\n");
        for (Diagram.Arrow a : d.arrows) {
            arrow(b, a);
        }
        b.append("</g>\n<g class=\"components\">\n");
        for (Diagram.Card c : d.cards) {
            card(b, c);
        }
        b.append("</g>\n</svg>\n");
        return b.toString();
    }

    private static void header(StringBuilder b, Diagram d) {
        b.append("<g class=\"header\">\n");
        text(b, "diagram-title", Diagram.MARGIN, Diagram.MARGIN + 18, Look.TITLE_SIZE, true, Look.TEXT, d.title);
        text(b, "diagram-subtitle", Diagram.MARGIN, Diagram.MARGIN + 38, Look.SMALL_SIZE, false, Look.MUTED,
                d.subtitle);
        for (Diagram.LegendItem item : d.legend) {
            double x = item.x();
            double y = item.y();
            b.append("<g class=\"legend-item\">");
            switch (item.swatch()) {
                case MISSES, ASSUMED, MEETS -> {
                    dev.lifeboat.engine.Verdict v = dev.lifeboat.engine.Verdict.valueOf(item.swatch().name());
                    b.append(rect(x, y, 20, 12, 3, Look.stripe(v), null, 0, null));
                    b.append(rect(x + 4, y, 16, 12, 3, Look.CARD, null, 0, null));
                    b.append(rect(x, y, 20, 12, 3, "none", Look.border(v), 1, null));
                }
                case HARD, SOFT -> b.append("<path d=\"M").append(n(x)).append(' ').append(n(y + 6)).append("H")
                        .append(n(x + 20)).append("\" stroke=\"").append(Look.MUTED).append("\" stroke-width=\"1.6\"")
                        .append(item.swatch() == Diagram.Swatch.SOFT ? " stroke-dasharray=\"5 3\"" : "")
                        .append("/>");
            }
            text(b, null, x + 26, y + 10, Look.SMALL_SIZE, false, Look.MUTED, item.text());
            b.append("</g>\n");
        }
        if (d.emptyNote != null) {
            text(b, "empty-note", Diagram.MARGIN, Diagram.MARGIN + Diagram.HEADER + 20, Look.METRIC_SIZE, false,
                    Look.MUTED, d.emptyNote);
        }
        b.append("</g>\n");
    }

    private static void container(StringBuilder b, Diagram.Container c) {
        b.append("<g class=\"").append(c.region() ? "region" : "zone").append("\">");
        b.append("<rect x=\"").append(n(c.x())).append("\" y=\"").append(n(c.y())).append("\" width=\"")
                .append(n(c.width())).append("\" height=\"").append(n(c.height())).append("\" rx=\"10\" fill=\"")
                .append(c.region() ? Look.REGION_FILL : Look.ZONE_FILL).append("\" fill-opacity=\"")
                .append(n(c.region() ? Look.REGION_FILL_OPACITY : Look.ZONE_FILL_OPACITY)).append("\" stroke=\"")
                .append(c.region() ? Look.BORDER : Look.ZONE_BORDER).append("\" stroke-width=\"1.5\"")
                .append(c.region() ? " stroke-dasharray=\"8 5\"" : "").append("/>");
        text(b, "place-title", c.x() + 10, c.y() + 18, Look.PLACE_TITLE_SIZE, true, Look.MUTED, c.title());
        b.append("</g>\n");
    }

    private static void arrow(StringBuilder b, Diagram.Arrow a) {
        String ink = a.cyclic() ? Look.MISSES : Look.MUTED;
        b.append("<g class=\"dependency ").append(a.hard() ? "hard" : "soft").append(a.cyclic() ? " cycle" : "")
                .append("\" data-from=\"").append(xml(a.from())).append("\" data-to=\"").append(xml(a.to()))
                .append('"').append(a.dimmed() ? " opacity=\"0.25\"" : "").append('>');
        double[] p = a.shaft();
        b.append("<path d=\"M").append(n(p[0])).append(' ').append(n(p[1]));
        for (int i = 2; i + 1 < p.length; i += 2) {
            b.append(" L").append(n(p[i])).append(' ').append(n(p[i + 1]));
        }
        b.append("\" fill=\"none\" stroke=\"").append(ink).append("\" stroke-width=\"")
                .append(a.cyclic() ? "2.5" : "1.6").append('"').append(a.hard() ? "" : " stroke-dasharray=\"7 5\"")
                .append("/>");
        double[] h = a.head();
        b.append("<path class=\"head\" d=\"M").append(n(h[0])).append(' ').append(n(h[1])).append(" L")
                .append(n(h[2])).append(' ').append(n(h[3])).append(" L").append(n(h[4])).append(' ')
                .append(n(h[5])).append(" Z\" fill=\"").append(ink).append("\"/>");
        b.append("</g>\n");
    }

    private static void card(StringBuilder b, Diagram.Card c) {
        b.append("<g class=\"component verdict-").append(c.verdict().name().toLowerCase(Locale.ROOT))
                .append("\" data-id=\"").append(xml(c.id())).append("\" transform=\"translate(").append(n(c.x()))
                .append(' ').append(n(c.y())).append(")\"").append(c.dimmed() ? " opacity=\"0.35\"" : "").append('>');
        b.append("<title>").append(xml(c.fullName())).append(" \u2014 ").append(xml(c.kind())).append(", ")
                .append(xml(c.rpo().text())).append(", ").append(xml(c.rto().text())).append("</title>");
        String stripe = Look.stripe(c.verdict());
        if (stripe != null) {
            b.append(rect(0, 0, c.width(), c.height(), 8, stripe, null, 0, null));
            b.append(rect(5, 0, c.width() - 5, c.height(), 8, Look.CARD, null, 0, null));
        } else {
            b.append(rect(0, 0, c.width(), c.height(), 8, Look.CARD, null, 0, null));
        }
        b.append(rect(0, 0, c.width(), c.height(), 8, "none", Look.border(c.verdict()), 1.5, "card-border"));
        b.append(rect(10, 10, 26, 26, 6, Look.ACCENT, null, 0, null));
        b.append("<text x=\"23\" y=\"27.5\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"")
                .append(Look.WHITE).append("\">").append(xml(c.badge())).append("</text>");
        double y = 8;
        for (String line : c.nameLines()) {
            text(b, "card-name", Diagram.TEXT_X, y + 11, Look.NAME_SIZE, true, Look.TEXT, line);
            y += Diagram.LINE;
        }
        text(b, "card-kind", Diagram.TEXT_X, y + 1 + 10, Look.SMALL_SIZE, false, Look.MUTED, c.kind());
        text(b, "card-place", Diagram.TEXT_X, y + 16 + 10, Look.SMALL_SIZE, false, Look.MUTED, c.placement());
        double base = c.height() - 24 + 11;
        text(b, "card-rpo", 10, base, Look.METRIC_SIZE, false, Look.ink(c.rpo().verdict()), c.rpo().text());
        text(b, "card-rto", c.rtoX(), base, Look.METRIC_SIZE, false, Look.ink(c.rto().verdict()), c.rto().text());
        String symbol = Look.symbol(c.verdict());
        if (!symbol.isEmpty()) {
            text(b, "card-verdict", c.width() - 24, c.verdictY() + 12, Look.VERDICT_SIZE, false, Look.ink(c.verdict()), symbol);
        }
        if (c.wave() > 0) {
            b.append("<circle cx=\"").append(n(c.width() - 6)).append("\" cy=\"2\" r=\"11\" fill=\"")
                    .append(Look.NEUTRAL).append("\" stroke=\"").append(Look.CANVAS).append("\" stroke-width=\"2\"/>");
            b.append("<text class=\"card-wave\" x=\"").append(n(c.width() - 6))
                    .append("\" y=\"6\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"")
                    .append(Look.WHITE).append("\">").append(c.wave()).append("</text>");
        }
        b.append("</g>\n");
    }

    private static String rect(double x, double y, double w, double h, double r, String fill, String stroke,
                               double strokeWidth, String cls) {
        StringBuilder b = new StringBuilder("<rect");
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(r)).append("\" fill=\"").append(fill)
                .append('"');
        if (stroke != null) {
            b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
        }
        return b.append("/>").toString();
    }

    private static void text(StringBuilder b, String cls, double x, double y, double size, boolean bold, String fill,
                             String text) {
        b.append("<text");
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(fill)
                .append("\" xml:space=\"preserve\">").append(xml(text)).append("</text>");
    }

    /** A number with at most two decimals, the same on every machine ({@code 12}, {@code 12.5}). */
    static String n(double v) {
        long hundredths = Math.round(v * 100);
        String sign = hundredths < 0 ? "-" : "";
        long a = Math.abs(hundredths);
        long whole = a / 100;
        long frac = a % 100;
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (frac % 10 == 0 ? String.valueOf(frac / 10) : String.format(Locale.ROOT, "%02d",
                frac));
    }

    /**
     * Text escaped for XML content and attributes. The text is printable already (no control characters);
     * what XML 1.0 forbids anyway (U+FFFE, U+FFFF, an unpaired surrogate) becomes U+FFFD.
     */
    static String xml(String s) {
        String t = Printable.of(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\uFFFE', '\uFFFF' -> b.append('\uFFFD');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
