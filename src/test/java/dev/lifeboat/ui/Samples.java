package dev.lifeboat.ui;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;

/** The sample topologies, opened as documents, for tests. */
public final class Samples {

    public static final Path ORDER_PROCESSOR = Path.of("samples", "order-processor.json");

    private Samples() {
    }

    public static Document orderProcessor() {
        try {
            return new Document(TopologyFiles.load(ORDER_PROCESSOR), ORDER_PROCESSOR);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A designer model over the sample, with a same-thread executor. */
    public static DesignerModel model() {
        return new DesignerModel(UiExecutor.sameThread(), orderProcessor());
    }
}
