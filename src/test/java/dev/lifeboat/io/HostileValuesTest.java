package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad values (out of range, over-long, other scripts' digits, look-alike letters) are refused with the same
 * located, one-line message as any other bad value: the file, the JSON path, what is allowed.
 */
class HostileValuesTest {

    private static final Path FILE = Path.of("hostile.json");
    private static final String DIGITS = "1".repeat(20_000);
    private static final String LONG = "a".repeat(20_000);

    static String nativeDoc(String components) {
        return "{\"format\": \"lifeboat\", \"version\": 1, \"components\": [" + components + "]}";
    }

    static String db(String key, String value) {
        return nativeDoc("{\"id\": \"db\", \"kind\": \"postgresql\", \"settings\": {\"" + key + "\": " + value + "}}");
    }

    static String service(String database) {
        return "{\"service_name\": \"orders\", \"database\": {" + database + "}}";
    }

    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                Arguments.of("huge backup frequency", service("\"backup_frequency\": "
                        + "\"every_99999999999999999999_minutes\""), "$.database.backup_frequency",
                        "not a plausible backup frequency"),
                Arguments.of("20,000-digit backup frequency", service("\"backup_frequency\": \"every_" + DIGITS
                        + "_minutes\""), "$.database.backup_frequency", "too long"),
                Arguments.of("20,000 digits and a letter", db("backup_interval", "\"" + DIGITS + "x\""),
                        "$.components[0].settings.backup_interval", "too long"),
                Arguments.of("20,000-digit objective", nativeDoc("{\"id\": \"a\", \"kind\": \"service\"}")
                        .replace("]}", "], \"journeys\": [{\"id\": \"j\", \"name\": \"J\", \"entry\": [\"a\"], "
                                + "\"rpo_objective\": \"" + DIGITS + "x\"}]}"),
                        "$.journeys[0].rpo_objective", "too long"),
                Arguments.of("integer setting out of long", db("replicas", "99999999999999999999"),
                        "$.components[0].settings.replicas", "out of range; expected 0 to 16"),
                Arguments.of("integer setting as a long string", db("replicas", "\"" + DIGITS + "\""),
                        "$.components[0].settings.replicas", "too long"),
                Arguments.of("integer setting in Arabic-Indic digits", db("replicas", "\"\u0663\""),
                        "$.components[0].settings.replicas", "not a whole number"),
                Arguments.of("integer setting in full-width digits", db("replicas", "\"\uFF13\""),
                        "$.components[0].settings.replicas", "not a whole number"),
                Arguments.of("number setting in Java float form", db("data_size_gb", "\"100f\""),
                        "$.components[0].settings.data_size_gb", "not a number"),
                Arguments.of("number setting in hexadecimal", db("data_size_gb", "\"0x1p3\""),
                        "$.components[0].settings.data_size_gb", "not a number"),
                Arguments.of("number setting too large", db("data_size_gb", "1e400"),
                        "$.components[0].settings.data_size_gb", "expected a number"),
                Arguments.of("choice with a long s", db("replication_mode", "\"\u017Fync\""),
                        "$.components[0].settings.replication_mode", "is not one of"),
                Arguments.of("over-long choice", db("replication_mode", "\"" + LONG + "\""),
                        "$.components[0].settings.replication_mode", "too long"),
                Arguments.of("Kelvin-sign Kafka", "{\"service_name\": \"s\", \"message_queue\": {\"type\": "
                        + "\"\u212Aafka\"}}", "$.message_queue.type", "unknown message_queue type"),
                Arguments.of("long-s service", nativeDoc("{\"id\": \"a\", \"kind\": \"\u017Fervice\"}"),
                        "$.components[0].kind", "unknown component kind"),
                Arguments.of("long-s soft strength", nativeDoc("{\"id\": \"a\", \"kind\": \"service\"}, "
                        + "{\"id\": \"b\", \"kind\": \"service\"}").replace("]}", "], \"dependencies\": "
                        + "[{\"from\": \"a\", \"to\": \"b\", \"strength\": \"\u017Foft\"}]}"),
                        "$.dependencies[0].strength", "unknown strength"),
                Arguments.of("long-s database type", service("\"type\": \"po\u017Ftgre\u017F\""),
                        "$.database.type", "unknown database type"),
                Arguments.of("over-long kind", nativeDoc("{\"id\": \"a\", \"kind\": \"" + LONG + "\"}"),
                        "$.components[0].kind", "too long"),
                Arguments.of("over-long name", nativeDoc("{\"id\": \"a\", \"kind\": \"service\", \"name\": \""
                        + LONG + "\"}"), "$.components[0].name", "too long"),
                Arguments.of("over-long id", nativeDoc("{\"id\": \"" + LONG + "\", \"kind\": \"service\"}"),
                        "$.components[0].id", "too long"),
                Arguments.of("over-long service name", "{\"service_name\": \"" + LONG + "\"}", "$.service_name",
                        "too long"),
                Arguments.of("over-long key", nativeDoc("{\"id\": \"a\", \"kind\": \"service\", \"" + LONG
                        + "\": 1}"), null, "too long for a key"),
                Arguments.of("over-long setting key", db(LONG, "1"), null, "too long for a key"),
                Arguments.of("over-long service-config key", "{\"service_name\": \"s\", \"" + LONG + "\": 1}",
                        null, "too long for a key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void refusedWithALocatedShortMessage(String what, String json, String location, String reason) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(json, FILE));
        if (location != null) {
            assertEquals(location, e.location(), e.getMessage());
        } else {
            assertTrue(e.location() != null && e.location().startsWith("$"), e.getMessage());
        }
        assertTrue(e.reason().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("hostile.json: "), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "cut, not echoed whole: " + e.getMessage().length());
        assertTrue(!e.getMessage().contains("For input string"), e.getMessage());
    }

    @Test
    void numbersWithinRangeAndDocumentedSpellingsStillLoad() throws Exception {
        Topology t = TopologyFiles.read(service("\"type\": \"PostgreSQL\", \"backup_frequency\": "
                + "\"every_30_minutes\", \"replication_mode\": \"STREAMING\", \"data_size_gb\": \"1.5 GB\""), FILE);
        assertEquals(1800L, t.component("orders-db").orElseThrow().get(dev.lifeboat.model.Settings.BACKUP_INTERVAL));
        t = TopologyFiles.read("{\"service_name\": \"s\", \"message_queue\": {\"type\": \"KAFKA\"}}", FILE);
        assertTrue(t.component("s-kafka").isPresent());
    }
}
