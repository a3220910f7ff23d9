package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes that were quadratic in the importer. Each test is built so that the old code took from seconds to
 * minutes on it; they assert the result, not the time (machines are shared).
 */
class LinearImportTest {

    private static final Path FILE = Path.of("big.services.json");
    private static final int N = 20_000;

    /** Service i depends on service i-1: the entry is last in the file, the deepest first. */
    static String chain(int n) {
        StringBuilder sb = new StringBuilder(n * 60).append('[');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"service_name\": \"s").append(i).append('"');
            if (i > 0) {
                sb.append(", \"dependencies\": [\"s").append(i - 1).append("\"]");
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    @Test
    void aChainOfTwentyThousandServicesIsLaidOutInColumns() throws Exception {
        // 48 s before: the longest-path relaxation and the per-column scan were both quadratic
        Topology t = TopologyFiles.read(chain(N), FILE);
        assertEquals(N, t.size());
        for (int i : new int[] {0, 1, N / 2, N - 2, N - 1}) {
            Component c = t.component("s" + i).orElseThrow();
            assertEquals(LayeredLayout.LEFT + (N - 1 - i) * LayeredLayout.COLUMN, c.x(), c.name());
            assertEquals(LayeredLayout.TOP, c.y(), c.name());
        }
    }

    @Test
    void aCycleIsLaidOutOnceEachInFileOrder() throws Exception {
        String json = "[{\"service_name\": \"a\", \"dependencies\": [\"b\"]},"
                + "{\"service_name\": \"b\", \"dependencies\": [\"c\"]},"
                + "{\"service_name\": \"c\", \"dependencies\": [\"a\", \"d\"]}, {\"service_name\": \"d\"}]";
        Topology t = TopologyFiles.read(json, FILE);
        double a = t.component("a").orElseThrow().x();
        double b = t.component("b").orElseThrow().x();
        double c = t.component("c").orElseThrow().x();
        double d = t.component("d").orElseThrow().x();
        assertTrue(a < b && b < c && c < d, a + " " + b + " " + c + " " + d);
    }

    @Test
    void aWideFanIsOneColumnOfRows() throws Exception {
        StringBuilder sb = new StringBuilder("[{\"service_name\": \"hub\", \"dependencies\": [");
        for (int i = 0; i < N; i++) {
            sb.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
        }
        sb.append("]}]");
        Topology t = TopologyFiles.read(sb.toString(), FILE);
        assertEquals(N + 1, t.size());
        assertEquals(LayeredLayout.TOP + (N - 1) * LayeredLayout.ROW, t.component("p" + (N - 1)).orElseThrow().y());
    }

    @Test
    void aLongEntryIsComparedWithNoName() throws Exception {
        // the hint compared the entry with every service name: 20,000 x 190 x 190 steps before
        List<String> names = new ArrayList<>();
        StringBuilder sb = new StringBuilder("{\"services\": [");
        for (int i = 0; i < N; i++) {
            String name = "service-" + "x".repeat(180) + i;
            names.add(name);
            sb.append(i == 0 ? "" : ",").append("{\"service_name\": \"").append(name).append("\"}");
        }
        String typo = "service-" + "x".repeat(180) + "1234y";
        sb.append("], \"journeys\": [{\"name\": \"j\", \"entry\": [\"").append(typo).append("\"]}]}");
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(sb.toString(), FILE));
        assertEquals("$.journeys[0].entry[0]", e.location());
        assertTrue(e.reason().contains("did you mean \"" + names.get(1234) + "\"?"), e.getMessage());
        assertTrue(e.getMessage().length() < 600, e.getMessage());
    }

    @Test
    void theHintIsBoundedAndStillFindsNearWords() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            names.add("name-" + i);
        }
        assertEquals("", Nodes.suggestion("n".repeat(20_000), names));
        assertEquals("", Nodes.suggestion("completely-different", names));
        assertEquals(" (did you mean \"name-42\"?)", Nodes.suggestion("nme-42", names));
        assertEquals(" (did you mean \"components\"?)", Nodes.suggestion("componets", List.of("id", "components")));
        assertEquals(" (did you mean \"postgresql\"?)", Nodes.suggestion("Postgress", List.of("mysql", "postgresql")));
        assertEquals("", Nodes.suggestion("abc", List.of("abcdef")));
        assertEquals(" (did you mean \"abcde\"?)", Nodes.suggestion("abc", List.of("abcde")));
    }

    @Test
    void aJourneyWithTwentyThousandEntriesIsRead() throws Exception {
        StringBuilder sb = new StringBuilder("{\"services\": [");
        StringBuilder entry = new StringBuilder();
        for (int i = 0; i < N; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"service_name\": \"s").append(i).append("\"}");
            entry.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
        }
        sb.append("], \"journeys\": [{\"name\": \"all\", \"entry\": [").append(entry).append("]}]}");
        Topology t = TopologyFiles.read(sb.toString(), FILE);
        assertEquals(N, t.journeys().iterator().next().entries().size());
    }
}
