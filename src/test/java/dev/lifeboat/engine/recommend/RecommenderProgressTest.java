package dev.lifeboat.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The recommender's progress reports: each stage it starts, in order, with a share that only grows; the same answer
 * as without them; and a cancel seen at the next report.
 */
class RecommenderProgressTest {

    private static final Path REACHABLE = Path.of("src/test/resources/recommend-order-processor.json");

    @Test
    void aSearchThatFindsOptionsReportsItsStagesInOrder() throws Exception {
        Topology t = TopologyFiles.load(REACHABLE);
        Journey j = t.journey("place-order").orElseThrow();
        List<String> stages = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        Recommendation r = Recommender.standard().recommend(t, j, () -> false, (stage, done) -> {
            stages.add(stage);
            shares.add(done);
        });

        assertEquals(List.of("reading the menus", "cheapest", "fewest changes", "best RTO", "checking the options"),
                stages);
        for (int i = 1; i < shares.size(); i++) {
            assertTrue(shares.get(i) > shares.get(i - 1), "the share grows: " + shares);
        }
        assertTrue(shares.get(0) >= 0 && shares.get(shares.size() - 1) < 1, shares.toString());
        Recommendation plain = Recommender.standard().recommend(t, j);
        assertEquals(plain.status(), r.status());
        assertEquals(plain.options().size(), r.options().size());
        for (int i = 0; i < plain.options().size(); i++) {
            assertEquals(plain.options().get(i).values(), r.options().get(i).values());
        }
    }

    @Test
    void aSearchOutOfReachReportsTheClosest() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/order-processor.json"));
        Journey j = t.journey("place-order").orElseThrow();
        List<String> stages = new ArrayList<>();
        Recommendation r = Recommender.standard().recommend(t, j, () -> false, (stage, done) -> stages.add(stage));

        assertEquals(Recommendation.Status.OUT_OF_REACH, r.status());
        assertEquals(List.of("reading the menus", "cheapest"), stages.subList(0, 2));
        assertTrue(stages.contains("objectives out of reach"), stages.toString());
        assertEquals("closest", stages.get(stages.size() - 1));
    }

    @Test
    void aCancelIsSeenAtTheNextReport() throws Exception {
        Topology t = TopologyFiles.load(REACHABLE);
        Journey j = t.journey("place-order").orElseThrow();
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> stages = new ArrayList<>();
        assertThrows(CancellationException.class, () -> Recommender.standard().recommend(t, j, cancelled::get,
                (stage, done) -> {
                    stages.add(stage);
                    if (stage.equals("cheapest")) {
                        cancelled.set(true);
                    }
                }));
        assertEquals(List.of("reading the menus", "cheapest"), stages);
    }
}
