package dev.lifeboat.ui.canvas.gesture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lifeboat.ui.canvas.gesture.GestureDispatcher.Kind;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** One place decides which gesture owns a press, from what it hit. */
class GestureDispatcherTest {

    private static Kind primary(Hit.Part part) {
        return GestureDispatcher.choose(new Hit(part, null), MouseButton.PRIMARY, false);
    }

    @Test
    void aPressGoesToTheGestureOfWhatItHit() {
        assertEquals(Kind.CONNECT, primary(Hit.Part.CONNECTOR));
        assertEquals(Kind.MOVE, primary(Hit.Part.CARD));
        assertEquals(Kind.PLACE, primary(Hit.Part.PLACE_TITLE));
        assertEquals(Kind.PLACE, primary(Hit.Part.PLACE_HANDLE));
        assertEquals(Kind.MARQUEE, primary(Hit.Part.PLACE_BODY));
        assertEquals(Kind.MARQUEE, primary(Hit.Part.ARROW));
        assertEquals(Kind.MARQUEE, primary(Hit.Part.BACKGROUND));
    }

    @Test
    void altOnACardConnectsAndTheOtherButtonsPan() {
        assertEquals(Kind.CONNECT, GestureDispatcher.choose(new Hit(Hit.Part.CARD, null), MouseButton.PRIMARY, true));
        assertEquals(Kind.PAN, GestureDispatcher.choose(new Hit(Hit.Part.CARD, null), MouseButton.SECONDARY, false));
        assertEquals(Kind.PAN, GestureDispatcher.choose(Hit.BACKGROUND, MouseButton.MIDDLE, false));
        assertNull(GestureDispatcher.choose(Hit.BACKGROUND, MouseButton.BACK, false));
    }
}
