package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Dimension2D;
import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void aProjectorGetsTheWholeScreenAndALargeMonitorMostOfIt() {
        assertEquals(new Dimension2D(1280, 770), DesignerWindow.initialSize(1280, 770), "a projector, minus a panel");
        assertEquals(new Dimension2D(1440, 900), DesignerWindow.initialSize(1600, 1000));
        assertEquals(new Dimension2D(2304, 1296), DesignerWindow.initialSize(2560, 1440));
    }
}
