package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What every section of a report is written from: the export's request (the design, its analysis, the
 * scenarios and the journey asked for, the file it came from), when the report was made and by which
 * Lifeboat, and the medium it is laid out for. A section that needs more (the variants of a design and
 * their costs) gets it here, beside the request, so that sections keep one signature.
 *
 * @param request   the design and its analysis
 * @param generated when the report was made, with the zone it is shown in
 * @param version   Lifeboat's version
 * @param medium    a browser or the PDF renderer
 */
public record Report(ExportRequest request, ZonedDateTime generated, String version, Medium medium) {

    /** What the report's HTML is laid out for. */
    public enum Medium {
        /** A browser: the page as wide as the window, up to a readable width. */
        SCREEN,
        /** The PDF renderer (openhtmltopdf): A4 landscape pages, the bundled font. */
        PDF
    }

    /** The width, in CSS pixels, a drawing may take: the page's text width. */
    static final double CONTENT_WIDTH = 1000;

    public Report {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(medium, "medium");
    }

    public Topology topology() {
        return request.topology();
    }

    public Analysis analysis() {
        return request.analysis();
    }

    public List<Scenario> scenarios() {
        return request.scenarios();
    }

    /** The journeys the report is about: the one asked for, or all of the design's. */
    public List<Journey> journeys() {
        return request.journey() == null ? List.copyOf(topology().journeys()) : List.of(request.journey());
    }

    /** A duration as the report shows it: {@code 1h30m}, {@code unbounded}, and {@code ~} when assumed. */
    static String duration(TimeBound t, boolean assumed) {
        return (assumed ? "~" : "") + t;
    }

    /** An objective, or a dash when none is set. */
    static String objective(TimeBound t) {
        return t == null ? "\u2013" : t.toString();
    }
}
