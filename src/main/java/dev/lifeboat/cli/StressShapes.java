package dev.lifeboat.cli;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.AnalysisJson;
import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pathological shapes of input that once crashed, hung or exhausted Lifeboat, measured end to end
 * (read the text, analyse, write the JSON where the shape is about output): time and peak heap. Each input
 * is generated in memory, so the figures do not depend on a disk.
 */
final class StressShapes {

    /** The figures of one shape. */
    record Figure(String shape, String what, double ms, double peakHeapMb, String outcome) {

        String json() {
            return String.format(Locale.ROOT, "{\"shape\": \"%s\", \"what\": \"%s\", \"ms\": %.1f, "
                    + "\"peak_heap_mb\": %.0f, \"outcome\": \"%s\"}", shape, what, ms, peakHeapMb, outcome);
        }
    }

    interface Run {
        String run() throws Exception;
    }

    private StressShapes() {
    }

    /**
     * Measures every shape once, in order; making each input is not part of its time.
     *
     * @param scale 1 for the sizes the issue names; less for a quick check that every shape runs
     */
    static List<Figure> measureAll(double scale) {
        List<Figure> out = new ArrayList<>();
        String ring = ring(scaled(100_000, scale));
        out.add(measure("ring-100000", "a dependency cycle of 100,000 stores: read, analyse, check",
                () -> analyse(TopologyFiles.read(ring, null))));
        String chain = chainIntoCycle(scaled(50_000, scale));
        out.add(measure("chain-50000-into-cycle", "a 50,000-long chain ending in a cycle: read, analyse, check",
                () -> analyse(TopologyFiles.read(chain, null))));
        String services = serviceChain(scaled(20_000, scale), false);
        out.add(measure("service-config-chain-20000", "20,000 services, each depending on the next: import",
                () -> imported(services)));
        String sameId = serviceChain(scaled(20_000, scale), true);
        out.add(measure("service-config-same-id-20000", "20,000 service names that reduce to one id: import",
                () -> imported(sameId)));
        String unknown = unknownDependency(scaled(20_000, scale));
        out.add(measure("did-you-mean-20000", "a 20,000-character unknown dependency among 20,000 names",
                () -> imported(unknown)));
        String duration = longDuration(scaled(20_000, scale));
        out.add(measure("duration-20000-digits", "a duration of 20,000 digits and a letter",
                () -> imported(duration)));
        Topology zones = zones(scaled(10_000, scale));
        out.add(measure("zones-10000", "10,000 zones with one database each: analyse, JSON",
                () -> analyseAndWrite(zones)));
        Topology journeys = journeysOverChain(scaled(2_000, scale), scaled(10_000, scale));
        out.add(measure("journeys-10000-over-chain-2000",
                "10,000 journeys over a 2,000-deep chain: analyse, stream the JSON",
                () -> analyseAndWrite(journeys)));
        return out;
    }

    private static int scaled(int n, double scale) {
        return Math.max(10, (int) Math.round(n * scale));
    }

    static Figure measure(String shape, String what, Run run) {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                heap.add(p);
            }
        }
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = run.run();
        } catch (LoadException e) {
            outcome = "refused: " + e.reason();
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            outcome = "FAILED: " + e;
        }
        double ms = (System.nanoTime() - start) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean p : heap) {
            peak += p.getPeakUsage().getUsed();
        }
        String shown = outcome.length() > 100 ? outcome.substring(0, 97) + "..." : outcome;
        return new Figure(shape, what, ms, peak / 1048576.0, shown.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    // ---------------------------------------------------------------- what is measured

    static String analyse(Topology t) {
        Analysis a = RuleBook.standard().analyse(t);
        int missed = 0;
        for (Scenario s : Scenario.values()) {
            for (Journey j : t.journeys()) {
                if (!a.journey(j, s).meetsObjectives()) {
                    missed++;
                }
            }
            a.plan(s);
        }
        return "analysed: " + a.cycles().size() + " cycle(s), " + missed + " objective(s) missed";
    }

    private static String analyseAndWrite(Topology t) throws IOException {
        Analysis a = RuleBook.standard().analyse(t);
        CountingWriter out = new CountingWriter();
        AnalysisJson.write(t, a, List.of(Scenario.values()), out);
        return String.format(Locale.ROOT, "%.1f MB of JSON", out.chars / 1e6);
    }

    private static String imported(String text) throws LoadException {
        Topology t = TopologyFiles.read(text, null);
        return "imported " + t.size() + " components";
    }

    // ---------------------------------------------------------------- the shapes

    private static String ring(int n) {
        Topology t = new Topology();
        t.setName("ring");
        List<Component> cs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cs.add(t.addComponent("c" + i, ComponentKind.DATASTORE, "c" + i));
        }
        for (int i = 0; i < n; i++) {
            t.addDependency(cs.get(i), cs.get((i + 1) % n), Strength.HARD);
        }
        t.addJourney("j", "journey", List.of(cs.get(0)), TimeBound.ofHours(1), TimeBound.ofHours(1));
        return TopologyFiles.toJson(t);
    }

    private static String chainIntoCycle(int n) {
        Topology t = new Topology();
        t.setName("chain");
        List<Component> cs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cs.add(t.addComponent("c" + i, i == 0 ? ComponentKind.SERVICE : ComponentKind.DATASTORE, "c" + i));
        }
        for (int i = 0; i < n - 1; i++) {
            t.addDependency(cs.get(i), cs.get(i + 1), Strength.HARD);
        }
        t.addDependency(cs.get(n - 1), cs.get(n - 3), Strength.HARD);
        t.addJourney("j", "journey", List.of(cs.get(0)), TimeBound.ofHours(1), TimeBound.ofHours(1));
        return TopologyFiles.toJson(t);
    }

    /** Service-config: each service depends on the next; with sameId, names differ only in punctuation. */
    private static String serviceChain(int n, boolean sameId) {
        StringBuilder sb = new StringBuilder(n * 80).append("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"service_name\": \"").append(name(i, sameId))
                    .append("\", \"dependencies\": [");
            if (i + 1 < n) {
                sb.append('"').append(name(i + 1, sameId)).append('"');
            }
            sb.append("]}");
        }
        return sb.append("]").toString();
    }

    /** svc-17, or svc followed by the number written in punctuation (which an id drops). */
    private static String name(int i, boolean sameId) {
        if (!sameId) {
            return "svc-" + i;
        }
        String digits = "!@#$%^&*";
        StringBuilder sb = new StringBuilder("svc");
        int k = i;
        do {
            sb.append(digits.charAt(k % 8));
            k /= 8;
        } while (k > 0);
        return sb.toString();
    }

    private static String unknownDependency(int n) {
        String chain = serviceChain(n, false);
        return chain.substring(0, chain.length() - 1) + ",{\"service_name\": \"last\", \"dependencies\": [\""
                + "x".repeat(n) + "\"]}]";
    }

    private static String longDuration(int digits) {
        return "{\"service_name\": \"svc\", \"database\": {\"type\": \"postgresql\", \"backup_frequency\": \""
                + "1".repeat(digits) + "x\"}}";
    }

    private static Topology zones(int n) {
        Topology t = new Topology();
        t.setName("zones");
        Place region = t.addPlace("region", PlaceKind.REGION, "region", null, new Bounds(0, 0, 1e6, 1e6));
        for (int i = 0; i < n; i++) {
            Place z = t.addPlace("z" + i, PlaceKind.ZONE, "z" + i, region, new Bounds(i * 10.0, 0, 9, 9));
            Component db = t.addComponent("db" + i, ComponentKind.POSTGRESQL, "db" + i);
            t.place(db, z);
        }
        return t;
    }

    private static Topology journeysOverChain(int depth, int journeys) {
        Topology t = new Topology();
        t.setName("journeys");
        List<Component> cs = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            cs.add(t.addComponent("s" + i, ComponentKind.SERVICE, "s" + i));
        }
        for (int i = 0; i < depth - 1; i++) {
            t.addDependency(cs.get(i), cs.get(i + 1), Strength.HARD);
        }
        for (int j = 0; j < journeys; j++) {
            t.addJourney("j" + j, "journey " + j, List.of(cs.get(j % 10)), TimeBound.ofHours(1), TimeBound.ofHours(1));
        }
        return t;
    }

    /** Counts what is written and keeps nothing. */
    private static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String str, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
