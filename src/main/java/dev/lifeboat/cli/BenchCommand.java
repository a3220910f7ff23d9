package dev.lifeboat.cli;

import dev.lifeboat.engine.EngineBenchmark;
import dev.lifeboat.engine.SyntheticTopology;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommender;
import dev.lifeboat.engine.recommend.SyntheticJourney;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lifeboat bench}: prints the engine's speed on synthetic topologies as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the engine's speed on synthetic topologies and prints JSON.",
            "Each topology has about 3 dependencies per component. The figures are the median full analysis, "
                    + "the median re-analysis after one setting edit, and, as the yardstick, the median of a "
                    + "plain single pass over the same graph."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000", paramLabel = "N",
            description = "Topology sizes. Default: ${DEFAULT-VALUE}.")
    int[] sizes;

    @Option(names = "--journeys", defaultValue = "200", description = "Journeys. Default: ${DEFAULT-VALUE}.")
    int journeys;

    @Option(names = "--runs", defaultValue = "21", description = "Full analyses per size. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--edits", defaultValue = "501", description = "Edits per size. Default: ${DEFAULT-VALUE}.")
    int edits;

    @Option(names = "--shapes", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also measure the pathological shapes (cycles, deep chains, many zones, many journeys, "
                    + "hostile values): time and peak heap. Default: ${DEFAULT-VALUE}.")
    boolean shapes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String problem = checkOptions();
        if (problem != null) {
            spec.commandLine().getErr().println("lifeboat: bench: " + problem);
            return LifeboatCommand.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        EngineBenchmark bench = new EngineBenchmark(RuleBook.standard()::assessLazily);
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"machine\": {\"cores\": ").append(Runtime.getRuntime().availableProcessors())
                .append(", \"java\": \"").append(System.getProperty("java.version")).append("\"},\n");
        json.append("  \"max_heap_mb\": ").append(Runtime.getRuntime().maxMemory() / 1048576).append(",\n");
        json.append("  \"targets\": {\"full_10000_ms\": 50, \"full_over_single_pass\": 10, \"edit_1000_ms\": 2, "
                + "\"load_and_analyse_100000_ms\": 5000, \"shape_ms\": 5000, \"heap_mb\": 1024},\n");
        json.append("  \"results\": [\n");
        for (int k = 0; k < sizes.length; k++) {
            EngineBenchmark.Figures f = bench.run(sizes[k], journeys, runs, edits);
            LoadFigure load = loadAndAnalyse(sizes[k], journeys);
            json.append(String.format(Locale.ROOT, "    {\"components\": %d, \"dependencies\": %d, \"journeys\": %d, "
                            + "\"full_analysis_median_ms\": %.3f, \"edit_reanalysis_median_ms\": %.4f, "
                            + "\"single_pass_median_ms\": %.3f, \"full_over_single_pass\": %.1f, "
                            + "\"cpu\": {\"full_analysis_median_ms\": %.3f, \"edit_reanalysis_median_ms\": %.4f, "
                            + "\"single_pass_median_ms\": %.3f}, "
                            + "\"full_runs\": %d, \"edit_runs\": %d, \"file_mb\": %.1f, "
                            + "\"load_and_analyse_ms\": %.0f, \"load_and_analyse_peak_heap_mb\": %.0f}%s%n",
                    f.components(), f.dependencies(), f.journeys(), f.fullAnalysisMs(), f.editReanalysisMs(),
                    f.singlePassMs(), f.fullOverSinglePass(), f.fullAnalysisCpuMs(), f.editReanalysisCpuMs(),
                    f.singlePassCpuMs(), f.fullRuns(), f.editRuns(), load.fileMb,
                    load.figure.ms(), load.figure.peakHeapMb(), k < sizes.length - 1 ? "," : ""));
        }
        json.append("  ],\n");
        json.append("  \"recommender\": ").append(recommenderFigure()).append(",\n");
        json.append("  \"recommender_targets\": {\"recommend_ms\": 200, \"frontier_ms\": 2000}");
        if (shapes) {
            json.append(",\n  \"shapes\": [\n");
            List<StressShapes.Figure> figures = StressShapes.measureAll(1);
            for (int k = 0; k < figures.size(); k++) {
                json.append("    ").append(figures.get(k).json()).append(k < figures.size() - 1 ? ",\n" : "\n");
            }
            json.append("  ]");
        }
        json.append("\n}\n");
        out.print(json);
        return 0;
    }

    /**
     * Time to the proven cheapest answer (with its alternatives, each re-analysed by the engine) for a journey of
     * 30 components with 4 to 6 options each whose objectives the menus can meet (set from a random choice's
     * numbers plus 10%); the median of 5 runs after 2 warm-ups, wall clock and this thread's CPU time. Then the
     * time to the same journey's full frontier (every point re-analysed by the engine), worst over all scenarios,
     * measured the same way, and under each scenario alone (the median of 3 runs after 1 warm-up).
     */
    private static String recommenderFigure() {
        Topology t = SyntheticJourney.generateReachable(30, 11L);
        Journey j = t.journey("journey").orElseThrow();
        Recommender r = Recommender.standard();
        Recommendation[] last = new Recommendation[1];
        double[] recommend = median(5, 2, () -> last[0] = r.recommend(t, j));
        FrontierSearch search = FrontierSearch.standard();
        Frontier[] frontier = new Frontier[1];
        double[] worst = median(5, 2, () -> frontier[0] = search.frontier(t, j, null));
        StringBuilder byScenario = new StringBuilder();
        for (Scenario s : Scenario.values()) {
            Frontier[] under = new Frontier[1];
            double[] ms = median(3, 1, () -> under[0] = search.frontier(t, j, s));
            byScenario.append(byScenario.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"scenario\": \"%s\", \"frontier_ms\": %.1f, \"frontier_cpu_ms\": %.1f, \"points\": %d, "
                            + "\"proven\": %s}", s.id(), ms[0], ms[1], under[0].points().size(), under[0].proven()));
        }
        return String.format(Locale.ROOT, "{\"components\": 30, \"status\": \"%s\", \"proven_optimal\": %s, "
                + "\"recommend_ms\": %.1f, \"recommend_cpu_ms\": %.1f, \"frontier_ms\": %.1f, "
                + "\"frontier_cpu_ms\": %.1f, \"frontier_points\": %d, \"frontier_proven\": %s, "
                + "\"frontier_by_scenario\": [%s]}",
                last[0].status().name().toLowerCase(Locale.ROOT), last[0].proven(), recommend[0], recommend[1],
                worst[0], worst[1], frontier[0].points().size(), frontier[0].proven(), byScenario);
    }

    /** The median wall-clock and CPU time (ms) of {@code runs} runs after {@code warmUps} unmeasured ones. */
    private static double[] median(int runs, int warmUps, Runnable work) {
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int k = -warmUps; k < runs; k++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            work.run();
            if (k >= 0) {
                ms[k] = (System.nanoTime() - start) / 1e6;
                cpu[k] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(cpu);
        return new double[] {ms[runs / 2], cpu[runs / 2]};
    }

    private record LoadFigure(double fileMb, StressShapes.Figure figure) {
    }

    /** A synthetic topology of the size, written as a native file's text, then read and analysed. */
    private static LoadFigure loadAndAnalyse(int size, int journeys) {
        String text = TopologyFiles.toJson(SyntheticTopology.generate(size, journeys, 7L));
        StressShapes.Figure figure = StressShapes.measure("load-" + size, "read the native text and analyse",
                () -> StressShapes.analyse(TopologyFiles.read(text, null)));
        return new LoadFigure(text.length() / 1e6, figure);
    }

    /** What is wrong with the options, or null: the synthetic topology needs two components and one run. */
    private String checkOptions() {
        if (sizes.length == 0) {
            return "--sizes needs at least one size";
        }
        for (int n : sizes) {
            if (n < 2) {
                return "--sizes " + n + ": a topology size must be at least 2 components";
            }
        }
        if (journeys < 0) {
            return "--journeys " + journeys + ": must be 0 or more";
        }
        if (runs < 1) {
            return "--runs " + runs + ": must be at least 1";
        }
        if (edits < 1) {
            return "--edits " + edits + ": must be at least 1";
        }
        return null;
    }
}
