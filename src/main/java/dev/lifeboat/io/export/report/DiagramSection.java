package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.diagram.SvgExporter;
import java.util.Locale;

/**
 * The topology as on the designer's canvas, with its regions and zones: the {@code svg} export's drawing,
 * inline, scaled to the page's width. Its cards show the numbers of node loss (or of the one scenario asked
 * for), as the {@code svg} export does.
 */
final class DiagramSection implements ReportSection {

    /**
     * The height, in CSS pixels, the drawing may take on a PDF page: the A4 landscape page's text height (184 mm,
     * about 695 px) less the section's heading and introduction.
     */
    static final double PDF_MAX_HEIGHT = 580;

    @Override
    public String id() {
        return "topology";
    }

    @Override
    public String title() {
        return "Topology";
    }

    @Override
    public void write(Report report, Html h) {
        Scenario shown = SvgExporter.scenarioShown(report.request());
        h.open("p", "intro").text("The components at their places (regions dashed, zones inside them), each "
                + "dependency as an arrow from the dependent to what it needs (solid: hard, dashed: soft). Each card "
                + "shows its own RPO and RTO under " + shown.label().toLowerCase(Locale.ROOT)
                + " and its recovery wave.").close("p").nl();
        // on a PDF page the drawing fits below the heading, else it would go to a page of its own
        double maxHeight = report.medium() == Report.Medium.PDF ? PDF_MAX_HEIGHT : Double.POSITIVE_INFINITY;
        h.open("div", "figure diagram").markup(SvgExporter.inline(report.request(), Report.CONTENT_WIDTH, maxHeight))
                .close("div").nl();
    }
}
