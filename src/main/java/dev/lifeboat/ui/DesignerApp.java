package dev.lifeboat.ui;

import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.ui.base.FxExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Starts the designer window. {@link #start(String[])} is what {@code dev.lifeboat.Launcher} calls when
 * Lifeboat runs without arguments; it opens {@code samples/order-processor.json} so that a newcomer sees
 * a real topology at once.
 */
public final class DesignerApp {

    private static final Logger LOG = Logger.getLogger(DesignerApp.class.getName());
    static final Path SAMPLE = Path.of("samples", "order-processor.json");

    private DesignerApp() {
    }

    public static void start(String[] args) {
        Application.launch(FxApp.class, args);
    }

    /** Where the autosave recovery file lives: {@code -Dlifeboat.home}, else ~/.lifeboat. */
    static Path home() {
        String h = System.getProperty("lifeboat.home");
        return h != null ? Path.of(h) : Path.of(System.getProperty("user.home"), ".lifeboat");
    }

    /**
     * The sample from the working directory, else the copy on the class path, else an empty document. The
     * sample opens as an unsaved copy: Save asks where to write, so the shipped sample is never overwritten.
     */
    static Document initialDocument(DocumentService service) {
        try {
            if (Files.isRegularFile(SAMPLE)) {
                return new Document(TopologyFiles.load(SAMPLE), null);
            }
            try (InputStream in = DesignerApp.class.getResourceAsStream("samples/order-processor.json")) {
                if (in != null) {
                    return new Document(TopologyFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            null), null);
                }
            }
        } catch (LoadException | IOException e) {
            LOG.log(Level.WARNING, "cannot open the sample: " + e.getMessage());
        }
        return service.create();
    }

    /** The JavaFX application. */
    public static final class FxApp extends Application {

        private FxExecutor executor;

        @Override
        public void start(Stage stage) {
            executor = new FxExecutor();
            Theme theme = new Theme();
            DocumentService service = new DocumentService(executor, home());
            DesignerModel model = new DesignerModel(executor, initialDocument(service));
            DesignerWindow window = new DesignerWindow(model, theme, service,
                    Preferences.userNodeForPackage(DesignerApp.class));
            window.setLinkOpener(getHostServices()::showDocument);
            window.show(stage);
            window.offerRestore();
            // java -jar lifeboat.jar open FILE: the file replaces the sample (or a dialog says why it cannot)
            for (String file : getParameters().getRaw()) {
                window.files().openPath(Path.of(file));
            }
        }

        @Override
        public void stop() {
            if (executor != null) {
                executor.shutdown();
            }
        }
    }
}
