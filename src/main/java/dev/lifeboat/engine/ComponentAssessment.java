package dev.lifeboat.engine;

import dev.lifeboat.model.TimeBound;
import java.util.List;
import java.util.Objects;

/**
 * The RPO and RTO of one component under one scenario, when the scenario hits it, with the reasons.
 *
 * @param scenario    the failure
 * @param rpo         data that can be lost, as time before the failure ({@link TimeBound#UNBOUNDED}: no copy)
 * @param rto         time until the component works again ({@link TimeBound#UNBOUNDED}: it cannot recover)
 * @param action      what the recovery needs
 * @param explanation one or more sentences a stakeholder can read, naming the settings used
 * @param references  the official documentation the rule rests on
 * @param assumptions the settings whose values are assumptions rather than documented facts (labels)
 */
public record ComponentAssessment(Scenario scenario, TimeBound rpo, TimeBound rto, RecoveryAction action,
                                  String explanation, List<Reference> references, List<String> assumptions) {

    public ComponentAssessment {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rpo, "rpo");
        Objects.requireNonNull(rto, "rto");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(explanation, "explanation");
        references = List.copyOf(references);
        assumptions = List.copyOf(assumptions);
    }

    /** Whether any number rests on an assumption (shown amber). */
    public boolean assumed() {
        return !assumptions.isEmpty();
    }

    /** An assessment for a component that the failure does not touch. */
    public static ComponentAssessment unaffected(Scenario scenario, String why) {
        return new ComponentAssessment(scenario, TimeBound.ZERO, TimeBound.ZERO, RecoveryAction.NONE, why, List.of(),
                List.of());
    }
}
