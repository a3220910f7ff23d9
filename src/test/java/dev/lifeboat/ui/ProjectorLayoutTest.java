package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sample in a 1280×800 window, as on a projector: nothing the architect reads is cut or tiny. */
@ExtendWith(ApplicationExtension.class)
class ProjectorLayoutTest {

    @TempDir
    static Path home;

    private DesignerWindow window;
    private DesignerModel model;

    @Start
    void start(Stage stage) {
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        model = new DesignerModel(UiExecutor.sameThread(), Samples.orderProcessor());
        window = new DesignerWindow(model, new Theme(), service,
                Preferences.userRoot().node("dev/lifeboat/ui-projector-test"));
        window.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node("dev/lifeboat/ui-projector-test").removeNode();
    }

    /** The labelled texts under a node that are shown cut (with an ellipsis) instead of whole. */
    private static List<String> cutTexts(Node root) {
        List<String> cut = new ArrayList<>();
        collectCut(root, cut);
        return cut;
    }

    private static void collectCut(Node n, List<String> cut) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && !(n instanceof TitledPane) && l.getText() != null && !l.getText().isBlank()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !t.getText().replace('\n', ' ').equals(l.getText())) {
                    cut.add(l.getText() + " shown as " + t.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    @Test
    void inspectorLabelsAndValuesAreShownWhole(FxRobot robot) {
        // given the journey "Place order" in the inspector: its entries combo shows the entry's name whole
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cutTexts(robot.lookup("#propertySheet").query()));

        // when a database is selected, every section's setting labels read whole too
        robot.clickOn(window.canvas().cardOf("orders-db"));
        for (TitledPane pane : robot.lookup("#propertySheet .titled-pane").queryAllAs(TitledPane.class)) {
            robot.interact(() -> {
                pane.setAnimated(false);
                pane.setExpanded(true);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), cutTexts(pane.getContent()), pane.getText());
        }
    }

    /** The samples in Lifeboat's own format (not the service-config import sample). */
    private static List<Path> nativeSamples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".json") && !f.endsWith(".services.json"))
                    .sorted().map(Path::of).toList();
        }
    }

    @Test
    void everyNativeSampleFitsAtAReadableZoom(FxRobot robot) throws Exception {
        // given each sample Lifeboat ships in its own format, opened in the 1280×800 window
        List<String> checked = new ArrayList<>();
        List<String> tooSmall = new ArrayList<>();
        for (Path file : nativeSamples()) {
            Document sample = new Document(TopologyFiles.load(file), file);
            robot.interact(() -> {
                model.open(sample);
                window.canvas().fit();
            });
            // then the whole topology shows with card text at 80% or more
            double zoom = window.canvas().viewport().zoom();
            checked.add(file.getFileName().toString());
            if (zoom < 0.8) {
                tooSmall.add(file.getFileName() + " at " + Math.round(zoom * 100) + "%");
            }
        }
        assertEquals(List.of("multi-region-saas.json", "order-processor.json", "payments-ledger.json"), checked);
        assertEquals(List.of(), tooSmall, "card text too small for a projector");
    }
}
