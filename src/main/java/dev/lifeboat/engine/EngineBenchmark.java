package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Topology;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Measures the engine on synthetic topologies: a full analysis (every component's rules under the five
 * scenarios, every journey, every zone and region instance), a re-analysis after one setting edit, and,
 * as the yardstick, one plain pass over the same graph in dependency order.
 */
public final class EngineBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final BiFunction<Component, Scenario, ComponentAssessment> rules;

    public EngineBenchmark(BiFunction<Component, Scenario, ComponentAssessment> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The figures for one topology size, in milliseconds (medians): elapsed time, and the CPU time of the
     * measuring thread, which other processes on a shared machine disturb far less (it leaves out the
     * garbage collector's threads).
     */
    public record Figures(int components, int dependencies, int journeys, double fullAnalysisMs,
                          double editReanalysisMs, double singlePassMs, double fullAnalysisCpuMs,
                          double editReanalysisCpuMs, double singlePassCpuMs, int fullRuns, int editRuns) {

        /** Full analysis time over single-pass time. */
        public double fullOverSinglePass() {
            return fullAnalysisMs / singlePassMs;
        }
    }

    /** Runs the measurements for a topology of the given size (about 3 dependencies each). */
    public Figures run(int size, int journeys, int fullRuns, int editRuns) {
        Topology t = SyntheticTopology.generate(size, journeys, 7L);
        // warm up the JIT on this shape
        for (int i = 0; i < 3; i++) {
            fullAnalysis(t);
            singlePass(t);
        }
        double[][] full = new double[2][fullRuns];
        double[][] single = new double[2][fullRuns];
        for (int r = 0; r < fullRuns; r++) {
            record(full, r, fullAnalysis(t));
            record(single, r, singlePass(t));
        }
        IncrementalAnalysis a = new IncrementalAnalysis(t, rules);
        a.update();
        List<Component> stores = new ArrayList<>();
        for (Component c : t.components()) {
            if (c.kind().has(Settings.DATA_SIZE_GB)) {
                stores.add(c);
            }
        }
        Random rnd = new Random(11);
        for (int i = 0; i < Math.min(editRuns, 50); i++) {
            edit(t, a, stores, rnd);
        }
        double[][] edits = new double[2][editRuns];
        for (int r = 0; r < editRuns; r++) {
            record(edits, r, edit(t, a, stores, rnd));
        }
        a.dispose();
        return new Figures(size, t.dependencies().size(), journeys, median(full[0]), median(edits[0]),
                median(single[0]), median(full[1]), median(edits[1]), median(single[1]), fullRuns, editRuns);
    }

    private static void record(double[][] into, int run, double[] wallAndCpu) {
        into[0][run] = wallAndCpu[0];
        into[1][run] = wallAndCpu[1];
    }

    /** Elapsed and CPU time of the calling thread, in milliseconds, since {@code start}. */
    private static double[] since(long[] start) {
        return new double[] {(System.nanoTime() - start[0]) / 1e6, (CPU.getCurrentThreadCpuTime() - start[1]) / 1e6};
    }

    private static long[] now() {
        return new long[] {System.nanoTime(), CPU.getCurrentThreadCpuTime()};
    }

    private double[] fullAnalysis(Topology t) {
        long[] start = now();
        IncrementalAnalysis a = new IncrementalAnalysis(t, rules);
        a.update();
        double[] took = since(start);
        a.dispose();
        return took;
    }

    private static double[] edit(Topology t, IncrementalAnalysis a, List<Component> stores, Random rnd) {
        Component c = stores.get(rnd.nextInt(stores.size()));
        long[] start = now();
        t.set(c, Settings.DATA_SIZE_GB, 1.0 + rnd.nextInt(5000));
        a.update();
        return since(start);
    }

    /**
     * The yardstick: one pass over the topology's components and hard dependencies in dependency order
     * (Kahn's algorithm), computing the longest chain of a per-component weight: the least work any
     * analysis of the graph must do.
     */
    static double[] singlePass(Topology t) {
        long[] start = now();
        Map<Component, Integer> index = new IdentityHashMap<>();
        Component[] nodes = t.components().toArray(new Component[0]);
        for (int i = 0; i < nodes.length; i++) {
            index.put(nodes[i], i);
        }
        int n = nodes.length;
        int[] missing = new int[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>(4));
        }
        for (int i = 0; i < n; i++) {
            for (Dependency d : t.dependenciesOf(nodes[i])) {
                if (d.isHard()) {
                    missing[i]++;
                    dependents.get(index.get(d.target())).add(i);
                }
            }
        }
        long[] chain = new long[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (missing[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            chain[i] += 1 + (nodes[i].id().length() & 7);
            for (int p : dependents.get(i)) {
                chain[p] = Math.max(chain[p], chain[i]);
                if (--missing[p] == 0) {
                    queue[tail++] = p;
                }
            }
        }
        double[] took = since(start);
        if (Arrays.stream(chain).sum() < 0) {
            throw new IllegalStateException();
        }
        return took;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
