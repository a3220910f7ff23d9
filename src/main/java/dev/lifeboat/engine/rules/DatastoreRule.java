package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.RPO_LOGICAL_CORRUPTION;
import static dev.lifeboat.model.Settings.RPO_NODE_LOSS;
import static dev.lifeboat.model.Settings.RPO_PROCESS_CRASH;
import static dev.lifeboat.model.Settings.RPO_REGION_LOSS;
import static dev.lifeboat.model.Settings.RPO_ZONE_LOSS;
import static dev.lifeboat.model.Settings.RTO_LOGICAL_CORRUPTION;
import static dev.lifeboat.model.Settings.RTO_NODE_LOSS;
import static dev.lifeboat.model.Settings.RTO_PROCESS_CRASH;
import static dev.lifeboat.model.Settings.RTO_REGION_LOSS;
import static dev.lifeboat.model.Settings.RTO_ZONE_LOSS;

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
        DurationSetting rpoSetting;
        DurationSetting rtoSetting;
        switch (scenario) {
            case PROCESS_CRASH:
                rpoSetting = RPO_PROCESS_CRASH;
                rtoSetting = RTO_PROCESS_CRASH;
                break;
            case NODE_LOSS:
                rpoSetting = RPO_NODE_LOSS;
                rtoSetting = RTO_NODE_LOSS;
                break;
            case ZONE_LOSS:
                rpoSetting = RPO_ZONE_LOSS;
                rtoSetting = RTO_ZONE_LOSS;
                break;
            case REGION_LOSS:
                rpoSetting = RPO_REGION_LOSS;
                rtoSetting = RTO_REGION_LOSS;
                break;
            case LOGICAL_CORRUPTION:
                rpoSetting = RPO_LOGICAL_CORRUPTION;
                rtoSetting = RTO_LOGICAL_CORRUPTION;
                break;
            default:
                throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        Long rpoSeconds = c.get(rpoSetting);
        Long rtoSeconds = c.get(rtoSetting);
        TimeBound rpo = rpoSeconds == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rpoSeconds);
        TimeBound rto = rtoSeconds == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rtoSeconds);
        RecoveryAction action = rto.isUnbounded() ? RecoveryAction.IMPOSSIBLE
                : rto.isZero() ? RecoveryAction.NONE : RecoveryAction.RESTORE;
        Verdict v = new Verdict(scenario);
        v.rpoQuietly(rpo).action(action).say("RPO ").say(rpo).say(" (").say(rpoSetting.key()).say(") and RTO ")
                .say(rto).say(" (").say(rtoSetting.key()).say(") as stated by you for this datastore.");
        v.rtoQuietly(rto);
        return v.done();
    }
}
