package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order and the cycles of the hard-dependency graph, including shapes as deep as 100,000 nodes. */
class DependencyOrderTest {

    @Test
    void aRingOfOneHundredThousandIsOneCycle() {
        int n = 100_000;
        int[][] deps = new int[n][];
        for (int i = 0; i < n; i++) {
            deps[i] = new int[] {(i + 1) % n};
        }
        DependencyOrder o = new DependencyOrder(deps);
        assertEquals(1, o.cycles.size());
        assertEquals(n, o.cycles.get(0).length);
        assertEquals(1, o.order.length);
    }

    @Test
    void aLongChainEndingInACycleIsOrderedAfterTheCycle() {
        int n = 100_000;
        int[][] deps = new int[n][];
        for (int i = 0; i < n - 1; i++) {
            deps[i] = new int[] {i + 1};
        }
        deps[n - 1] = new int[] {n - 3}; // n-3 -> n-2 -> n-1 -> n-3
        DependencyOrder o = new DependencyOrder(deps);
        assertEquals(1, o.cycles.size());
        assertArrayEquals(new int[] {n - 3, n - 2, n - 1}, o.cycles.get(0));
        assertEquals(n - 2, o.order.length);
        assertRespectsDependencies(o);
    }

    @Test
    void aChainWhoseHeadDependsOnItsTailIsOneCycle() {
        int n = 100_000;
        int[][] deps = new int[n][];
        for (int i = 0; i < n; i++) {
            deps[i] = i == n - 1 ? new int[] {0} : new int[] {i + 1};
        }
        deps[n / 2] = new int[] {n / 2 + 1, 0};
        DependencyOrder o = new DependencyOrder(deps);
        assertEquals(1, o.cycles.size());
        assertEquals(n, o.cycles.get(0).length);
    }

    @Test
    void randomGraphsGiveTheCyclesOfABruteForceReachabilityCheck() {
        Random rnd = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(12);
            int[][] deps = new int[n][];
            for (int i = 0; i < n; i++) {
                Set<Integer> ds = new HashSet<>();
                int k = rnd.nextInt(3);
                for (int j = 0; j < k; j++) {
                    int d = rnd.nextInt(n);
                    if (d != i) {
                        ds.add(d);
                    }
                }
                deps[i] = ds.stream().mapToInt(Integer::intValue).toArray();
            }
            DependencyOrder o = new DependencyOrder(deps);
            boolean[][] reach = reach(deps);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    boolean together = a == b || reach[a][b] && reach[b][a];
                    assertEquals(together, o.unitOf[a] == o.unitOf[b], "round " + round + ": " + a + ", " + b);
                }
            }
            List<int[]> expected = new ArrayList<>();
            for (int[] m : o.members) {
                if (m.length > 1) {
                    expected.add(m);
                }
            }
            assertEquals(expected.size(), o.cycles.size());
            for (int[] c : o.cycles) {
                int[] sorted = c.clone();
                Arrays.sort(sorted);
                assertArrayEquals(sorted, c, "members are sorted");
            }
            assertRespectsDependencies(o);
        }
    }

    private static boolean[][] reach(int[][] deps) {
        int n = deps.length;
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int d : deps[i]) {
                r[i][d] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] |= r[i][k] && r[k][j];
                }
            }
        }
        return r;
    }

    private static void assertRespectsDependencies(DependencyOrder o) {
        for (int i = 0; i < o.deps.length; i++) {
            for (int d : o.deps[i]) {
                assertTrue(o.position[o.unitOf[d]] <= o.position[o.unitOf[i]], i + " comes after " + d);
            }
        }
    }
}
