package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.ExternalProvider.STATED_RPO;
import static dev.lifeboat.model.ExternalProvider.STATED_RTO;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.TimeBound;

/**
 * An external provider (a payment gateway): our process, node or data failures do not touch it, and we
 * do not restore it. When its zone or region is lost, it recovers within what its provider states.
 */
final class ExternalRule implements Rule {

    @Override
    public ComponentKind kind() {
        return ComponentKind.EXTERNAL;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        return switch (scenario) {
            case PROCESS_CRASH, NODE_LOSS, LOGICAL_CORRUPTION -> v
                    .say("RPO 0, RTO 0: outside our failure; the provider is not restored by us.").done();
            case ZONE_LOSS -> providerLost(c, v, "zone");
            case REGION_LOSS -> providerLost(c, v, "region");
        };
    }

    private static ComponentAssessment providerLost(Component c, Verdict v, String place) {
        TimeBound rpo = bound(c.get(STATED_RPO));
        TimeBound rto = bound(c.get(STATED_RTO));
        v.rpoQuietly(rpo).rto(rto).action(RecoveryAction.WAIT_FOR_PROVIDER)
                .say("we can only wait; the provider states RPO ").say(rpo).say(" (").assumedRpo(STATED_RPO)
                .say(") and RTO ").say(rto).say(" (").assumed(STATED_RTO).say(") when its ").say(place)
                .say(" is lost.");
        return v.done();
    }

    private static TimeBound bound(Long seconds) {
        return seconds == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(seconds);
    }
}
