package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * The {@link Analysis} of a topology, kept up to date incrementally. It puts together:
 * <ul>
 *   <li>{@link OwnAssessments}: each component's own numbers from its technology's rule, recomputed only
 *       when one of its settings changes;</li>
 *   <li>{@link DependencyOrder}: the hard-dependency graph in dependency order, cycles as units;</li>
 *   <li>{@link ScenarioInstances}: the instances of each scenario (one per zone for zone loss, ...), each
 *       a {@link ScenarioInstance} running the recovery pass over what it affects;</li>
 *   <li>{@link JourneyEvaluator}: each journey's numbers from the pass;</li>
 *   <li>{@link RecoveryPlanner}: the recovery order, built when first asked for.</li>
 * </ul>
 * After a setting change only the edited component's rules run, and only the components that depend on
 * it (its cone) and the journeys entering there are recomputed, under the scenarios whose numbers
 * changed. A structural change (a component, dependency or place added, removed or moved between places)
 * rebuilds the order, in linear time.
 *
 * <p>Not thread-safe: use it from the thread that changes the topology.
 */
public final class IncrementalAnalysis implements Analysis, TopologyListener {

    private static final Scenario[] SCENARIOS = Scenario.values();

    private final Topology topology;
    private final List<AnalysisListener> listeners = new CopyOnWriteArrayList<>();
    private final OwnAssessments own;

    private boolean structureDirty = true;
    private final Set<Component> dirtyComponents = new LinkedHashSet<>();
    private final Set<Component> touchedComponents = new LinkedHashSet<>();
    private final Set<Journey> dirtyJourneys = new LinkedHashSet<>();
    private boolean journeysRemoved;

    // ---- state rebuilt on structural change
    private Component[] nodes = new Component[0];
    private final Map<Component, Integer> index = new IdentityHashMap<>();
    private DependencyOrder order;
    private Map<Scenario, ScenarioInstance[]> instances = new EnumMap<>(Scenario.class);
    /** hitBySome[s][i]: whether some instance of scenario s hits node i. */
    private boolean[][] hitBySome;
    private JourneyEvaluator journeys;
    private int[][] journeysByEntry;
    private List<Journey> journeyList = List.of();
    private final Map<Journey, JourneyAssessment[]> journeyResults = new IdentityHashMap<>();
    private final Map<Scenario, RecoveryPlan> plans = new EnumMap<>(Scenario.class);
    private final Map<Scenario, int[]> waves = new EnumMap<>(Scenario.class);

    /** Analyses the topology with the given rules and follows its changes. */
    public IncrementalAnalysis(Topology topology, BiFunction<Component, Scenario, ComponentAssessment> rules) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.own = new OwnAssessments(rules);
        topology.addListener(this);
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
            case ASSUMPTIONS_CHANGED:
                // an assumption of the whole design (the time to notice corruption) may change any store
                dirtyComponents.addAll(topology.components());
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
                own.forget((Component) e.subject());
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
                own.forget(c);
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
        boolean[] scenarioChanged = new boolean[SCENARIOS.length];
        Set<Journey> coneJourneys = new LinkedHashSet<>();
        for (Component c : dirtyComponents) {
            Integer ci = index.get(c);
            if (ci == null) {
                continue;
            }
            changedComponents.add(c);
            boolean[] changed = own.reassess(c, ci);
            int[] cone = null;
            for (int s = 0; s < SCENARIOS.length; s++) {
                if (!changed[s]) {
                    continue;
                }
                scenarioChanged[s] = true;
                if (cone == null) {
                    cone = order.cone(ci);
                }
                for (ScenarioInstance inst : instances.get(SCENARIOS[s])) {
                    // an instance that does not affect the edited node does not affect its cone
                    if (inst.slot(ci) >= 0) {
                        for (int u : cone) {
                            inst.compute(u, order, own.rto[s], own.prepare[s], own.rpo[s]);
                        }
                    }
                }
            }
            if (cone != null) {
                for (int u : cone) {
                    for (int m : order.members[u]) {
                        for (int j : journeysByEntry[m]) {
                            coneJourneys.add(journeyList.get(j));
                        }
                    }
                }
            }
        }
        if (!dirtyJourneys.isEmpty() || journeysRemoved) {
            indexJourneys();
        }
        Set<Journey> changedJourneys = new LinkedHashSet<>(coneJourneys);
        changedJourneys.addAll(dirtyJourneys);
        for (Journey j : changedJourneys) {
            if (topology.journey(j.id()).orElse(null) != j) {
                continue;
            }
            JourneyAssessment[] results = journeyResults.get(j);
            if (results == null || dirtyJourneys.contains(j)) {
                journeyResults.put(j, assessJourney(j));
            } else {
                // a setting edit changes a journey only under the scenarios whose numbers it changed
                for (int s = 0; s < SCENARIOS.length; s++) {
                    if (scenarioChanged[s]) {
                        results[s] = journeys.assess(j, SCENARIOS[s]);
                    }
                }
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

    private void fire(AnalysisChange change) {
        for (AnalysisListener l : listeners) {
            l.analysisChanged(change);
        }
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
        own.rebuild(nodes);
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
        boolean[] needsCycle = new boolean[n];
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
        instances = ScenarioInstances.build(nodes, order, own);
        hitBySome = ScenarioInstances.hitBySome(instances, n);
        journeys = new JourneyEvaluator(nodes, index, needsCycle, instances, own);
        indexJourneys();
        journeyResults.clear();
        for (Journey j : journeyList) {
            journeyResults.put(j, assessJourney(j));
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

    private JourneyAssessment[] assessJourney(Journey j) {
        JourneyAssessment[] out = new JourneyAssessment[SCENARIOS.length];
        for (Scenario s : SCENARIOS) {
            out[s.ordinal()] = journeys.assess(j, s);
        }
        return out;
    }

    // ---------------------------------------------------------------- queries

    /**
     * {@inheritDoc}
     *
     * <p>A component that no instance of the scenario reaches (an external provider placed in no zone,
     * under zone loss) is unaffected by it, whatever its rule would say of a hit.
     */
    @Override
    public ComponentAssessment assessment(Component component, Scenario scenario) {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(scenario, "scenario");
        update();
        Integer i = index.get(component);
        ComponentAssessment[] a = own.of(component);
        if (i == null || a == null) {
            throw new IllegalArgumentException("component " + component.id() + " is not part of the topology");
        }
        if (!hitBySome[scenario.ordinal()][i]) {
            return ComponentAssessment.unaffected(scenario, unreachedBecause(component, scenario));
        }
        return a[scenario.ordinal()];
    }

    private static String unreachedBecause(Component c, Scenario s) {
        String what = s.label().toLowerCase(Locale.ROOT);
        return switch (s.reach()) {
            case EVERYTHING -> "A " + what + " does not reach this component.";
            case ONE_ZONE -> c.region() == null
                    ? "A " + what + " does not reach this component: placed in no zone, an external provider is "
                    + "hit only by the loss of a region."
                    : "A " + what + " does not reach this component: it is placed in no zone, and no zone of its "
                    + "region holds a component.";
            case ONE_REGION -> "A " + what + " does not reach this component.";
        };
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

    /** The instances of the scenario and the components each hits (brought up to date first). */
    public List<InstanceHits> instanceHits(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        update();
        List<InstanceHits> out = new ArrayList<>();
        for (ScenarioInstance inst : instances.get(scenario)) {
            List<Component> hit = new ArrayList<>();
            inst.forEachHit(i -> hit.add(nodes[i]));
            out.add(new InstanceHits(scenario, inst.place, hit));
        }
        return out;
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
            int[] wave = new int[nodes.length];
            p = RecoveryPlanner.plan(scenario, nodes, order, own, instances.get(scenario), cycles(), wave);
            plans.put(scenario, p);
            waves.put(scenario, wave);
        }
        return p;
    }
}
