package dev.lifeboat.io.export.report;

import dev.lifeboat.io.export.diagram.Look;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report as one self-contained page, shared by the HTML and the PDF exports: a header (the design, the
 * file, the date, Lifeboat's version), a list of contents, then each {@link ReportSection} of
 * {@link #SECTIONS} that applies, and a footer. Everything is inline: one {@code <style>} element, SVG
 * drawings, no script, no web font, no picture or link the page would load, so it opens anywhere without a
 * network (a Content-Security-Policy says so to the browser as well).
 *
 * <p>The layout is blocks and tables only, which both a browser and openhtmltopdf lay out alike (the PDF
 * renderer knows no flexbox or grid); big sections start a new page in the PDF, table rows and drawings are
 * not split across pages, and table headers repeat on each page.
 */
public final class HtmlReport {

    /** The sections, in the order they appear; a new one is one class and one line here. */
    static final List<ReportSection> SECTIONS = List.of(
            new SummarySection(),
            new VariantSection(),
            new RecommendationSection(),
            new FrontierSection(),
            new DiagramSection(),
            new TimelineSection(),
            new ExplanationSection(),
            new AssumptionSection());

    /** The font stack on screen: the system's own sans-serif fonts, none to download. */
    private static final String SCREEN_FONTS = "system-ui, -apple-system, 'Segoe UI', " + Look.FONT_FAMILY;
    /** The font the PDF embeds (bundled with Lifeboat, so that the PDF needs nothing from the machine). */
    static final String PDF_FONT = "DejaVu Sans";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private HtmlReport() {
    }

    /** The whole page. */
    public static String write(Report report) {
        return write(report, SECTIONS);
    }

    /** The page with the given sections, for tests and for callers that add their own. */
    static String write(Report report, List<ReportSection> sections) {
        List<ReportSection> shown = sections.stream().filter(s -> s.applies(report)).toList();
        Html h = new Html(64 * 1024 + report.topology().size() * 8 * 1024);
        String title = "Lifeboat report: " + Printable.of(report.topology().name());
        h.markup("<!DOCTYPE html>\n");
        h.open("html", null, "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").nl();
        h.open("head", null).nl();
        h.markup("<meta charset=\"UTF-8\"/>\n");
        h.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\"/>\n");
        h.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        h.markup("<meta name=\"generator\" content=\"Lifeboat " + Html.escape(report.version()) + "\"/>\n");
        h.element("title", null, title).nl();
        h.open("style", null).nl().markup(css(report.medium())).close("style").nl();
        h.close("head").nl();
        h.open("body", report.medium() == Report.Medium.PDF ? "pdf" : "screen").nl();
        h.open("div", "page").nl();
        header(report, h, shown);
        for (ReportSection s : shown) {
            h.open("div", "section" + (s.newPage() ? " new-page" : ""), "id", s.id()).nl();
            h.element("h2", null, s.title()).nl();
            s.write(report, h);
            h.close("div").nl();
        }
        h.open("div", "footer").text("Made by Lifeboat " + report.version() + " on " + date(report.generated())
                + " from " + report.request().source() + ". The numbers are design-time estimates from the "
                + "settings of the design and the documented behaviour of each technology; the explanations say "
                + "which, and where a value was assumed.").close("div").nl();
        h.close("div").nl().close("body").nl().close("html").nl();
        return h.toString();
    }

    private static void header(Report report, Html h, List<ReportSection> shown) {
        h.open("div", "header").nl();
        h.element("p", "kicker", "Lifeboat RPO/RTO report");
        h.element("h1", null, report.topology().name()).nl();
        h.open("table", "meta").nl();
        meta(h, "File", report.request().source());
        meta(h, "Date", date(report.generated()));
        meta(h, "Lifeboat", report.version());
        meta(h, "Design", report.topology().size() + " components, " + report.topology().dependencies().size()
                + " dependencies, " + report.topology().journeys().size() + " journeys"
                + (report.request().journey() == null ? "" : "; this report is about the journey "
                + report.request().journey().name()));
        meta(h, "Scenarios", report.scenarios().stream().map(s -> s.label()).collect(Collectors.joining(", ")));
        h.close("table").nl();
        for (List<Component> cycle : report.analysis().cycles()) {
            h.element("p", "callout v-misses", "\u2716 Dependency cycle: no recovery order exists among "
                    + cycle.stream().map(Component::name).collect(Collectors.joining(", ")) + ".").nl();
        }
        h.open("ul", "contents").nl();
        for (ReportSection s : shown) {
            h.open("li", null).open("a", null, "href", "#" + s.id()).text(s.title()).close("a").close("li").nl();
        }
        h.close("ul").nl().close("div").nl();
    }

    /** The date and time with its zone: {@code 2026-12-01 10:00 UTC}, {@code 2026-12-01 11:00 CET}. */
    static String date(ZonedDateTime t) {
        boolean utc = t.getZone().normalized().equals(ZoneOffset.UTC);
        return DATE.format(t) + " " + (utc ? "UTC" : ZONE.format(t));
    }

    private static void meta(Html h, String name, String value) {
        h.open("tr", null).element("th", null, name).element("td", null, value).close("tr").nl();
    }

    /** The style sheet: one for both media, with the page size, fonts and widths of each. */
    static String css(Report.Medium medium) {
        boolean pdf = medium == Report.Medium.PDF;
        String fonts = pdf ? "'" + PDF_FONT + "', sans-serif" : SCREEN_FONTS;
        return "@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm;\n"
                + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 9px; "
                + "font-family: " + fonts + "; color: " + Look.MUTED + "; } }\n"
                + "html { background: " + (pdf ? Look.WHITE : Look.CANVAS) + "; }\n"
                + "body { margin: 0; color: " + Look.TEXT + "; font-family: " + fonts
                + "; font-size: "
                + (pdf ? "10.5px; line-height: 1.35" : "14px; line-height: 1.45") + "; }\n"
                + ".page { " + (pdf ? "" : "max-width: " + (int) (Report.CONTENT_WIDTH + 40) + "px; margin: 0 auto; "
                + "padding: 28px 28px 40px 28px; background: " + Look.WHITE + "; border-left: 1px solid "
                + Look.BORDER + "; border-right: 1px solid " + Look.BORDER + "; ") + "}\n"
                + "h1 { font-size: 26px; margin: 0 0 10px 0; }\n"
                + "h2 { font-size: 20px; margin: 30px 0 10px 0; padding-bottom: 4px; border-bottom: 1px solid "
                + Look.BORDER + "; }\n"
                + "h3 { font-size: 15px; margin: 20px 0 6px 0; page-break-after: avoid; }\n"
                + "h2, p.intro { page-break-after: avoid; }\n"
                + "p { margin: 6px 0; }\n"
                + "a { color: " + Look.ACCENT + "; }\n"
                + ".kicker { color: " + Look.MUTED + "; text-transform: uppercase; letter-spacing: 1px; "
                + "font-size: 11px; margin: 0; }\n"
                + ".note, .intro, .scenario-description, .legend, .total, .footer, .nothing { color: " + Look.MUTED
                + "; }\n"
                + ".note { font-weight: normal; font-size: 90%; }\n"
                + "table { border-collapse: collapse; width: 100%; margin: 8px 0 12px 0; }\n"
                // the PDF renderer repeats a table's header on each page only when told to
                + (pdf ? "table { -fs-table-paginate: paginate; }\n" : "")
                + "thead { display: table-header-group; }\n"
                + "tr { page-break-inside: avoid; }\n"
                + "th, td { border: 1px solid " + Look.BORDER + "; padding: 4px 8px; text-align: left; "
                + "vertical-align: top; }\n"
                + "thead th { background: " + Look.CANVAS + "; }\n"
                + "th.measure { background: " + Look.CANVAS + "; width: 40px; }\n"
                + "td.journey { font-weight: bold; }\n"
                + "td.num, td.estimate { white-space: nowrap; }\n"
                + "td.explanation { width: 45%; }\n"
                + "td.scenarios { width: 14%; }\n"
                + "td.references { width: 18%; }\n"
                + "table.meta { width: auto; margin: 0 0 10px 0; }\n"
                + "table.meta th, table.meta td { border: none; padding: 1px 16px 1px 0; }\n"
                + "table.meta th { color: " + Look.MUTED + "; font-weight: normal; }\n"
                + "ul.contents { margin: 6px 0 0 0; padding-left: 20px; }\n"
                + ".callout { padding: 8px 12px; border-left: 4px solid " + Look.BORDER + "; margin: 10px 0; }\n"
                + ".callout.v-misses { border-left-color: " + Look.MISSES + "; }\n"
                + ".callout.v-assumed { border-left-color: " + Look.ASSUMED_STRIPE + "; }\n"
                + ".callout.v-meets { border-left-color: " + Look.MEETS_STRIPE + "; }\n"
                + ".callout.v-none { background: " + Look.CANVAS + "; }\n"
                + ".callout.lead { font-size: 105%; background: " + Look.CANVAS + "; }\n"
                + ".callout.found { border-left-color: " + Look.MEETS_STRIPE + "; }\n"
                + ".callout.out-of-reach { border-left-color: " + Look.MISSES + "; }\n"
                + ".recommendation { margin-bottom: 18px; }\n"
                + ".keep { page-break-inside: avoid; }\n"
                + "table.options td.option { width: 16%; }\n"
                + "table.options td.cost { width: 16%; }\n"
                + "ul.changes { margin: 0; padding-left: 16px; }\n"
                + "ul.changes ul.settings { margin: 2px 0; padding-left: 14px; color: " + Look.MUTED
                + "; font-size: 90%; }\n"
                + "ul.changes .also { display: block; font-size: 90%; font-style: italic; color: " + Look.MUTED + "; }\n"
                + "ul.changes .also .worse { color: " + Look.MISSES + "; font-style: normal; }\n"
                + "table.out-of-reach td.journey { width: 26%; }\n"
                + "table.out-of-reach td.num { width: 10%; }\n"
                + ".figure { margin: 10px 0; page-break-inside: avoid; }\n"
                + ".frontier { margin-bottom: 18px; }\n"
                + ".callout.on-frontier { border-left-color: " + Look.MEETS_STRIPE + "; }\n"
                + ".callout.dominated { border-left-color: " + Look.ASSUMED_STRIPE + "; }\n"
                + "table.charts { width: auto; margin: 0; }\n"
                + "table.charts td { border: none; padding: 0 8px 0 0; }\n"
                + "table.frontier-points td.point { width: 13%; }\n"
                + "table.frontier-points td.cost { width: 11%; }\n"
                + "table.frontier-points td.met { width: 12%; white-space: nowrap; }\n"
                + "table.frontier-points tr.today td { background: " + Look.CANVAS + "; }\n"
                + "table.frontier-points tr.design-row td { font-style: italic; }\n"
                + ".design-tag { font-weight: bold; }\n"
                + (pdf ? "" : ".figure svg { max-width: 100%; height: auto; }\n")
                + ".scenario { page-break-inside: avoid; }\n"
                + ".component { page-break-inside: avoid; }\n"
                + ".footer { margin-top: 30px; padding-top: 8px; border-top: 1px solid " + Look.BORDER
                + "; font-size: 90%; }\n"
                // the PDF's pages are compact, so that a scenario's chart and table share a page
                + (pdf ? ".new-page { page-break-before: always; }\n"
                // a journey's frontier, its sentence, charts and table, starts a page: it takes about one
                + ".frontier + .frontier { page-break-before: always; }\n"
                + "h2 { margin-top: 16px; } h3 { margin: 12px 0 4px 0; } th, td { padding: 2px 6px; }\n" : "")
                + "@media print { html { background: " + Look.WHITE + "; } .page { border: none; max-width: none; "
                + "padding: 0; } .new-page { page-break-before: always; } }\n"
                + Marks.css();
    }
}
