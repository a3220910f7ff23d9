package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the instances of every scenario from where the components are placed (see the README, "Zone
 * and region loss"): one instance for a scenario that reaches everything, one per zone (per region) that
 * holds a component for zone (region) loss. A component placed in no zone (region) is assumed to be in
 * the lost one; an external provider is hit by a zone or region loss only where it is placed, or, when
 * unplaced, by a region loss.
 *
 * <p>Components are grouped by place first, so that building an instance costs what it hits, not the
 * topology's size.
 */
final class ScenarioInstances {

    /** The place named for an instance when nothing is placed. */
    static final String UNPLACED = "(unplaced)";

    private ScenarioInstances() {
    }

    /** The instances of each scenario, with the recovery pass run over each. */
    static Map<Scenario, ScenarioInstance[]> build(Component[] nodes, DependencyOrder order, OwnAssessments own) {
        Map<Place, IntList> zones = new LinkedHashMap<>();
        Map<Place, IntList> regions = new LinkedHashMap<>();
        Map<Place, IntList> zonelessInRegion = new LinkedHashMap<>();
        IntList zonelessNoRegion = new IntList();
        IntList regionless = new IntList();
        IntList all = new IntList();
        IntList notExternal = new IntList();
        for (int i = 0; i < nodes.length; i++) {
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
            memberZones(c, i, zones, regions);
        }
        boolean[] scratch = new boolean[order.members.length];
        Map<Scenario, ScenarioInstance[]> out = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
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
            ScenarioInstance[] instances = list.toArray(new ScenarioInstance[count]);
            int si = s.ordinal();
            for (ScenarioInstance inst : instances) {
                for (int u : inst.units) {
                    inst.compute(u, order, own.rto[si], own.prepare[si], own.rpo[si]);
                }
            }
            out.put(s, instances);
        }
        return out;
    }

    /**
     * A component whose members run in named zones (a Raft store's {@code member_zones}) is hit by the loss of
     * each of those zones and of their regions too, not only of its own place: its rule answers with the worst
     * case over them. Nothing is added where its own place already makes it hit (unplaced, or in no zone of that
     * region), but the listed zone's (region's) loss is an instance even when no component is placed there.
     */
    private static void memberZones(Component c, int i, Map<Place, IntList> zones, Map<Place, IntList> regions) {
        List<Place> listed = c.memberZones();
        if (listed.isEmpty()) {
            return;
        }
        Place z = c.zone();
        Place r = c.region();
        Set<Place> seen = new HashSet<>();
        for (Place m : listed) {
            if (seen.add(m)) {
                // the zone's loss is an instance even where no component is placed in it
                IntList hit = zones.computeIfAbsent(m, k -> new IntList());
                if (m != z && !(z == null && (r == null || m.region() == r))) {
                    hit.add(i);
                }
            }
            Place mr = m.region();
            if (mr != null && seen.add(mr)) {
                IntList hit = regions.computeIfAbsent(mr, k -> new IntList());
                if (r != null && mr != r) {
                    hit.add(i);
                }
            }
        }
    }

    /** hitBySome[s][i]: whether some instance of scenario s hits node i. */
    static boolean[][] hitBySome(Map<Scenario, ScenarioInstance[]> instances, int n) {
        boolean[][] out = new boolean[Scenario.values().length][n];
        for (Map.Entry<Scenario, ScenarioInstance[]> e : instances.entrySet()) {
            boolean[] hit = out[e.getKey().ordinal()];
            for (ScenarioInstance inst : e.getValue()) {
                inst.forEachHit(i -> hit[i] = true);
            }
        }
        return out;
    }
}
