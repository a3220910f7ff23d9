package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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

    @Test
    void theLegendExplainsColoursAndWavesAndStaysHiddenOnceHidden(FxRobot robot) {
        // given a first run: the legend shows under the canvas
        Node legend = robot.lookup("#legend").query();
        assertTrue(legend.isVisible());
        for (String entry : List.of("misses", "assumed", "meets", "wave", "soft", "critical", "cycle")) {
            Node item = robot.lookup("#legend-" + entry).query();
            assertTrue(item.isVisible() && item.getLayoutBounds().getWidth() > 0, entry);
        }
        String words = robot.lookup("#legend .label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining(" | "));
        assertTrue(words.contains("recovery wave") && words.contains("\u2716") && words.contains("\u26A0"), words);

        // when it is turned off in View ▸ Legend, then it hides and the choice is remembered
        CheckMenuItem item = (CheckMenuItem) menuItem(robot, "legendItem");
        robot.interact(() -> item.setSelected(false));
        assertFalse(legend.isVisible());
        assertFalse(Preferences.userRoot().node(NODE).getBoolean("showLegend", true));
    }

    @Test
    void helpListsEveryMenuShortcutAndTheMouseGestures(FxRobot robot) {
        // when Help ▸ Keyboard and mouse is opened
        robot.interact(() -> menuItem(robot, "keyboardHelpItem").fire());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<KeyboardHelp.Entry> page = robot.lookup("#keyboardHelp").queryAs(TableView.class);
        List<String> keys = page.getItems().stream().map(KeyboardHelp.Entry::keys).toList();

        // then every shortcut of the menus is on it, with the keys the window handles and the gestures
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> accelerators = new ArrayList<>();
        bar.getMenus().forEach(m -> accelerators(m, accelerators));
        assertTrue(accelerators.size() >= 12, accelerators.toString());
        for (String a : accelerators) {
            assertTrue(keys.contains(a), a + " missing from " + keys);
        }
        for (String k : List.of("Ctrl+Y", "\u2212", "Alt+drag from a card", "Mouse wheel", "Right or middle drag",
                "Drag on empty canvas", "Double-click in the palette")) {
            assertTrue(keys.contains(k), k + " missing from " + keys);
        }
        robot.interact(() -> page.getScene().getWindow().hide());
    }

    private static void accelerators(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                accelerators(sub, out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getAccelerator().getDisplayText());
            }
        }
    }
}
