package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Printable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON reader's own limits are reported in Lifeboat's words, with the line and column. */
class JsonLimitsTest {

    private static final Path FILE = Path.of("deep.json");

    private static LoadException refused(String json) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(json, FILE));
        assertTrue(e.getMessage().startsWith("deep.json: line "), e.getMessage());
        assertTrue(!e.getMessage().contains("StreamReadConstraints") && !e.getMessage().contains("REDACTED"),
                e.getMessage());
        return e;
    }

    @Test
    void nestingDeeperThanAThousandLevels() {
        LoadException e = refused("[".repeat(1001) + "]".repeat(1001));
        assertEquals("line 1, column 1001", e.location());
        assertEquals("nested deeper than 1,000 levels", e.reason());
    }

    @Test
    void nestingOnALaterLine() {
        LoadException e = refused("{\n\"a\": " + "{\"b\": ".repeat(1000) + "1" + "}".repeat(1001));
        assertTrue(e.location().startsWith("line 2, column "), e.location());
        assertEquals("nested deeper than 1,000 levels", e.reason());
    }

    @Test
    void aKeyLongerThanFiftyThousandCharacters() {
        LoadException e = refused("{\n  \"" + "k".repeat(50_001) + "\": 1}");
        assertTrue(e.location().startsWith("line 2, column "), e.location());
        assertEquals("a key longer than 50,000 characters", e.reason());
    }

    @Test
    void aNumberLongerThanAThousandDigits() {
        LoadException e = refused("{\"service_name\": \"s\", \"instances\": " + "9".repeat(1001) + "}");
        assertTrue(e.location().startsWith("line 1, column "), e.location());
        assertEquals("a number longer than 1,000 digits", e.reason());
    }

    @Test
    void aStringLongerThanTheLimit() {
        LoadException e = refused("{\"service_name\": \"" + "s".repeat(Json.MAX_STRING_LENGTH + 1) + "\"}");
        assertTrue(e.location().startsWith("line 1, column "), e.location());
        assertEquals("a string longer than 1,000,000 characters", e.reason());
    }

    @Test
    void otherParserMessagesAreOneSafeLine() {
        LoadException e = refused("{\"a\": tru\u0001\u202Ee}");
        assertTrue(e.getMessage().chars().noneMatch(Printable::isUnsafe), e.getMessage());
        e = refused("{\"a\": " + "x".repeat(5000) + "}");
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }
}
