package dev.lifeboat.io.export.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.lifeboat.io.Version;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report as a PDF, for a decision record: the same page as {@link ReportHtmlExporter}, laid out on A4
 * landscape pages by openhtmltopdf (PDFBox) from the jar alone, no browser needed; its SVG drawings are drawn
 * by openhtmltopdf's Batik support, and its text is set in DejaVu Sans, bundled, so that the symbols (✔ ✖ ⚠)
 * and any name's letters print without depending on the machine's fonts.
 */
public final class ReportPdfExporter implements Exporter {

    private static final String FONTS = "/dev/lifeboat/io/export/report/fonts/";

    /**
     * PDFBox warns, through java.util.logging, that it draws the standard PDF fonts (which openhtmltopdf
     * registers, and the report never uses) with its bundled Liberation Sans; kept here so that the level holds.
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        // openhtmltopdf logs every page it lays out through java.util.logging; the export reports its own errors
        XRLog.setLoggingEnabled(false);
        PDFBOX_FONTS.setLevel(Level.SEVERE);
    }

    private final Clock clock;

    public ReportPdfExporter() {
        this(Clock.systemDefaultZone());
    }

    /** An exporter that dates its reports by {@code clock}. */
    public ReportPdfExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "report-pdf";
    }

    @Override
    public String description() {
        return "the same report as a PDF (A4 landscape), for a decision record";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the report");
        String html = HtmlReport.write(new Report(request, ZonedDateTime.now(clock), Version.current(),
                Report.Medium.PDF));
        progress.update(0.2, "laying out the pages");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        render(html, pdf);
        progress.update(0.9, "saving the PDF");
        OutputStream out = sink.openStream(null);
        pdf.writeTo(out);
        out.flush();
        progress.update(1, "done");
    }

    /** Lays out the report's XHTML as PDF pages. */
    static void render(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Lifeboat " + Version.current());
        builder.useFont(() -> font("DejaVuSans.ttf"), HtmlReport.PDF_FONT, 400, BaseRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), HtmlReport.PDF_FONT, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        // no script, and nothing loaded from outside: a report's drawings are all inline
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = ReportPdfExporter.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("the report's font " + name + " is missing from the build");
        }
        return in;
    }
}
