package dev.lifeboat.io.export.report;

import dev.lifeboat.io.Version;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The report as one self-contained HTML file (see {@link HtmlReport}): it opens in any browser without a
 * network, and prints as the PDF export does.
 */
public final class ReportHtmlExporter implements Exporter {

    private final Clock clock;

    public ReportHtmlExporter() {
        this(Clock.systemDefaultZone());
    }

    /** An exporter that dates its reports by {@code clock}. */
    public ReportHtmlExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "report-html";
    }

    @Override
    public String description() {
        return "the report as one HTML page: summary, variants, recommendations, the cost/RPO/RTO frontier, diagram, "
                + "recovery timelines, explanations, assumptions";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the report");
        String html = HtmlReport.write(new Report(request, ZonedDateTime.now(clock), Version.current(),
                Report.Medium.SCREEN));
        progress.update(0.9, "saving the report");
        Writer out = sink.open(null);
        out.write(html);
        out.flush();
        progress.update(1, "done");
    }
}
