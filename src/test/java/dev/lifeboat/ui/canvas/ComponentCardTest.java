package dev.lifeboat.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ComponentCardTest {

    private ComponentCard card;
    private ComponentCard longer;
    private ComponentCard longest;

    @Start
    void start(Stage stage) {
        Topology t = new Topology();
        Component c = t.addComponent(null, ComponentKind.REDIS, "new-cache");
        card = new ComponentCard(c);
        longer = new ComponentCard(t.addComponent(null, ComponentKind.SERVICE, "identity-provider-eu"));
        longest = new ComponentCard(t.addComponent(null, ComponentKind.POSTGRESQL,
                "app-db (sync standby in the secondary region, read replicas for reporting and search)"));
        stage.setScene(new Scene(new Pane(card, longer, longest), 700, 400));
        stage.show();
    }

    @Test
    void aCardGrowsToFitItsNameThenWrapsItOntoTwoLines() {
        assertEquals(ComponentCard.WIDTH, card.width(), 1e-9, "a short name keeps the narrowest card");
        assertEquals("identity-provider-eu", longer.nameText(), "a longer name is shown whole");
        assertEquals(1, longer.nameLines().size());
        assertTrue(longer.width() > ComponentCard.WIDTH && longer.width() <= ComponentCard.MAX_WIDTH);

        assertEquals(2, longest.nameLines().size(), longest.nameLines().toString());
        assertTrue(longest.nameLines().get(0).startsWith("app-db (sync"), longest.nameLines().toString());
        assertTrue(longest.nameLines().get(1).startsWith("standby"), "broken between words: "
                + longest.nameLines());
        assertTrue(longest.width() > ComponentCard.MAX_WIDTH - 30 && longest.width() <= ComponentCard.MAX_WIDTH);
        assertTrue(longest.height() > ComponentCard.HEIGHT, "one line taller");
        assertTrue(longest.nameText().endsWith("\u2026"), "what still does not fit is cut: " + longest.nameText());
    }

    @Test
    void everyCardShowsWhereItIsPlaced() {
        assertEquals("not placed", card.placementLine());
    }

    @Test
    void aSelectedCardOutsideTheJourneyIsNotFaded(FxRobot robot) {
        robot.interact(() -> card.show(new CardState("0s", "1m", 1, CardState.Verdict.NONE, true, false, false,
                List.of(), "why")));
        assertTrue(card.faded());
        assertEquals(0.35, card.getOpacity(), 1e-9);

        robot.interact(() -> card.setSelected(true));

        assertFalse(card.faded(), "a card the user just dropped and selected must not look disabled");
        assertEquals(1.0, card.getOpacity(), 1e-9);
        robot.interact(() -> card.setSelected(false));
        assertTrue(card.faded());
    }
}
