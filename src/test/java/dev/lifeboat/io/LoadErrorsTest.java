package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad input gives a LoadException naming the file, the place in it and the reason. */
class LoadErrorsTest {

    private static final Path FILE = Path.of("bad.json");

    private static final String HEAD = "{\"format\": \"lifeboat\", \"version\": 1, ";
    private static final String TWO = "\"components\": [{\"id\": \"a\", \"kind\": \"service\"},"
            + " {\"id\": \"b\", \"kind\": \"postgresql\"}]";

    static String doc(String body) {
        return HEAD + body + "}";
    }

    static String setting(String key, String value) {
        return doc("\"components\": [{\"id\": \"a\", \"kind\": \"service\"}, {\"id\": \"b\", \"kind\": \"service\"},"
                + " {\"id\": \"c\", \"kind\": \"service\"}, {\"id\": \"db\", \"kind\": \"postgresql\", \"settings\":"
                + " {\"" + key + "\": " + value + "}}]");
    }

    static Stream<Arguments> badNativeInputs() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\n  \"format\": \"lifeboat\",\n  \"version\": 1,\n  \"name\": }",
                        "line 4, column 11", "malformed JSON"),
                Arguments.of("trailing garbage", "{\"format\": \"lifeboat\", \"version\": 1} x", "line 1, column 38",
                        "malformed JSON"),
                Arguments.of("duplicate JSON key", "{\"format\": \"lifeboat\", \"version\": 1, \"version\": 1}",
                        "line 1, column 47", "Duplicate field 'version'"),
                Arguments.of("empty file", "  \n", null, "the file is empty"),
                Arguments.of("not an object", "42", "$", "expected a JSON object"),
                Arguments.of("a string", "\"lifeboat\"", "$", "expected a JSON object"),
                Arguments.of("other format", "{\"format\": \"drawio\", \"version\": 1}", "$.format",
                        "unknown format \"drawio\"; Lifeboat reads \"lifeboat\" files"),
                Arguments.of("missing format", "{\"version\": 1, \"components\": []}", "$.format",
                        "missing \"format\": \"lifeboat\""),
                Arguments.of("missing version", "{\"format\": \"lifeboat\"}", "$.version",
                        "missing required field \"version\""),
                Arguments.of("newer version", "{\"format\": \"lifeboat\", \"version\": " + (NativeFormat.VERSION + 1)
                                + "}", "$.version", "written by a newer Lifeboat: format version "
                                + (NativeFormat.VERSION + 1) + ", this version reads up to " + NativeFormat.VERSION),
                Arguments.of("version zero", "{\"format\": \"lifeboat\", \"version\": 0}", "$.version",
                        "expected a format version"),
                Arguments.of("unknown top-level key", doc("\"componets\": []"), "$.componets",
                        "unknown key \"componets\" (did you mean \"components\"?)"),
                Arguments.of("unknown component kind",
                        doc("\"components\": [{\"id\": \"a\", \"kind\": \"service\"}, {\"id\": \"b\", \"kind\": "
                                + "\"postgress\"}]"),
                        "$.components[1].kind", "unknown component kind \"postgress\" (did you mean \"postgresql\"?);"
                                + " expected one of service, postgresql, mysql, redis, kafka, mongodb, object_storage,"
                                + " external, datastore"),
                Arguments.of("unknown setting key", setting("backup_intervall", "\"1h\""),
                        "$.components[3].settings.backup_intervall",
                        "unknown setting \"backup_intervall\" for PostgreSQL (did you mean \"backup_interval\"?)"),
                Arguments.of("setting of another kind", setting("appendfsync", "\"always\""),
                        "$.components[3].settings.appendfsync", "unknown setting \"appendfsync\" for PostgreSQL"),
                Arguments.of("unknown enum", setting("replication_mode", "\"quorum\""),
                        "$.components[3].settings.replication_mode",
                        "'quorum' is not one of none, async, semi_sync, sync"),
                Arguments.of("negative duration", setting("backup_interval", "\"-1h\""),
                        "$.components[3].settings.backup_interval", "cannot be negative"),
                Arguments.of("negative duration in seconds", setting("backup_interval", "-60"),
                        "$.components[3].settings.backup_interval", "cannot be negative"),
                Arguments.of("absurd duration", setting("backup_interval", "\"11000d\""),
                        "$.components[3].settings.backup_interval", "longer than ten years"),
                Arguments.of("not a duration", setting("backup_interval", "\"hourly\""),
                        "$.components[3].settings.backup_interval", "is not a duration"),
                Arguments.of("number out of range", setting("replicas", "99"),
                        "$.components[3].settings.replicas", "99 is out of range; expected 0 to 16"),
                Arguments.of("wrong value type", setting("replicas", "[1]"),
                        "$.components[3].settings.replicas", "expected a single value, found an array"),
                Arguments.of("duplicate component id",
                        doc("\"components\": [{\"id\": \"a\", \"kind\": \"service\"}, {\"id\": \"a\", \"kind\": "
                                + "\"redis\"}]"),
                        "$.components[1].id", "duplicate component id \"a\""),
                Arguments.of("malformed id", doc("\"components\": [{\"id\": \"a b\", \"kind\": \"service\"}]"),
                        "$.components[0].id", "'a b' is not a valid id"),
                Arguments.of("duplicate place id",
                        doc("\"places\": [{\"id\": \"r\", \"kind\": \"region\"}, {\"id\": \"r\", \"kind\": "
                                + "\"zone\"}]"),
                        "$.places[1].id", "duplicate place id \"r\""),
                Arguments.of("duplicate journey id",
                        doc(TWO + ", \"journeys\": [{\"id\": \"j\", \"name\": \"J\", \"entry\": [\"a\"]},"
                                + " {\"id\": \"j\", \"name\": \"K\", \"entry\": [\"b\"]}]"),
                        "$.journeys[1].id", "duplicate journey id \"j\""),
                Arguments.of("dependency on a missing id",
                        doc(TWO + ", \"dependencies\": [{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"a\", "
                                + "\"to\": \"ghost\"}]"),
                        "$.dependencies[1].to", "no component with id \"ghost\""),
                Arguments.of("journey entry missing",
                        doc(TWO + ", \"journeys\": [{\"id\": \"j\", \"name\": \"J\", \"entry\": [\"a\", \"nope\"]}]"),
                        "$.journeys[0].entry[1]", "no component with id \"nope\""),
                Arguments.of("place missing",
                        doc("\"components\": [{\"id\": \"a\", \"kind\": \"service\", \"place\": \"mars-1\"}]"),
                        "$.components[0].place", "no region or zone with id \"mars-1\""),
                Arguments.of("zone in a missing region",
                        doc("\"places\": [{\"id\": \"z\", \"kind\": \"zone\", \"region\": \"r\"}]"),
                        "$.places[0].region", "no region with id \"r\""),
                Arguments.of("zone in a zone",
                        doc("\"places\": [{\"id\": \"z\", \"kind\": \"zone\"}, {\"id\": \"y\", \"kind\": \"zone\", "
                                + "\"region\": \"z\"}]"),
                        "$.places[1].region", "\"z\" is a zone; a zone can only be inside a region"),
                Arguments.of("unknown place kind", doc("\"places\": [{\"id\": \"z\", \"kind\": \"continent\"}]"),
                        "$.places[0].kind", "unknown place kind \"continent\""),
                Arguments.of("self-dependency",
                        doc(TWO + ", \"dependencies\": [{\"from\": \"a\", \"to\": \"a\"}]"),
                        "$.dependencies[0]", "\"a\" cannot depend on itself"),
                Arguments.of("duplicate dependency",
                        doc(TWO + ", \"dependencies\": [{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"a\", \"to\": "
                                + "\"b\", \"strength\": \"soft\"}]"),
                        "$.dependencies[1]", "duplicate dependency: \"a\" already depends on \"b\""),
                Arguments.of("unknown strength",
                        doc(TWO + ", \"dependencies\": [{\"from\": \"a\", \"to\": \"b\", \"strength\": \"weak\"}]"),
                        "$.dependencies[0].strength", "unknown strength \"weak\"; expected hard or soft"),
                Arguments.of("missing component kind", doc("\"components\": [{\"id\": \"a\"}]"),
                        "$.components[0].kind", "missing required field \"kind\""),
                Arguments.of("missing component id", doc("\"components\": [{\"kind\": \"service\"}]"),
                        "$.components[0].id", "missing required field \"id\""),
                Arguments.of("missing journey entry",
                        doc(TWO + ", \"journeys\": [{\"id\": \"j\", \"name\": \"J\"}]"),
                        "$.journeys[0].entry", "missing required field \"entry\""),
                Arguments.of("missing dependency target",
                        doc(TWO + ", \"dependencies\": [{\"from\": \"a\"}]"),
                        "$.dependencies[0].to", "missing required field \"to\""),
                Arguments.of("missing bounds field",
                        doc("\"places\": [{\"id\": \"r\", \"kind\": \"region\", \"bounds\": {\"x\": 0, \"y\": 0, "
                                + "\"width\": 10}}]"),
                        "$.places[0].bounds.height", "missing required field \"height\""),
                Arguments.of("negative bounds",
                        doc("\"places\": [{\"id\": \"r\", \"kind\": \"region\", \"bounds\": {\"x\": 0, \"y\": 0, "
                                + "\"width\": -10, \"height\": 5}}]"),
                        "$.places[0].bounds", "bounds cannot have a negative size"),
                Arguments.of("non-finite position",
                        doc("\"components\": [{\"id\": \"a\", \"kind\": \"service\", \"x\": 1e999, \"y\": 0}]"),
                        "$.components[0].x", "expected a finite number"),
                Arguments.of("position not a number",
                        doc("\"components\": [{\"id\": \"a\", \"kind\": \"service\", \"x\": \"left\"}]"),
                        "$.components[0].x", "expected a number, found the string \"left\""),
                Arguments.of("bad objective",
                        doc(TWO + ", \"journeys\": [{\"id\": \"j\", \"name\": \"J\", \"entry\": [\"a\"], "
                                + "\"rto_objective\": \"soon\"}]"),
                        "$.journeys[0].rto_objective", "'soon' is not a duration"),
                Arguments.of("components not an array", doc("\"components\": {}"), "$.components",
                        "expected a JSON array, found an object"),
                Arguments.of("an unknown member zone", "{\"format\": \"lifeboat\", \"version\": 2, \"places\": "
                                + "[{\"id\": \"eu-a\", \"kind\": \"zone\", \"name\": \"eu-a\"}], \"components\": "
                                + "[{\"id\": \"cfg\", \"kind\": \"raft_store\", \"settings\": "
                                + "{\"member_zones\": [\"eu-a\", \"eu-x\"]}}]}",
                        "$.components[0].settings.member_zones[1]", "no zone with id \"eu-x\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNativeInputs")
    void badInputIsRefusedWithFileLocationAndReason(String what, String json, String location, String reason) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(json, FILE));
        String prefix = location == null ? "bad.json: " : "bad.json: " + location + ": ";
        assertTrue(e.getMessage().startsWith(prefix), "expected '" + prefix + "...' but was: " + e.getMessage());
        assertTrue(e.reason().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
        assertEquals(FILE, e.file());
        assertEquals(location, e.location());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
    }

    @Test
    void loadingANamesTheFileOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.lifeboat.json");
        Files.writeString(file, "{\n  \"format\": \"lifeboat\",\n  \"version\": 1,\n  \"components\": [\n",
                StandardCharsets.UTF_8);
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.load(file));
        assertTrue(e.getMessage().startsWith(file + ": line "), e.getMessage());
    }

    @Test
    void aMissingFileIsALoadException(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void aBinaryFileIsALoadException(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ": not a text file (not UTF-8)", e.getMessage());
    }

    @Test
    void withoutASourceTheMessageSaysInput() {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read("[1", null));
        assertTrue(e.getMessage().startsWith("<input>: line 1, column "), e.getMessage());
    }

    @Test
    void aDirectoryIsALoadException(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("samples.json"));
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.load(folder));
        assertEquals(folder + ": is a directory, not a file", e.getMessage());
    }

    @Test
    void aMisspeltServiceNameIsNamedWithASuggestion() {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(
                "{\"services\": [{\"service_nam\": \"a\", \"dependencies\": []}]}", FILE));
        assertEquals("$.services[0].service_nam", e.location());
        assertTrue(e.reason().contains("did you mean \"service_name\"?"), e.getMessage());
    }
}
