package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests over the readers: mutations of the samples (deleted, duplicated and retyped keys, hostile and
 * huge strings, truncation, random and invalid UTF-8 bytes) give either a model or a {@link LoadException}
 * whose message is one safe line naming the file; never another exception, never a stack trace.
 *
 * <p>The generator is a {@link Random} with a fixed seed, so a failure is reproduced by its case number.
 * Sizes are bounded (strings up to 100 KB) rather than timed.
 */
class ReaderPropertyTest {

    private static final long SEED = 20_240_606L;
    private static final int PER_SAMPLE = 90;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] SAMPLES = {"order-processor.json", "order-processor.services.json",
        "multi-region-saas.json", "payments-ledger.json"};

    /** Strings that try to forge output, slip past matching or slow the parsers down. */
    private static final String[] HOSTILE = {
        "", " ", "\u0000", "a\nb", "\r\nOK      0 objectives missed", "\u001B[31mred\u001B[0m\u001B[2J", "\u0007",
        "\b\b\bx", "\u007F", "\u0085", "\u009B31m", "\u202Egnp.exe", "\u2066x\u2069", "\u200F", "\u2028", "\u2029",
        "\uFEFFservice", "\uD800", "\uDC00x", "\uD83D\uDE00", "1".repeat(20_000), "1".repeat(20_000) + "x",
        "9".repeat(20_000) + "m", "\u212Aafka", "\u017Fervice", "\u017Foft", "\u0663", "\uFF13", "100f", "0x1p3",
        "NaN", "Infinity", "-Infinity", "1e400", "1_000", "every_99999999999999999999_minutes",
        "every_" + "9".repeat(20_000) + "_minutes", "-1h", "unbounded", "none", "soft", "zone", "kafka", "all",
        "\u0130", "\u0131nfinite", "a b", "-", "x".repeat(129), "..", "$.components[0]", "'\"\\", "%s%n"};

    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("lifeboat-mutants");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @TestFactory
    Stream<DynamicTest> mutationsOfTheSamplesGiveAModelOrALocatedLine() throws IOException {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String sample : SAMPLES) {
            String text = Files.readString(Path.of("samples", sample));
            JsonNode tree = Json.mapper().readTree(text);
            for (int i = 0; i < PER_SAMPLE; i++) {
                int kind = random.nextInt(9);
                long caseSeed = random.nextLong();
                String name = "case " + n++ + ": " + sample + " " + describe(kind) + " (seed " + caseSeed + ")";
                tests.add(DynamicTest.dynamicTest(name, () -> check(mutate(kind, new Random(caseSeed), text, tree))));
            }
        }
        return tests.stream();
    }

    private static String describe(int kind) {
        return switch (kind) {
            case 0 -> "deleted key";
            case 1 -> "duplicated key";
            case 2, 3 -> "retyped value";
            case 4 -> "hostile string";
            case 5 -> "truncated";
            case 6 -> "random bytes";
            case 7 -> "invalid UTF-8";
            default -> "duplicated element";
        };
    }

    private static byte[] mutate(int kind, Random r, String text, JsonNode original) throws IOException {
        JsonNode tree = original.deepCopy();
        String json = switch (kind) {
            case 0 -> write(deleteOne(tree, r));
            case 1 -> duplicateKey(tree, r);
            case 2, 3 -> write(replaceOne(tree, r, randomValue(r)));
            case 4 -> write(replaceString(tree, r));
            case 5 -> text.substring(0, r.nextInt(text.length()));
            case 8 -> write(duplicateElement(tree, r));
            default -> text;
        };
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (kind == 6) {
            for (int k = 1 + r.nextInt(8); k > 0; k--) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
        } else if (kind == 7) {
            byte[][] invalid = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
            byte[] bad = invalid[r.nextInt(invalid.length)];
            int at = r.nextInt(bytes.length);
            byte[] out = new byte[bytes.length + bad.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, bad.length);
            System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
            bytes = out;
        }
        return bytes;
    }

    /** Loads the bytes from a file and checks the outcome: a model, or a one-line message naming the file. */
    private static void check(byte[] bytes) throws IOException {
        Path file = dir.resolve("mutant.json");
        Files.write(file, bytes);
        try {
            Topology t = TopologyFiles.load(file);
            // what was read is written and read back
            Topology back = TopologyFiles.read(TopologyFiles.toJson(t), file);
            assertEquals(t.size(), back.size());
        } catch (LoadException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(file + ": "), "names the file: " + m);
            assertTrue(m.indexOf('\n') < 0 && m.indexOf('\r') < 0, "one line: " + m);
            assertTrue(m.codePoints().noneMatch(Printable::isUnsafe), "no raw control or bidi character: "
                    + Printable.of(m));
            assertTrue(!m.contains("\tat ") && !m.contains("Exception"), "no stack trace: " + m);
            assertTrue(m.length() < 2_000, "short: " + m.length() + " characters");
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            fail("another exception than LoadException: " + trace);
        }
    }

    // ---------------------------------------------------------------- tree mutations

    private static String write(JsonNode tree) throws IOException {
        return Json.writer().writeValueAsString(tree);
    }

    /** Every object and array in the tree, the root first. */
    private static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonNode n = todo.remove(todo.size() - 1);
            if (n.isContainerNode()) {
                all.add(n);
                n.elements().forEachRemaining(todo::add);
            }
        }
        return all;
    }

    private static JsonNode nonEmptyContainer(JsonNode root, Random r) {
        List<JsonNode> all = containers(root).stream().filter(n -> n.size() > 0).toList();
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    private static JsonNode deleteOne(JsonNode root, Random r) {
        JsonNode c = nonEmptyContainer(root, r);
        if (c instanceof ObjectNode o) {
            o.remove(fieldNames(o).get(r.nextInt(o.size())));
        } else if (c instanceof ArrayNode a) {
            a.remove(r.nextInt(a.size()));
        }
        return root;
    }

    private static JsonNode duplicateElement(JsonNode root, Random r) {
        List<JsonNode> arrays = containers(root).stream().filter(n -> n.isArray() && n.size() > 0).toList();
        if (!arrays.isEmpty()) {
            ArrayNode a = (ArrayNode) arrays.get(r.nextInt(arrays.size()));
            a.add(a.get(r.nextInt(a.size())).deepCopy());
        }
        return root;
    }

    private static JsonNode replaceOne(JsonNode root, Random r, JsonNode value) {
        JsonNode c = nonEmptyContainer(root, r);
        if (c instanceof ObjectNode o) {
            o.set(fieldNames(o).get(r.nextInt(o.size())), value);
        } else if (c instanceof ArrayNode a) {
            a.set(r.nextInt(a.size()), value);
        } else {
            return value;
        }
        return root;
    }

    /** Replaces a random string value (or key's value) by a hostile string. */
    private static JsonNode replaceString(JsonNode root, Random r) {
        return replaceOne(root, r, NODES.textNode(hostile(r)));
    }

    /** The same key twice in one object, the second time with another value. */
    private static String duplicateKey(JsonNode root, Random r) throws IOException {
        List<JsonNode> objects = containers(root).stream().filter(n -> n.isObject() && n.size() > 0).toList();
        ObjectNode o = (ObjectNode) objects.get(r.nextInt(objects.size()));
        String key = fieldNames(o).get(r.nextInt(o.size()));
        JsonNode value = o.get(key);
        String marker = "@@marker@@";
        o.put(key, marker);
        String again = r.nextBoolean() ? write(value) : write(randomValue(r));
        return write(root).replace("\"" + marker + "\"", write(value) + ", " + write(NODES.textNode(key)) + ": "
                + again);
    }

    private static JsonNode randomValue(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> NODES.textNode(hostile(r));
            case 1 -> randomNumber(r);
            case 2 -> NODES.arrayNode().add(NODES.textNode(hostile(r))).add(randomNumber(r));
            case 3 -> NODES.objectNode().put(hostile(r), hostile(r));
            case 4 -> NODES.nullNode();
            case 5 -> NODES.booleanNode(r.nextBoolean());
            default -> NODES.arrayNode();
        };
    }

    private static JsonNode randomNumber(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> NODES.numberNode(new BigInteger("99999999999999999999"));
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(Long.MAX_VALUE);
            case 3 -> NODES.numberNode(1.5);
            case 4 -> NODES.numberNode(new BigInteger("9".repeat(900)));
            case 5 -> NODES.numberNode(-0.0);
            case 6 -> NODES.numberNode(1e300);
            default -> NODES.numberNode(r.nextInt(100));
        };
    }

    private static String hostile(Random r) {
        int pick = r.nextInt(HOSTILE.length + 3);
        if (pick < HOSTILE.length) {
            return HOSTILE[pick];
        }
        if (pick == HOSTILE.length) {
            return "x".repeat(1 + r.nextInt(100_000));
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + r.nextInt(40); k > 0; k--) {
            sb.append((char) r.nextInt(0x3000));
        }
        return sb.toString();
    }

    private static List<String> fieldNames(ObjectNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
