package dev.lifeboat.io.export;

import dev.lifeboat.io.AnalysisJson;
import java.io.IOException;

/** The analysis as JSON: the stable contract of {@code analyze --format json} (see the README). */
public final class JsonExporter implements Exporter {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "the analysis as JSON, the stable contract other tools read (as analyze --format json)";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the analysis as JSON");
        AnalysisJson.write(request.topology(), request.analysis(), request.scenarios(), sink.open(null));
        progress.update(1, "done");
    }
}
