package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.TimeBound;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery order under a scenario: every component that some instance of the scenario hits and that
 * needs time to recover, in waves (dependencies first), timed as if all of them were hit at once (for zone
 * and region loss, an upper bound).
 */
final class RecoveryPlanner {

    private RecoveryPlanner() {
    }

    /** The plan, and each node's wave (0: nothing to do) in {@code waveOut}. */
    static RecoveryPlan plan(Scenario scenario, Component[] nodes, DependencyOrder order, OwnAssessments own,
                             ScenarioInstance[] instances, List<List<Component>> cycles, int[] waveOut) {
        int n = nodes.length;
        boolean[] hit = new boolean[n];
        IntList hitNodes = new IntList();
        for (ScenarioInstance inst : instances) {
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
            union.compute(u, order, own.rto[s], own.prepare[s], own.rpo[s]);
        }
        int[] level = new int[n];
        int maxLevel = 0;
        for (int u : order.order) {
            int[] m = order.members[u];
            boolean needs = false;
            int lv = 0;
            for (int i : m) {
                needs |= hit[i] && own.rto[s][i] > 0;
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
                waveOut[i] = hit[i] && own.rto[s][i] > 0 ? lv : 0;
            }
            maxLevel = Math.max(maxLevel, lv);
        }
        List<List<RecoveryPlan.Step>> waves = new ArrayList<>();
        for (int w = 0; w < maxLevel; w++) {
            waves.add(new ArrayList<>());
        }
        boolean[] inCycle = new boolean[n];
        for (int[] c : order.cycles) {
            for (int i : c) {
                inCycle[i] = true;
            }
        }
        for (int u : order.order) {
            for (int i : order.members[u]) {
                if (waveOut[i] > 0) {
                    ComponentAssessment a = own.of(nodes[i])[s];
                    waves.get(waveOut[i] - 1).add(new RecoveryPlan.Step(nodes[i], waveOut[i], a.action(),
                            OwnAssessments.bound(own.rto[s][i]), OwnAssessments.bound(union.start(i)),
                            OwnAssessments.bound(union.finish(i)), inCycle[i],
                            TimeBound.ofSeconds(order.members[order.unitOf[i]].length == 1 ? own.prepare[s][i] : 0)));
                }
            }
        }
        return new RecoveryPlan(scenario, waves, cycles);
    }
}
