package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window remembers between runs, and the document's own name. */
@ExtendWith(ApplicationExtension.class)
class WindowSettingsTest {

    private static final String NODE = "dev/lifeboat/ui-settings-test";

    @TempDir
    static Path home;

    private DesignerModel model;
    private Theme theme;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // given a previous run that chose the dark theme
        Preferences prefs = Preferences.userRoot().node(NODE);
        prefs.putBoolean("darkTheme", true);
        model = new DesignerModel(UiExecutor.sameThread(), new Document(new Topology(), null));
        theme = new Theme();
        DesignerWindow window = new DesignerWindow(model, theme, new DocumentService(UiExecutor.sameThread(), home),
                prefs);
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> theme.darkProperty().set(false));
        Preferences.userRoot().node(NODE).removeNode();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void theThemeChosenLastTimeComesBack(FxRobot robot) {
        // then the window opens dark
        assertTrue(theme.darkProperty().get());
        assertTrue(robot.lookup("#root").query().getStyleClass().contains("dark"));

        // and choosing light is remembered for the next run
        robot.interact(() -> theme.darkProperty().set(false));
        assertFalse(Preferences.userRoot().node(NODE).getBoolean("darkTheme", true));
        assertFalse(robot.lookup("#root").query().getStyleClass().contains("dark"));
    }

    @Test
    void theDocumentIsRenamedFromFilePropertiesAsOneUndoableEdit(FxRobot robot) {
        String untitled = model.topology().name();
        assertEquals(untitled + " \u2014 Lifeboat", stage.getTitle());

        // when File ▸ Document properties is used to name the system
        robot.interact(() -> menuItem(robot, "documentPropertiesItem").fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#documentNameField").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("Payments platform");
        robot.clickOn(robot.lookup("#documentPropertiesDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        // then the document and the title carry the name, and undo gives the old one back
        assertEquals("Payments platform", model.topology().name());
        assertEquals("Payments platform* \u2014 Lifeboat", stage.getTitle());
        assertEquals("Rename the document to Payments platform",
                model.document().commands().undoDescriptionProperty().get());
        robot.interact(model::undo);
        assertEquals(untitled, model.topology().name());
        assertEquals(untitled + " \u2014 Lifeboat", stage.getTitle());
    }
}
