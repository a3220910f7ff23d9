package dev.lifeboat.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.Costs;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The "closest" option when a journey's objectives are out of reach: it never makes a journey measure worse than
 * today, and among the combinations that make nothing worse it is the lexicographic optimum of (objectives missed,
 * unbounded misses, sum of the finite excess, cost), checked by brute force with the engine itself.
 */
class ClosestOptionTest {

    @Test
    void onThePaymentsLedgerTheClosestWorsensNothing() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/payments-ledger.json"));
        int outOfReach = 0;
        for (Journey j : t.journeys()) {
            Recommendation r = Recommender.standard().recommend(t, j);
            if (r.status() != Recommendation.Status.OUT_OF_REACH) {
                continue;
            }
            outOfReach++;
            if (r.closest() != null) {
                int[][] today = measures(r.baseline());
                int[][] then = measures(r.closest().reached());
                for (int s = 0; s < today.length; s++) {
                    assertTrue(then[s][0] <= today[s][0] && then[s][1] <= today[s][1],
                            j.id() + " " + Scenario.values()[s].id() + ": " + r.closest().reached());
                }
            }
        }
        assertTrue(outOfReach > 0, "the sample has a journey out of reach");
    }

    @Test
    void theClosestIsTheLexicographicOptimumAmongOptionsThatWorsenNothing() {
        TimeBound[] rpos = {TimeBound.ofMinutes(1), TimeBound.ofSeconds(10), TimeBound.ofMinutes(15)};
        TimeBound[] rtos = {TimeBound.ofMinutes(5), TimeBound.ofMinutes(2), TimeBound.ofMinutes(30)};
        int checked = 0;
        int withClosest = 0;
        for (long seed = 1; seed <= 30; seed++) {
            int size = 2 + (int) (seed % 3);
            Topology t = SyntheticJourney.generate(size, seed, rpos[(int) (seed % 3)], rtos[(int) ((seed / 3) % 3)]);
            Journey j = t.journey("journey").orElseThrow();
            Recommendation r = Recommender.standard().recommend(t, j);
            if (r.status() != Recommendation.Status.OUT_OF_REACH) {
                continue;
            }
            assertTrue(r.proven(), "seed " + seed);
            IncrementalAnalysis a = RuleBook.standard().analyse(t);
            Problem p = new Problem(t, j, a, RuleBook.standard()::assess);
            a.dispose();
            int[][] today = measures(reached(t));
            int[] todayScore = Recommender.score(p, today);
            int[] bestScore = todayScore;
            double bestCost = Double.POSITIVE_INFINITY;
            int[] choice = new int[p.size()];
            while (true) {
                Topology applied = t.copy(false);
                for (int c = 0; c < p.size(); c++) {
                    Component target = applied.component(p.comps[c].id()).orElseThrow();
                    p.choices[c].get(choice[c]).changes().forEach((k, v) -> applied.set(target, k, v));
                }
                int[][] m = measures(reached(applied));
                boolean worse = false;
                for (int s = 0; s < m.length; s++) {
                    worse |= m[s][0] > today[s][0] || m[s][1] > today[s][1];
                }
                if (!worse) {
                    int[] score = Recommender.score(p, m);
                    double cost = Costs.of(applied).total();
                    int cmp = java.util.Arrays.compare(score, bestScore);
                    if (cmp < 0 || cmp == 0 && cost < bestCost) {
                        bestScore = score;
                        bestCost = cost;
                    }
                }
                int c = 0;
                while (c < choice.length && ++choice[c] == p.choices[c].size()) {
                    choice[c++] = 0;
                }
                if (c == choice.length) {
                    break;
                }
            }
            checked++;
            if (java.util.Arrays.compare(bestScore, todayScore) >= 0) {
                assertNull(r.closest(), "seed " + seed + ": nothing improves on today, yet " + r.closest());
            } else {
                withClosest++;
                assertNotNull(r.closest(), "seed " + seed + ": " + java.util.Arrays.toString(bestScore)
                        + " improves on " + java.util.Arrays.toString(todayScore));
                assertArrayEquals(bestScore, Recommender.score(p, measures(r.closest().reached())), "seed " + seed);
                assertEquals(bestCost, r.closest().monthlyCost(), 0.01 * size, "seed " + seed);
            }
        }
        assertTrue(checked >= 5 && withClosest >= 1, checked + " out of reach, " + withClosest + " with a closest");
    }

    private static java.util.List<Recommendation.Reached> reached(Topology t) {
        IncrementalAnalysis a = RuleBook.standard().analyse(t);
        try {
            Journey j = t.journey("journey").orElseThrow();
            java.util.List<Recommendation.Reached> out = new java.util.ArrayList<>();
            for (Scenario s : Scenario.values()) {
                var ja = a.journey(j, s);
                out.add(new Recommendation.Reached(s, ja.rpo(), ja.rto(), ja.rpoObjective(), ja.rtoObjective(),
                        ja.meetsRpo(), ja.meetsRto()));
            }
            return out;
        } finally {
            a.dispose();
        }
    }

    private static int[][] measures(java.util.List<Recommendation.Reached> reached) {
        int[][] out = new int[Scenario.values().length][2];
        for (Recommendation.Reached r : reached) {
            out[r.scenario().ordinal()][0] = Problem.capped(r.rpo());
            out[r.scenario().ordinal()][1] = Problem.capped(r.rto());
        }
        return out;
    }
}
