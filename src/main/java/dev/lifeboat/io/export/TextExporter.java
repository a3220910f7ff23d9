package dev.lifeboat.io.export;

import dev.lifeboat.io.TextReport;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The analysis as readable tables with every explanation (as {@code analyze --explain}): the journeys
 * against their objectives, each component's numbers and why, and the recovery order, per scenario.
 */
public final class TextExporter implements Exporter {

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "the analysis as readable tables with the explanations (as analyze --explain)";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the report");
        PrintWriter out = new PrintWriter(sink.open(null));
        new TextReport(out, request.topology(), request.analysis()).print(request.source(), request.scenarios(),
                true);
        out.flush();
        if (out.checkError()) {
            throw new IOException("the report could not be written");
        }
        progress.update(1, "done");
    }
}
