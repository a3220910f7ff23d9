package dev.lifeboat.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.DesignerWindow;
import dev.lifeboat.ui.Theme;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.AddDependencyCommand;
import dev.lifeboat.ui.command.Containment;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas in the real window (headless): what it shows and what the model holds agree, a fresh drop
 * names the component, banners never cover the drawing. Given / when / then.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasWindowTest {

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        Topology t = new Topology();
        t.setName("Placement");
        t.move(t.addComponent("web", ComponentKind.SERVICE, "web"), 100, 120);
        t.move(t.addComponent("db", ComponentKind.POSTGRESQL, "db"), 360, 120);
        t.move(t.addComponent("far", ComponentKind.REDIS, "far"), 100, 700);
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        model = new DesignerModel(UiExecutor.sameThread(), new Document(t, null));
        window = new DesignerWindow(model, new Theme(), service,
                Preferences.userRoot().node("dev/lifeboat/canvas-test"));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node("dev/lifeboat/canvas-test").removeNode();
    }

    private Component c(String id) {
        return model.topology().component(id).orElseThrow();
    }

    /** A world point on the screen (cards' layer coordinates are world coordinates). */
    private Point2D screen(double wx, double wy) {
        return window.canvas().cardOf(c("web")).getParent().localToScreen(wx, wy);
    }

    @Test
    void aRegionDroppedOverCardsPlacesThemInOneUndoableStep(FxRobot robot) {
        // given two unplaced cards; when a region is dropped so that it covers both
        assertNull(c("web").place());
        // the palette scrolls when the window is small: bring the Region entry into view first
        robot.interact(() -> robot.lookup("#paletteScroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1.0));
        robot.interact(() -> window.canvas().viewport().reset()); // world and canvas points coincide
        robot.drag("#palette-region").dropTo(screen(60, 80));
        WaitForAsyncUtils.waitForFxEvents();

        // then both are placed in it, as the canvas shows, and the card says so
        Place region = model.topology().places().iterator().next();
        assertEquals(region, c("web").place());
        assertEquals(region, c("db").place());
        assertNull(c("far").place(), "a card outside the region stays unplaced");
        assertEquals("in region-1", window.canvas().cardOf(c("web")).placementLine());
        assertEquals("not placed", window.canvas().cardOf(c("far")).placementLine());

        // and one undo takes back the region and the placements
        assertEquals("Add region region-1", model.document().commands().undoDescriptionProperty().get());
        robot.interact(model::undo);
        assertTrue(model.topology().places().isEmpty());
        assertNull(c("web").place());
        assertEquals("not placed", window.canvas().cardOf(c("web")).placementLine());
    }

    @Test
    void stretchingARegionOverACardPlacesItAndShrinkingItAgainUnplacesIt(FxRobot robot) {
        // given an empty region left of the cards
        robot.interact(() -> model.execute(new dev.lifeboat.ui.command.AddPlaceCommand(PlaceKind.REGION, "eu",
                null, new Bounds(-400, 60, 300, 200))));
        Place region = model.topology().places().iterator().next();
        PlaceContainer box = window.canvas().containerOf(region);
        robot.interact(() -> window.canvas().viewport().reset());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().viewport().panBy(450, 0));

        // when its corner is dragged right, over the web card
        Point2D handle = box.resizeHandle().localToScreen(6, 6);
        robot.drag(handle, MouseButton.PRIMARY).moveBy(100, 10).moveBy(100, 10).moveBy(100, 10)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then the card it now covers is placed in it, in the same step as the resize
        assertTrue(region.bounds().width() > 300, "resized: " + region.bounds());
        assertEquals(region, c("web").place());
        assertTrue(model.document().commands().undoDescriptionProperty().get().startsWith("Resize"));
        robot.interact(model::undo);
        assertNull(c("web").place());
        assertEquals(300, region.bounds().width());
    }

    @Test
    void aZoneDroppedNearTheEdgeOfARegionLiesInsideIt(FxRobot robot) {
        robot.interact(() -> model.execute(new dev.lifeboat.ui.command.AddPlaceCommand(PlaceKind.REGION, "eu",
                null, new Bounds(40, 60, 640, 320))));
        Place region = model.topology().place("eu").orElseThrow();

        // when a zone is dropped near the region's bottom-right corner
        robot.drag("#palette-zone").dropTo(screen(650, 360));
        WaitForAsyncUtils.waitForFxEvents();

        // then it belongs to the region and lies wholly inside it
        Place zone = model.topology().places().stream().filter(p -> p.kind() == PlaceKind.ZONE).findFirst()
                .orElseThrow();
        assertEquals(region, zone.region());
        assertTrue(Containment.inside(zone.bounds(), region.bounds()), zone.bounds() + " in " + region.bounds());
    }

    @Test
    void aFreshDropIsSelectedAndTypingNamesIt(FxRobot robot) {
        double zoom = window.canvas().viewport().zoom();

        robot.drag("#palette-redis").dropTo(screen(700, 120));
        WaitForAsyncUtils.waitForFxEvents();

        Component redis = c("redis-1");
        assertTrue(model.selection().contains(redis));
        Node focused = robot.lookup("#field-name").query().getScene().getFocusOwner();
        assertTrue(focused instanceof TextField f && "field-name".equals(f.getId()), "focus: " + focused);
        TitledPane general = robot.lookup("#propertySheet .titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> p.getText().equals("General")).findFirst().orElseThrow();
        assertTrue(general.isExpanded(), "the inspector opens on General");

        // typing a name with a minus in it names the component; the canvas does not zoom
        robot.write("cache-eu-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cache-eu-1", redis.name());
        assertEquals(zoom, window.canvas().viewport().zoom(), 1e-9);
    }

    @Test
    void theCycleBannerNeverCoversTheDrawing(FxRobot robot) {
        robot.interact(() -> {
            model.execute(new dev.lifeboat.ui.command.AddPlaceCommand(PlaceKind.REGION, "eu", null,
                    new Bounds(40, 60, 640, 320)));
            model.execute(new AddDependencyCommand(c("web"), c("db"), Strength.HARD));
            model.execute(new AddDependencyCommand(c("db"), c("web"), Strength.HARD));
            window.canvas().fit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node banner = robot.lookup("#cycleWarning").query();
        assertTrue(banner.isVisible());
        javafx.geometry.Bounds b = banner.localToScreen(banner.getLayoutBounds());

        for (Node n : new Node[] {window.canvas().cardOf(c("web")), window.canvas().cardOf(c("db")),
                window.canvas().containerOf(model.topology().place("eu").orElseThrow()).title()}) {
            javafx.geometry.Bounds nb = n.localToScreen(n.getLayoutBounds());
            assertFalse(b.intersects(nb), "the banner " + b + " covers " + n + " at " + nb);
        }
    }

    @Test
    void settingThePlacementInTheInspectorMovesTheCardIntoTheContainer(FxRobot robot) {
        robot.interact(() -> model.execute(new dev.lifeboat.ui.command.AddPlaceCommand(PlaceKind.REGION, "eu",
                null, new Bounds(40, 400, 640, 240))));
        Place region = model.topology().place("eu").orElseThrow();

        robot.interact(() -> model.execute(new dev.lifeboat.ui.command.SetPlacementCommand(c("web"), region)));

        ComponentCard card = window.canvas().cardOf(c("web"));
        assertNotNull(card);
        assertTrue(region.bounds().contains(card.centerX(), card.centerY()), "the card is drawn in its region");
        assertEquals("in eu", card.placementLine());
    }
}
