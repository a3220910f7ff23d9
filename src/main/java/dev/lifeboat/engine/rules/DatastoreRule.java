package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.GenericDatastore.RPO_LOGICAL_CORRUPTION;
import static dev.lifeboat.model.GenericDatastore.RPO_NODE_LOSS;
import static dev.lifeboat.model.GenericDatastore.RPO_PROCESS_CRASH;
import static dev.lifeboat.model.GenericDatastore.RPO_REGION_LOSS;
import static dev.lifeboat.model.GenericDatastore.RPO_ZONE_LOSS;
import static dev.lifeboat.model.GenericDatastore.RTO_LOGICAL_CORRUPTION;
import static dev.lifeboat.model.GenericDatastore.RTO_NODE_LOSS;
import static dev.lifeboat.model.GenericDatastore.RTO_PROCESS_CRASH;
import static dev.lifeboat.model.GenericDatastore.RTO_REGION_LOSS;
import static dev.lifeboat.model.GenericDatastore.RTO_ZONE_LOSS;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.TimeBound;

/**
 * A datastore Lifeboat has no rule for: the user states its RPO and RTO per scenario ({@code rpo_<scenario>},
 * {@code rto_<scenario>}; none means unbounded).
 */
final class DatastoreRule implements Rule {

    @Override
    public ComponentKind kind() {
        return ComponentKind.DATASTORE;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        DurationSetting rpoSetting = switch (scenario) {
            case PROCESS_CRASH -> RPO_PROCESS_CRASH;
            case NODE_LOSS -> RPO_NODE_LOSS;
            case ZONE_LOSS -> RPO_ZONE_LOSS;
            case REGION_LOSS -> RPO_REGION_LOSS;
            case LOGICAL_CORRUPTION -> RPO_LOGICAL_CORRUPTION;
        };
        DurationSetting rtoSetting = switch (scenario) {
            case PROCESS_CRASH -> RTO_PROCESS_CRASH;
            case NODE_LOSS -> RTO_NODE_LOSS;
            case ZONE_LOSS -> RTO_ZONE_LOSS;
            case REGION_LOSS -> RTO_REGION_LOSS;
            case LOGICAL_CORRUPTION -> RTO_LOGICAL_CORRUPTION;
        };
        Long rpoSeconds = c.get(rpoSetting);
        Long rtoSeconds = c.get(rtoSetting);
        TimeBound rpo = rpoSeconds == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rpoSeconds);
        TimeBound rto = rtoSeconds == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rtoSeconds);
        RecoveryAction action = rto.isUnbounded() ? RecoveryAction.IMPOSSIBLE
                : rto.isZero() ? RecoveryAction.NONE : RecoveryAction.RESTORE;
        Verdict v = new Verdict(c, scenario);
        v.rpoQuietly(rpo).action(action).say("RPO ").say(rpo).say(" (").assumedRpo(rpoSetting).say(") and RTO ")
                .say(rto).say(" (").assumed(rtoSetting).say(") as stated by you for this datastore; a value left at "
                        + "its default is assumed.");
        v.rtoQuietly(rto);
        return v.done();
    }
}
