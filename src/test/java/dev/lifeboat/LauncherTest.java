package dev.lifeboat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentOpensTheDesignerWithTheSample() {
        assertArrayEquals(new String[0], Launcher.designerArguments(new String[0]).orElseThrow());
    }

    @Test
    void openFileOpensTheDesignerOnThatFile() {
        assertArrayEquals(new String[] {"my.json"},
                Launcher.designerArguments(new String[] {"open", "my.json"}).orElseThrow());
    }

    @Test
    void everythingElseIsTheCommandLine() {
        assertTrue(Launcher.designerArguments(new String[] {"analyze", "my.json"}).isEmpty());
        assertTrue(Launcher.designerArguments(new String[] {"open"}).isEmpty());
        assertTrue(Launcher.designerArguments(new String[] {"--help"}).isEmpty());
    }
}
