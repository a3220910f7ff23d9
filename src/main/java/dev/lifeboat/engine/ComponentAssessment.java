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
 * @param rpoAssumptions the settings (labels) whose assumed values shaped the RPO
 * @param rtoAssumptions the settings (labels) whose assumed values shaped the RTO
 */
public record ComponentAssessment(Scenario scenario, TimeBound rpo, TimeBound rto, RecoveryAction action,
                                  String explanation, List<Reference> references, List<String> rpoAssumptions,
                                  List<String> rtoAssumptions) {

    public ComponentAssessment {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rpo, "rpo");
        Objects.requireNonNull(rto, "rto");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(explanation, "explanation");
        references = List.copyOf(references);
        rpoAssumptions = List.copyOf(rpoAssumptions);
        rtoAssumptions = List.copyOf(rtoAssumptions);
    }

    /** An assessment whose assumptions (if any) concern both numbers. */
    public ComponentAssessment(Scenario scenario, TimeBound rpo, TimeBound rto, RecoveryAction action,
                               String explanation, List<Reference> references, List<String> assumptions) {
        this(scenario, rpo, rto, action, explanation, references, assumptions, assumptions);
    }

    /** The settings (labels) whose values are assumptions rather than documented facts, RPO's first. */
    public List<String> assumptions() {
        if (rtoAssumptions.isEmpty() || rpoAssumptions.equals(rtoAssumptions)) {
            return rpoAssumptions;
        }
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(rpoAssumptions);
        all.addAll(rtoAssumptions);
        return List.copyOf(all);
    }

    /** Whether any number rests on an assumption (shown amber). */
    public boolean assumed() {
        return !rpoAssumptions.isEmpty() || !rtoAssumptions.isEmpty();
    }

    /** Whether the RPO rests on an assumption. */
    public boolean rpoAssumed() {
        return !rpoAssumptions.isEmpty();
    }

    /** Whether the RTO rests on an assumption. */
    public boolean rtoAssumed() {
        return !rtoAssumptions.isEmpty();
    }

    /** An assessment for a component that the failure does not touch. */
    public static ComponentAssessment unaffected(Scenario scenario, String why) {
        return new ComponentAssessment(scenario, TimeBound.ZERO, TimeBound.ZERO, RecoveryAction.NONE, why, List.of(),
                List.of());
    }
}
