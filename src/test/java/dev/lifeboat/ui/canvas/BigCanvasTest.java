package dev.lifeboat.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.SyntheticTopology;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.ui.DesignerWindow;
import dev.lifeboat.ui.Theme;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.MoveCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
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

/**
 * A big drawing in the real window (headless): what it costs to show is what can be seen. Cards zoomed out beyond
 * reading are drawn without their inside, a new document's nodes enter the scene already decorated, and a card or
 * arrow is redrawn once per frame however much moved. Counts, never times.
 */
@ExtendWith(ApplicationExtension.class)
class BigCanvasTest {

    @TempDir
    static Path home;

    private DesignerModel model;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        model = new DesignerModel(UiExecutor.sameThread(), new Document(SyntheticTopology.generate(400, 8, 42), null));
        window = new DesignerWindow(model, new Theme(), new DocumentService(UiExecutor.sameThread(), home),
                Preferences.userRoot().node("dev/lifeboat/big-canvas-test"));
        window.show(stage);
    }

    @AfterEach
    void discard() throws Exception {
        Preferences.userRoot().node("dev/lifeboat/big-canvas-test").removeNode();
    }

    private CanvasView canvas() {
        return window.canvas();
    }

    @Test
    void cardsZoomedOutBeyondReadingAreTheirOutlineAndColoursOnly(FxRobot robot) {
        // given 400 components fitted to the window
        robot.interact(() -> canvas().fit());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas().viewport().zoom() < CanvasView.INSIDE_ZOOM, "zoom " + canvas().viewport().zoom());

        // then no card has a node inside it, and each still says what it shows
        for (Component c : model.topology().components()) {
            ComponentCard card = canvas().cardOf(c);
            assertFalse(canvas().drawsInside(c), c.id());
            assertTrue(card.getChildrenUnmodifiable().isEmpty(), c.id() + " has nodes inside");
            assertTrue(card.metricsText().startsWith("RPO "), card.metricsText());
            assertFalse(card.placementLine().isEmpty());
            assertTrue(card.getStyleClass().stream().anyMatch(s -> s.startsWith("verdict-")), "its colour");
        }
    }

    @Test
    void zoomedInTheCardsInViewAndNearItAreDrawnWholeTheOthersAreNot(FxRobot robot) {
        // when the view shows the top-left corner at 100%
        robot.interact(() -> canvas().viewport().reset());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds area = canvas().drawingArea();
        Bounds view = canvas().viewport().visible(area.getWidth(), area.getHeight());

        int whole = 0;
        for (Component c : model.topology().components()) {
            ComponentCard card = canvas().cardOf(c);
            boolean inView = card.getLayoutX() < view.getMaxX() && card.getLayoutY() < view.getMaxY();
            boolean far = card.getLayoutX() > view.getMaxX() + view.getWidth()
                    || card.getLayoutY() > view.getMaxY() + view.getHeight();
            if (inView) {
                // then a card in view is drawn whole, its texts the ones it says it shows
                assertTrue(canvas().drawsInside(c), c.id() + " is in view");
                List<String> texts = card.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                        .filter(Node::isVisible).map(n -> ((Text) n).getText()).toList();
                assertTrue(texts.contains(card.metricsText()), texts + " shows " + card.metricsText());
                assertTrue(texts.contains(card.nameLines().get(0)), texts.toString());
                whole++;
            }
            if (far) {
                assertFalse(canvas().drawsInside(c), c.id() + " is far out of view");
            }
        }
        assertTrue(whole > 0 && whole < model.topology().size() / 2, whole + " cards drawn whole");

        // and zoomed out again, the cards drawn whole hide their inside
        robot.interact(() -> canvas().fit());
        WaitForAsyncUtils.waitForFxEvents();
        for (Component c : model.topology().components()) {
            assertFalse(canvas().drawsInside(c), c.id());
            assertTrue(canvas().cardOf(c).getChildrenUnmodifiable().stream().noneMatch(Node::isVisible), c.id());
        }
    }

    @Test
    void aNewDocumentsCardsEnterTheSceneDecoratedAsTheyStay(FxRobot robot) {
        // given the layer the cards are drawn in, watched
        Parent layer = canvas().cardOf(model.topology().components().iterator().next()).getParent();
        Map<Node, List<String>> classesWhenAdded = new IdentityHashMap<>();
        layer.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(n -> classesWhenAdded.put(n, List.copyOf(n.getStyleClass())));
            }
        });

        // when another document opens (the designer selects its first journey as it does)
        robot.interact(() -> model.open(new Document(SyntheticTopology.generate(200, 4, 7), null)));
        WaitForAsyncUtils.waitForFxEvents();

        // then every card came in with the style classes it has now: nothing was restyled after it entered
        assertEquals(200, classesWhenAdded.size());
        assertTrue(model.journey() != null, "the opening selected a journey");
        List<String> restyled = new ArrayList<>();
        classesWhenAdded.forEach((n, classes) -> {
            if (!classes.equals(n.getStyleClass())) {
                restyled.add(classes + " -> " + n.getStyleClass());
            }
        });
        assertEquals(List.of(), restyled);
    }

    @Test
    void movingEveryCardRedrawsEachArrowOnceBeforeTheNextFrame(FxRobot robot) {
        // given every arrow drawn
        WaitForAsyncUtils.waitForFxEvents();
        Map<Dependency, Integer> before = new IdentityHashMap<>();
        for (Dependency d : model.topology().dependencies()) {
            before.put(d, canvas().arrowOf(d).redraws());
        }
        Dependency first = model.topology().dependencies().iterator().next();
        boolean[] staleBeforeTheFrame = new boolean[1];

        // when one command moves every card (both ends of every arrow, x then y)
        robot.interact(() -> {
            MoveCommand move = new MoveCommand("Move");
            for (Component c : model.topology().components()) {
                move.move(c, c.x() + 37, c.y() + 11, c.place());
            }
            model.execute(move);
            staleBeforeTheFrame[0] = canvas().arrowOf(first).stale();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then each arrow was redrawn once, and follows its cards
        assertTrue(staleBeforeTheFrame[0], "redrawn with the frame, not with each coordinate");
        for (Dependency d : model.topology().dependencies()) {
            DependencyArrow a = canvas().arrowOf(d);
            assertEquals(before.get(d) + 1, a.redraws(), d.source().id() + " -> " + d.target().id());
            assertFalse(a.stale());
            ComponentCard target = canvas().cardOf(d.target());
            double[] p = a.points();
            javafx.geometry.Point2D tip = target.border(canvas().cardOf(d.source()).centerX(),
                    canvas().cardOf(d.source()).centerY());
            assertEquals(tip.getX(), a.head().getPoints().get(0), 1e-6);
            assertEquals(tip.getY(), a.head().getPoints().get(1), 1e-6);
            assertTrue(p.length >= 4);
        }
    }
}
