package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The {@link Analysis} of a topology, kept up to date incrementally.
 *
 * <p>How the numbers are combined (see the README, "How the numbers are computed"):
 * <ul>
 *   <li>Each component's own RPO/RTO per scenario comes from its technology's rule, and is recomputed only
 *       when one of its settings changes.</li>
 *   <li>A scenario can have several <em>instances</em>: zone loss is evaluated for each zone that holds a
 *       component, region loss for each region; a component placed in no zone (region) is assumed to be in
 *       the lost one. An external provider is hit by a zone or region loss only where it is placed, or,
 *       when unplaced, by a region loss. Process crash, node loss and logical corruption hit every
 *       component at once.</li>
 *   <li>Per instance, one pass in dependency order computes for every component the time at which it is
 *       back, {@code finish(c) = max(finish of its hard dependencies) + own RTO of c if hit}, and the worst
 *       RPO among c and what it needs. Components in a dependency cycle recover together, as one unit.</li>
 *   <li>A journey's RTO is the largest finish among its entries (its critical path follows the maxima
 *       back); its RPO the worst among the components it needs; for zone and region loss, the worst
 *       instance counts, and is named.</li>
 * </ul>
 * After a setting change only the edited component's rules run, and only the components that depend on
 * it (transitively) and the journeys entering there are recomputed. A structural change (a component,
 * dependency or place added, removed or moved between places) rebuilds the order, in linear time.
 *
 * <p>Not thread-safe: use it from the thread that changes the topology.
 */
public final class IncrementalAnalysis implements Analysis, TopologyListener {

    private static final long UNBOUNDED = ScenarioInstance.UNBOUNDED;
    private static final Scenario[] SCENARIOS = Scenario.values();
    private static final String UNPLACED = "(unplaced)";
    /** From this many components on, a rebuild runs their rules in parallel. */
    private static final int PARALLEL_THRESHOLD = Integer.MAX_VALUE;

    private final Topology topology;
    private final BiFunction<Component, Scenario, ComponentAssessment> rules;
    private final List<AnalysisListener> listeners = new CopyOnWriteArrayList<>();

    private final Map<Component, ComponentAssessment[]> assessments = new IdentityHashMap<>();
    private boolean structureDirty = true;
    private final Set<Component> dirtyComponents = new LinkedHashSet<>();
    private final Set<Component> touchedComponents = new LinkedHashSet<>();
    private final Set<Journey> dirtyJourneys = new LinkedHashSet<>();
    private boolean journeysRemoved;

    // ---- state rebuilt on structural change
    private Component[] nodes = new Component[0];
    private final Map<Component, Integer> index = new IdentityHashMap<>();
    private DependencyOrder order;
    private boolean[] needsCycle;
    private long[][] ownRpo;
    private long[][] ownRto;
    private boolean[][] rpoAssumedAt;
    private boolean[][] rtoAssumedAt;
    private final Map<Scenario, ScenarioInstance[]> instances = new EnumMap<>(Scenario.class);
    private int[][] journeysByEntry;
    private List<Journey> journeyList = List.of();
    private final Map<Journey, JourneyAssessment[]> journeyResults = new IdentityHashMap<>();
    private final Map<Scenario, RecoveryPlan> plans = new EnumMap<>(Scenario.class);
    private final Map<Scenario, int[]> waves = new EnumMap<>(Scenario.class);

    /** Analyses the topology with the given rules and follows its changes. */
    public IncrementalAnalysis(Topology topology, BiFunction<Component, Scenario, ComponentAssessment> rules) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.rules = Objects.requireNonNull(rules, "rules");
        topology.addListener(this);
    }

    /** Analyses the topology with the standard rules ({@link dev.lifeboat.engine.rules.RuleBook#standard()}). */
    public static IncrementalAnalysis of(Topology topology) {
        return new IncrementalAnalysis(topology, dev.lifeboat.engine.rules.RuleBook.standard()::assessLazily);
    }

    /** Stops following the topology. */
    public void dispose() {
        topology.removeListener(this);
    }

    public Topology topology() {
        return topology;
    }

    // ---------------------------------------------------------------- listening

    @Override
    public void topologyChanged(TopologyEvent e) {
        switch (e.type()) {
            case SETTING_CHANGED:
                dirtyComponents.add((Component) e.subject());
                break;
            case COMPONENT_RENAMED:
                touchedComponents.add((Component) e.subject());
                break;
            case COMPONENT_MOVED:
                break;
            case JOURNEY_ADDED:
            case JOURNEY_CHANGED:
                dirtyJourneys.add((Journey) e.subject());
                break;
            case JOURNEY_REMOVED:
                journeyResults.remove((Journey) e.subject());
                dirtyJourneys.remove((Journey) e.subject());
                journeysRemoved = true;
                break;
            case COMPONENT_REMOVED:
                assessments.remove((Component) e.subject());
                dirtyComponents.remove((Component) e.subject());
                touchedComponents.remove((Component) e.subject());
                structureDirty = true;
                break;
            default:
                if (e.type().structural()) {
                    structureDirty = true;
                }
        }
    }

    @Override
    public void addListener(AnalysisListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void removeListener(AnalysisListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- updating

    @Override
    public void update() {
        if (structureDirty) {
            for (Component c : dirtyComponents) {
                assessments.remove(c);
            }
            dirtyComponents.clear();
            touchedComponents.clear();
            dirtyJourneys.clear();
            journeysRemoved = false;
            rebuild();
            fire(new AnalysisChange(true, new HashSet<>(Arrays.asList(nodes)), new HashSet<>(journeyList)));
            return;
        }
        if (dirtyComponents.isEmpty() && dirtyJourneys.isEmpty() && touchedComponents.isEmpty() && !journeysRemoved) {
            return;
        }
        Set<Component> changedComponents = new LinkedHashSet<>(touchedComponents);
        Set<Journey> changedJourneys = new LinkedHashSet<>();
        boolean[] scenarioChanged = new boolean[SCENARIOS.length];
        boolean[] cone = null;
        for (Component c : dirtyComponents) {
            Integer ci = index.get(c);
            if (ci == null) {
                continue;
            }
            changedComponents.add(c);
            boolean[] changed = reassess(c, ci);
            for (int s = 0; s < SCENARIOS.length; s++) {
                if (changed[s]) {
                    scenarioChanged[s] = true;
                }
            }
            if (any(changed)) {
                int[] units = cone(ci);
                for (int s = 0; s < SCENARIOS.length; s++) {
                    if (changed[s]) {
                        for (ScenarioInstance inst : instances.get(SCENARIOS[s])) {
                            // an instance that does not affect the edited node does not affect its cone
                            if (inst.slot(ci) >= 0) {
                                for (int u : units) {
                                    inst.compute(u, order, ownRto[s], ownRpo[s]);
                                }
                            }
                        }
                    }
                }
                if (cone == null) {
                    cone = new boolean[nodes.length];
                }
                for (int u : units) {
                    for (int m : order.members[u]) {
                        cone[m] = true;
                    }
                }
            }
        }
        if (cone != null) {
            for (int i = 0; i < nodes.length; i++) {
                if (cone[i]) {
                    for (int j : journeysByEntry[i]) {
                        changedJourneys.add(journeyList.get(j));
                    }
                }
            }
        }
        changedJourneys.addAll(dirtyJourneys);
        if (!dirtyJourneys.isEmpty() || journeysRemoved) {
            indexJourneys();
        }
        for (Journey j : changedJourneys) {
            if (topology.journey(j.id()).orElse(null) == j) {
                journeyResults.put(j, assessJourney(j));
            }
        }
        for (int s = 0; s < SCENARIOS.length; s++) {
            if (scenarioChanged[s]) {
                plans.remove(SCENARIOS[s]);
                waves.remove(SCENARIOS[s]);
            }
        }
        dirtyComponents.clear();
        touchedComponents.clear();
        dirtyJourneys.clear();
        journeysRemoved = false;
        fire(new AnalysisChange(false, changedComponents, changedJourneys));
    }

    private static boolean any(boolean[] a) {
        for (boolean b : a) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private void fire(AnalysisChange change) {
        for (AnalysisListener l : listeners) {
            l.analysisChanged(change);
        }
    }

    /** Reruns a component's rules; returns per scenario whether its own RPO or RTO changed. */
    private boolean[] reassess(Component c, int ci) {
        ComponentAssessment[] a = assess(c);
        assessments.put(c, a);
        boolean[] changed = new boolean[SCENARIOS.length];
        for (int s = 0; s < SCENARIOS.length; s++) {
            long rpo = secondsOf(a[s].rpo());
            long rto = secondsOf(a[s].rto());
            changed[s] = rpo != ownRpo[s][ci] || rto != ownRto[s][ci]
                    || a[s].rpoAssumed() != rpoAssumedAt[s][ci] || a[s].rtoAssumed() != rtoAssumedAt[s][ci];
            ownRpo[s][ci] = rpo;
            ownRto[s][ci] = rto;
            rpoAssumedAt[s][ci] = a[s].rpoAssumed();
            rtoAssumedAt[s][ci] = a[s].rtoAssumed();
        }
        return changed;
    }

    private ComponentAssessment[] assess(Component c) {
        ComponentAssessment[] a = new ComponentAssessment[SCENARIOS.length];
        for (int s = 0; s < SCENARIOS.length; s++) {
            a[s] = Objects.requireNonNull(rules.apply(c, SCENARIOS[s]), "a rule returned no assessment");
        }
        return a;
    }

    /** The units of node ci and of everything that depends on it, in dependency order. */
    private int[] cone(int ci) {
        int units = order.members.length;
        boolean[] seen = new boolean[units];
        int[] stack = new int[nodes.length];
        int top = 0;
        int start = order.unitOf[ci];
        seen[start] = true;
        int count = 1;
        for (int m : order.members[start]) {
            stack[top++] = m;
        }
        while (top > 0) {
            int i = stack[--top];
            for (int p : order.dependents[i]) {
                int pu = order.unitOf[p];
                if (!seen[pu]) {
                    seen[pu] = true;
                    count++;
                    for (int m : order.members[pu]) {
                        stack[top++] = m;
                    }
                }
            }
        }
        // everything in the cone comes at or after its start in dependency order: one scan, no sort
        int[] out = new int[count];
        int k = 0;
        for (int p = order.position[start]; p < units && k < count; p++) {
            if (seen[order.order[p]]) {
                out[k++] = order.order[p];
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- rebuilding

    private void rebuild() {
        structureDirty = false;
        plans.clear();
        waves.clear();
        index.clear();
        nodes = topology.components().toArray(new Component[0]);
        int n = nodes.length;
        for (int i = 0; i < n; i++) {
            index.put(nodes[i], i);
        }
        ownRpo = new long[SCENARIOS.length][n];
        ownRto = new long[SCENARIOS.length][n];
        rpoAssumedAt = new boolean[SCENARIOS.length][n];
        rtoAssumedAt = new boolean[SCENARIOS.length][n];
        assessMissing();
        for (int i = 0; i < n; i++) {
            Component c = nodes[i];
            ComponentAssessment[] a = assessments.get(c);
            for (int s = 0; s < SCENARIOS.length; s++) {
                ownRpo[s][i] = secondsOf(a[s].rpo());
                ownRto[s][i] = secondsOf(a[s].rto());
                rpoAssumedAt[s][i] = a[s].rpoAssumed();
                rtoAssumedAt[s][i] = a[s].rtoAssumed();
            }
        }
        int[][] deps = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Dependency> out = topology.dependenciesOf(nodes[i]);
            int hard = 0;
            for (Dependency d : out) {
                if (d.isHard()) {
                    hard++;
                }
            }
            int[] ds = new int[hard];
            int k = 0;
            for (Dependency d : out) {
                if (d.isHard()) {
                    ds[k++] = index.get(d.target());
                }
            }
            deps[i] = ds;
        }
        order = new DependencyOrder(deps);
        needsCycle = new boolean[n];
        for (int u : order.order) {
            int[] m = order.members[u];
            boolean cyc = m.length > 1;
            for (int i : m) {
                for (int d : deps[i]) {
                    cyc |= needsCycle[d];
                }
            }
            for (int i : m) {
                needsCycle[i] = cyc;
            }
        }
        buildInstances();
        for (ScenarioInstance[] insts : instances.values()) {
            for (ScenarioInstance inst : insts) {
                int s = inst.scenario.ordinal();
                for (int u : inst.units) {
                    inst.compute(u, order, ownRto[s], ownRpo[s]);
                }
            }
        }
        indexJourneys();
        journeyResults.clear();
        for (Journey j : journeyList) {
            journeyResults.put(j, assessJourney(j));
        }
    }

    /**
     * Runs the rules of every component that has no assessment yet. Rules are pure functions of a
     * component's settings and nothing changes the topology meanwhile, so a large batch (opening a file)
     * is spread over the cores.
     */
    private void assessMissing() {
        List<Component> missing = new ArrayList<>();
        for (Component c : nodes) {
            if (!assessments.containsKey(c)) {
                missing.add(c);
            }
        }
        ComponentAssessment[][] results = new ComponentAssessment[missing.size()][];
        IntStream range = IntStream.range(0, missing.size());
        (missing.size() >= PARALLEL_THRESHOLD ? range.parallel() : range)
                .forEach(k -> results[k] = assess(missing.get(k)));
        for (int k = 0; k < results.length; k++) {
            assessments.put(missing.get(k), results[k]);
        }
    }

    private void indexJourneys() {
        journeyList = new ArrayList<>(topology.journeys());
        int n = nodes.length;
        int[] count = new int[n];
        for (Journey j : journeyList) {
            for (Component e : j.entries()) {
                Integer i = index.get(e);
                if (i != null) {
                    count[i]++;
                }
            }
        }
        journeysByEntry = new int[n][];
        for (int i = 0; i < n; i++) {
            journeysByEntry[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int jx = 0; jx < journeyList.size(); jx++) {
            for (Component e : journeyList.get(jx).entries()) {
                Integer i = index.get(e);
                if (i != null) {
                    journeysByEntry[i][fill[i]++] = jx;
                }
            }
        }
    }

    /**
     * The instances of every scenario, each built from the nodes it hits: see the class comment. Nodes are
     * grouped by place first, so that building an instance costs what it hits, not the topology's size.
     */
    private void buildInstances() {
        instances.clear();
        int n = nodes.length;
        Map<Place, IntList> zones = new LinkedHashMap<>();
        Map<Place, IntList> regions = new LinkedHashMap<>();
        Map<Place, IntList> zonelessInRegion = new LinkedHashMap<>();
        IntList zonelessNoRegion = new IntList();
        IntList regionless = new IntList();
        IntList all = new IntList();
        IntList notExternal = new IntList();
        for (int i = 0; i < n; i++) {
            Component c = nodes[i];
            boolean external = c.kind() == ComponentKind.EXTERNAL;
            Place z = c.zone();
            Place r = c.region();
            all.add(i);
            if (!external) {
                notExternal.add(i);
            }
            if (z != null) {
                zones.computeIfAbsent(z, k -> new IntList()).add(i);
            } else if (!external) {
                (r == null ? zonelessNoRegion : zonelessInRegion.computeIfAbsent(r, k -> new IntList())).add(i);
            }
            if (r != null) {
                regions.computeIfAbsent(r, k -> new IntList()).add(i);
            } else {
                regionless.add(i);
            }
        }
        boolean[] scratch = new boolean[order.members.length];
        for (Scenario s : SCENARIOS) {
            List<ScenarioInstance> list = new ArrayList<>();
            // a switch expression: a new reach does not compile until it says what it hits
            int count = switch (s.reach()) {
                case EVERYTHING -> {
                    list.add(ScenarioInstance.of(s, null, all.toArray(), order, scratch));
                    yield 1;
                }
                case ONE_ZONE -> {
                    if (zones.isEmpty()) {
                        list.add(ScenarioInstance.of(s, UNPLACED, notExternal.toArray(), order, scratch));
                    }
                    for (Map.Entry<Place, IntList> z : zones.entrySet()) {
                        // a component in no zone is assumed to be in the lost one, if its region allows
                        IntList hit = new IntList();
                        hit.addAll(z.getValue());
                        hit.addAll(zonelessNoRegion);
                        Place zr = z.getKey().region();
                        if (zr != null && zonelessInRegion.containsKey(zr)) {
                            hit.addAll(zonelessInRegion.get(zr));
                        }
                        list.add(ScenarioInstance.of(s, z.getKey().name(), hit.toArray(), order, scratch));
                    }
                    yield list.size();
                }
                case ONE_REGION -> {
                    if (regions.isEmpty()) {
                        list.add(ScenarioInstance.of(s, UNPLACED, all.toArray(), order, scratch));
                    }
                    for (Map.Entry<Place, IntList> r : regions.entrySet()) {
                        IntList hit = new IntList();
                        hit.addAll(r.getValue());
                        hit.addAll(regionless);
                        list.add(ScenarioInstance.of(s, r.getKey().name(), hit.toArray(), order, scratch));
                    }
                    yield list.size();
                }
            };
            instances.put(s, list.toArray(new ScenarioInstance[count]));
        }
    }

    // ---------------------------------------------------------------- journeys

    private JourneyAssessment[] assessJourney(Journey j) {
        JourneyAssessment[] out = new JourneyAssessment[SCENARIOS.length];
        for (Scenario s : SCENARIOS) {
            out[s.ordinal()] = assessJourney(j, s);
        }
        return out;
    }

    private JourneyAssessment assessJourney(Journey j, Scenario s) {
        long bestRto = -1;
        int rtoEntry = -1;
        ScenarioInstance rtoInst = null;
        long bestRpo = -1;
        int rpoEntry = -1;
        ScenarioInstance rpoInst = null;
        boolean cyclic = false;
        for (Component e : j.entries()) {
            Integer i = index.get(e);
            if (i == null) {
                continue;
            }
            cyclic |= needsCycle[i];
            for (ScenarioInstance inst : instances.get(s)) {
                long finish = inst.finish(i);
                if (finish > bestRto) {
                    bestRto = finish;
                    rtoEntry = i;
                    rtoInst = inst;
                }
                long rpoWorst = inst.rpoWorst(i);
                if (rpoWorst > bestRpo) {
                    bestRpo = rpoWorst;
                    rpoEntry = i;
                    rpoInst = inst;
                }
            }
        }
        TimeBound rto = rtoEntry < 0 ? TimeBound.ZERO : bound(bestRto);
        TimeBound rpo = rpoEntry < 0 ? TimeBound.ZERO : bound(bestRpo);
        int sc = s.ordinal();
        ScenarioInstance.CriticalPath path = rtoEntry >= 0 && bestRto > 0
                ? rtoInst.criticalPath(rtoEntry, nodes, rtoAssumedAt[sc], ownRto[sc])
                : ScenarioInstance.CriticalPath.EMPTY;
        boolean rtoAssumed = path.rtoAssumed();
        Component bottleneck = null;
        boolean rpoAssumed = false;
        if (rpoEntry >= 0 && bestRpo > 0 && rpoInst.bottleneck(rpoEntry) >= 0) {
            int b = rpoInst.bottleneck(rpoEntry);
            bottleneck = nodes[b];
            rpoAssumed = rpoAssumedAt[sc][b];
        }
        Boolean meetsRpo = j.rpoObjective() == null ? null : rpo.meets(j.rpoObjective());
        Boolean meetsRto = j.rtoObjective() == null ? null : rto.meets(j.rtoObjective());
        return new JourneyAssessment(j, s, rpo, rto, bottleneck, path, meetsRpo, meetsRto,
                rpoInst == null ? null : rpoInst.place, rtoInst == null ? null : rtoInst.place, cyclic, rpoAssumed,
                rtoAssumed);
    }

    // ---------------------------------------------------------------- queries

    @Override
    public ComponentAssessment assessment(Component component, Scenario scenario) {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(scenario, "scenario");
        update();
        ComponentAssessment[] a = assessments.get(component);
        if (a == null) {
            throw new IllegalArgumentException("component " + component.id() + " is not part of the topology");
        }
        return a[scenario.ordinal()];
    }

    @Override
    public JourneyAssessment journey(Journey journey, Scenario scenario) {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(scenario, "scenario");
        update();
        JourneyAssessment[] a = journeyResults.get(journey);
        if (a == null) {
            throw new IllegalArgumentException("journey " + journey.id() + " is not part of the topology");
        }
        return a[scenario.ordinal()];
    }

    @Override
    public List<List<Component>> cycles() {
        update();
        List<List<Component>> out = new ArrayList<>();
        for (int[] c : order.cycles) {
            List<Component> members = new ArrayList<>();
            for (int i : c) {
                members.add(nodes[i]);
            }
            out.add(Collections.unmodifiableList(members));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public int wave(Component component, Scenario scenario) {
        update();
        Integer i = index.get(component);
        if (i == null) {
            throw new IllegalArgumentException("component " + component.id() + " is not part of the topology");
        }
        plan(scenario);
        return waves.get(scenario)[i];
    }

    @Override
    public RecoveryPlan plan(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        update();
        RecoveryPlan p = plans.get(scenario);
        if (p == null) {
            p = buildPlan(scenario);
            plans.put(scenario, p);
        }
        return p;
    }

    /**
     * The plan lists every component that some instance of the scenario hits and that needs time to
     * recover, timed as if all of them were hit at once (for zone and region loss, an upper bound).
     */
    private RecoveryPlan buildPlan(Scenario scenario) {
        int n = nodes.length;
        boolean[] hit = new boolean[n];
        IntList hitNodes = new IntList();
        for (ScenarioInstance inst : instances.get(scenario)) {
            inst.forEachHit(i -> {
                if (!hit[i]) {
                    hit[i] = true;
                    hitNodes.add(i);
                }
            });
        }
        int s = scenario.ordinal();
        ScenarioInstance union = ScenarioInstance.of(scenario, null, hitNodes.toArray(), order,
                new boolean[order.members.length]);
        for (int u : union.units) {
            union.compute(u, order, ownRto[s], ownRpo[s]);
        }
        int[] level = new int[n];
        int[] wave = new int[n];
        int maxLevel = 0;
        for (int u : order.order) {
            int[] m = order.members[u];
            boolean needs = false;
            int lv = 0;
            for (int i : m) {
                needs |= hit[i] && ownRto[s][i] > 0;
                for (int d : order.deps[i]) {
                    if (order.unitOf[d] != u && level[d] > lv) {
                        lv = level[d];
                    }
                }
            }
            if (needs) {
                lv++;
            }
            for (int i : m) {
                level[i] = lv;
                wave[i] = hit[i] && ownRto[s][i] > 0 ? lv : 0;
            }
            maxLevel = Math.max(maxLevel, lv);
        }
        List<List<RecoveryPlan.Step>> ws = new ArrayList<>();
        for (int w = 0; w < maxLevel; w++) {
            ws.add(new ArrayList<>());
        }
        boolean[] inCycle = new boolean[n];
        for (int[] c : order.cycles) {
            for (int i : c) {
                inCycle[i] = true;
            }
        }
        for (int u : order.order) {
            for (int i : order.members[u]) {
                if (wave[i] > 0) {
                    ComponentAssessment a = assessments.get(nodes[i])[s];
                    ws.get(wave[i] - 1).add(new RecoveryPlan.Step(nodes[i], wave[i], a.action(), bound(ownRto[s][i]),
                            bound(union.start(i)), bound(union.finish(i)), inCycle[i]));
                }
            }
        }
        waves.put(scenario, wave);
        return new RecoveryPlan(scenario, ws, cycles());
    }

    // ---------------------------------------------------------------- helpers

    private static long secondsOf(TimeBound t) {
        return t.isUnbounded() ? UNBOUNDED : t.seconds();
    }

    private static TimeBound bound(long seconds) {
        return seconds == UNBOUNDED ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(seconds);
    }
}
