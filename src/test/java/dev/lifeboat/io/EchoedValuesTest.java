package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Printable;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a reader's message echoes a value from the file, the value is escaped and cut (found by
 * {@link ReaderPropertyTest}): a message stays one short, safe line whatever the file holds.
 */
class EchoedValuesTest {

    private static final Path FILE = Path.of("echo.json");
    private static final String FORGED = "a\\r\\nOK      0 objectives missed\\u001B[2J\\u202E";

    static String nativeDoc(String body) {
        return "{\"format\": \"lifeboat\", \"version\": 1, " + body + "}";
    }

    static Stream<Arguments> echoes() {
        String twoComponents = "\"components\": [{\"id\": \"a\", \"kind\": \"service\"}, {\"id\": \"b\", \"kind\": "
                + "\"service\"}]";
        return Stream.of(
                Arguments.of("a huge string where a number belongs", nativeDoc("\"components\": [{\"id\": \"a\", "
                        + "\"kind\": \"service\", \"y\": \"" + "9".repeat(20_000) + "\"}]"), "$.components[0].y"),
                Arguments.of("a forged line where a number belongs", nativeDoc("\"components\": [{\"id\": \"a\", "
                        + "\"kind\": \"service\", \"y\": \"" + FORGED + "\"}]"), "$.components[0].y"),
                Arguments.of("a forged line where an object belongs", nativeDoc("\"places\": [{\"id\": \"r\", "
                        + "\"kind\": \"region\", \"bounds\": \"" + FORGED + "\"}]"), "$.places[0].bounds"),
                Arguments.of("a forged place kind", nativeDoc("\"places\": [{\"id\": \"r\", \"kind\": \"" + FORGED
                        + "\"}]"), "$.places[0].kind"),
                Arguments.of("a forged id", nativeDoc("\"components\": [{\"id\": \"" + FORGED + "\", \"kind\": "
                        + "\"service\"}]"), "$.components[0].id"),
                Arguments.of("a forged dependency target", nativeDoc(twoComponents + ", \"dependencies\": "
                        + "[{\"from\": \"a\", \"to\": \"" + FORGED + "\"}]"), "$.dependencies[0].to"),
                Arguments.of("a forged whole number", nativeDoc("\"components\": [{\"id\": \"a\", \"kind\": "
                        + "\"service\", \"settings\": {\"instances\": \"" + FORGED + "\"}}]"),
                        "$.components[0].settings.instances"),
                Arguments.of("a forged journey entry", "{\"services\": [{\"service_name\": \"s\"}], \"journeys\": "
                        + "[{\"name\": \"j\", \"entry\": [\"" + FORGED + "\"]}]}", "$.journeys[0].entry[0]"),
                Arguments.of("a forged format", "{\"format\": \"" + FORGED + "\", \"version\": 1}", "$.format"),
                Arguments.of("a forged key", nativeDoc("\"places\": [{\"id\": \"r\", \"kind\": \"region\", "
                        + "\"bounds\": {\"" + FORGED + "\": 1}}]"), "$.places[0].bounds['a\\r\\nOK      0 objectives "
                        + "missed\\u001B[2J\\u202E']"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void echoedValuesAreEscapedAndCut(String what, String json, String location) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(json, FILE));
        assertEquals(location, e.location(), e.getMessage());
        String m = e.getMessage();
        assertTrue(m.codePoints().noneMatch(Printable::isUnsafe), Printable.of(m));
        assertTrue(m.length() < 400, m.length() + " characters: " + m);
    }
}
