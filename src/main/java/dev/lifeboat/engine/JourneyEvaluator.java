package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import java.util.Map;

/**
 * A journey's RPO and RTO under a scenario, from the results of the recovery pass: its RTO is the largest
 * finish time among its entries (the critical path follows the dependency that finishes last, back), its
 * RPO the worst among the components it needs (the bottleneck is named); for zone and region loss the
 * worst instance counts and is named. A journey that needs a component in a dependency cycle has no
 * recovery order, so it cannot meet an objective.
 */
final class JourneyEvaluator {

    private final Component[] nodes;
    private final Map<Component, Integer> index;
    private final boolean[] needsCycle;
    private final Map<Scenario, ScenarioInstance[]> instances;
    private final OwnAssessments own;

    JourneyEvaluator(Component[] nodes, Map<Component, Integer> index, boolean[] needsCycle,
                     Map<Scenario, ScenarioInstance[]> instances, OwnAssessments own) {
        this.nodes = nodes;
        this.index = index;
        this.needsCycle = needsCycle;
        this.instances = instances;
        this.own = own;
    }

    /** The journey's numbers under the scenario. */
    JourneyAssessment assess(Journey j, Scenario s) {
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
        TimeBound rto = rtoEntry < 0 ? TimeBound.ZERO : OwnAssessments.bound(bestRto);
        TimeBound rpo = rpoEntry < 0 ? TimeBound.ZERO : OwnAssessments.bound(bestRpo);
        int sc = s.ordinal();
        ScenarioInstance.CriticalPath path = rtoEntry >= 0 && bestRto > 0
                ? rtoInst.criticalPath(rtoEntry, nodes, own.rtoAssumed[sc], own.rto[sc])
                : ScenarioInstance.CriticalPath.EMPTY;
        Component bottleneck = null;
        boolean rpoAssumed = false;
        if (rpoEntry >= 0 && bestRpo > 0 && rpoInst.bottleneck(rpoEntry) >= 0) {
            int b = rpoInst.bottleneck(rpoEntry);
            bottleneck = nodes[b];
            rpoAssumed = own.rpoAssumed[sc][b];
        }
        // without a recovery order, no objective can be promised, whatever the numbers say
        TimeBound rpoObjective = j.rpoObjective(s.id());
        TimeBound rtoObjective = j.rtoObjective(s.id());
        Boolean meetsRpo = rpoObjective == null ? null : !cyclic && rpo.meets(rpoObjective);
        Boolean meetsRto = rtoObjective == null ? null : !cyclic && rto.meets(rtoObjective);
        return new JourneyAssessment(j, s, rpo, rto, bottleneck, path, meetsRpo, meetsRto,
                rpoInst == null ? null : rpoInst.place, rtoInst == null ? null : rtoInst.place, cyclic, rpoAssumed,
                path.rtoAssumed(), rpoObjective, rtoObjective);
    }
}
