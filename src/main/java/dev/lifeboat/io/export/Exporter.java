package dev.lifeboat.io.export;

import java.io.IOException;

/**
 * One way out of Lifeboat: a format that writes a topology and its analysis somewhere (the analysis as
 * JSON, a text report, configuration files...). Exporters are found with {@link java.util.ServiceLoader}
 * (see {@link Exporters}), so that adding a format is one class and one line in
 * {@code META-INF/services/dev.lifeboat.io.export.Exporter}, and an exporter that needs JavaFX can live in
 * the designer's packages without the command line knowing it.
 */
public interface Exporter {

    /** The id users type ({@code --format ID}), lower case, e.g. {@code json}. */
    String id();

    /** One line that says what the export holds, for {@code export --list} and File ▸ Export. */
    String description();

    /** Whether it writes one file (with {@link #extension()}) or a folder of files. */
    Shape shape();

    /** The file name extension of a one-file export, without the dot ({@code json}); "" for a folder. */
    String extension();

    /**
     * Whether the one file is binary (a picture), written through {@link ExportSink#openStream} rather than as
     * text; a binary export is never previewed as text nor written to a terminal.
     */
    default boolean binary() {
        return false;
    }

    /** Whether the export is text a person can read in a preview before saving. */
    default boolean previewable() {
        return shape() == Shape.FILE && !binary();
    }

    /**
     * Writes the export. A one-file export writes to {@code sink.open(null)} (a binary one to
     * {@code sink.openStream(null)}); a folder export opens one writer per file name. What the format could
     * not hold is told to {@link ExportSink#note}, one sentence each. Long exports report their progress;
     * they check nothing else about the sink.
     */
    void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException;

    /** What an export writes. */
    enum Shape {
        /** One file, or standard output. */
        FILE,
        /** A folder of files. */
        FOLDER
    }
}
