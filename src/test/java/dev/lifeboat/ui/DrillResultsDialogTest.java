package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.drill.DrillResults;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import drill results in the real window, headless: the table of drills, or the one-line reason. */
@ExtendWith(ApplicationExtension.class)
class DrillResultsDialogTest {

    @TempDir
    static Path home;

    @TempDir
    Path dir;

    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        DesignerModel model = new DesignerModel(UiExecutor.sameThread(),
                new Document(TopologyFiles.load(Path.of("samples/order-processor.json")), null));
        window = new DesignerWindow(model, new Theme(), service, Preferences.userRoot().node("dev/lifeboat/ui-drill"));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node("dev/lifeboat/ui-drill").removeNode();
    }

    private Path write(String body) throws Exception {
        return Files.writeString(dir.resolve("results.csv"), String.join(",", DrillResults.COLUMNS) + "\r\n" + body);
    }

    @Test
    void theFileMenuOffersTheImport(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertTrue(bar.getMenus().get(0).getItems().stream().map(MenuItem::getId)
                .anyMatch("importDrillResultsItem"::equals));
    }

    @Test
    void importedResultsShowInATableWithTheSummary(FxRobot robot) throws Exception {
        Path results = write("place-order,node-loss,orders-db,kill-node,2026-12-01T10:00:00Z,2026-12-01T11:00:00Z,"
                + "2,\r\nplace-order,node-loss,order-cache,kill-node,,,,\r\n");

        robot.interact(() -> window.files().importDrillResults(results));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#drillTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertTrue(robot.lookup("#drillTable .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && "1h".equals(l.getText())),
                "the measured hour is shown");
        String summary = robot.lookup("#drillMessage").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("2 drills, 1 run"), summary);
    }

    @Test
    void aRefusedFileShowsTheOneLineReason(FxRobot robot) throws Exception {
        Path results = write("place-order,node-loss,orders-db,kill-node,2026-12-01T10:00:00Z,yesterday,,\r\n");

        robot.interact(() -> window.files().importDrillResults(results));
        WaitForAsyncUtils.waitForFxEvents();

        String message = robot.lookup("#drillMessage").queryAs(Label.class).getText();
        assertTrue(message.endsWith("results.csv: row 2, column recovered_at: \"yesterday\" is not an ISO 8601 time "
                + "(e.g. 2026-12-01T10:15:00Z)"), message);
        assertTrue(robot.lookup("#drillTable").queryAs(TableView.class).getItems().isEmpty());
    }
}
