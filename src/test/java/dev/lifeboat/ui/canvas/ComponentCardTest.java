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

    @Start
    void start(Stage stage) {
        Component c = new Topology().addComponent(null, ComponentKind.REDIS, "new-cache");
        card = new ComponentCard(c);
        stage.setScene(new Scene(new Pane(card), 300, 200));
        stage.show();
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
