package dev.lifeboat.engine;

import dev.lifeboat.model.TimeBound;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The RPO and RTO of one component under one scenario, when the scenario hits it, with the reasons.
 *
 * <p>The explanation may be written on first request ({@link #lazy}): the engine assesses every component
 * under every scenario, but people read only a few explanations. A lazy explanation is written from the
 * component's settings when first asked for; the analysis asks for it only after bringing itself up to date,
 * so it matches the numbers.
 */
public final class ComponentAssessment {

    private final Scenario scenario;
    private final TimeBound rpo;
    private final TimeBound rto;
    private final RecoveryAction action;
    /** The part of the RTO that needs no dependency (provisioning, redeploying, restoring data). */
    private final TimeBound prepare;
    private final List<Reference> references;
    private final List<String> rpoAssumptions;
    private final List<String> rtoAssumptions;
    /** Whether its data can be rebuilt from a source of truth: its RPO does not count for journeys. */
    private final boolean rebuildable;
    private Supplier<String> writer;
    private volatile String explanation;

    /**
     * @param scenario       the failure
     * @param rpo            data that can be lost, as time before the failure (unbounded: no copy)
     * @param rto            time until the component works again (unbounded: it cannot recover)
     * @param action         what the recovery needs
     * @param explanation    one or more sentences a stakeholder can read, naming the settings used
     * @param references     the official documentation the rule rests on
     * @param rpoAssumptions the settings (labels) whose assumed values shaped the RPO
     * @param rtoAssumptions the settings (labels) whose assumed values shaped the RTO
     */
    public ComponentAssessment(Scenario scenario, TimeBound rpo, TimeBound rto, RecoveryAction action,
                               String explanation, List<Reference> references, List<String> rpoAssumptions,
                               List<String> rtoAssumptions) {
        this(scenario, rpo, rto, action, references, rpoAssumptions, rtoAssumptions, null,
                Objects.requireNonNull(explanation, "explanation"), TimeBound.ZERO, false);
    }

    /** An assessment whose assumptions (if any) concern both numbers. */
    public ComponentAssessment(Scenario scenario, TimeBound rpo, TimeBound rto, RecoveryAction action,
                               String explanation, List<Reference> references, List<String> assumptions) {
        this(scenario, rpo, rto, action, explanation, references, assumptions, assumptions);
    }

    private ComponentAssessment(Scenario scenario, TimeBound rpo, TimeBound rto, RecoveryAction action,
                                List<Reference> references, List<String> rpoAssumptions, List<String> rtoAssumptions,
                                Supplier<String> writer, String explanation, TimeBound prepare,
                                boolean rebuildable) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.rpo = Objects.requireNonNull(rpo, "rpo");
        this.rto = Objects.requireNonNull(rto, "rto");
        this.action = Objects.requireNonNull(action, "action");
        this.prepare = Objects.requireNonNull(prepare, "prepare");
        if (prepare.isUnbounded() || !rto.isUnbounded() && prepare.seconds() > rto.seconds()) {
            throw new IllegalArgumentException("the preparation (" + prepare + ") is part of the RTO (" + rto + ")");
        }
        this.references = List.copyOf(references);
        this.rpoAssumptions = List.copyOf(rpoAssumptions);
        this.rtoAssumptions = List.copyOf(rtoAssumptions);
        this.writer = writer;
        this.explanation = explanation;
        this.rebuildable = rebuildable;
    }

    /** The same numbers with an explanation written by {@code writer} when first asked for. */
    public ComponentAssessment lazy(Supplier<String> writer) {
        return new ComponentAssessment(scenario, rpo, rto, action, references, rpoAssumptions, rtoAssumptions,
                Objects.requireNonNull(writer, "writer"), null, prepare, rebuildable);
    }

    /**
     * The same assessment, with {@code prepare} of its RTO marked as work that needs no dependency and can
     * start at once (provisioning a host, redeploying, restoring data); the rest, its start, waits for the
     * component's hard dependencies. See {@link #prepare()}.
     */
    public ComponentAssessment withPrepare(TimeBound prepare) {
        return new ComponentAssessment(scenario, rpo, rto, action, references, rpoAssumptions, rtoAssumptions,
                writer, explanation, prepare, rebuildable);
    }

    /**
     * The same assessment for a component whose data can be rebuilt from a source of truth (a pure cache):
     * its own RPO is still shown, but it loses nothing a user cares about, so it does not count towards a
     * journey's RPO and is never its bottleneck. Its warm-up belongs in its RTO, which counts as usual.
     */
    public ComponentAssessment asRebuildable() {
        return new ComponentAssessment(scenario, rpo, rto, action, references, rpoAssumptions, rtoAssumptions,
                writer, explanation, prepare, true);
    }

    /** Whether the component's data can be rebuilt from a source of truth: its RPO does not count for journeys. */
    public boolean rebuildable() {
        return rebuildable;
    }

    /**
     * The part of the RTO that needs no dependency and starts at once when the failure happens: the
     * component is back at {@code max(prepare, when its hard dependencies are back) + start}. Zero when all
     * of its recovery waits for its dependencies.
     */
    public TimeBound prepare() {
        return prepare;
    }

    /** The part of the RTO that waits for the hard dependencies: the RTO less {@link #prepare()}. */
    public TimeBound start() {
        return rto.isUnbounded() ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rto.seconds() - prepare.seconds());
    }

    /** An assessment for a component that the failure does not touch. */
    public static ComponentAssessment unaffected(Scenario scenario, String why) {
        return new ComponentAssessment(scenario, TimeBound.ZERO, TimeBound.ZERO, RecoveryAction.NONE, why, List.of(),
                List.of());
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Data that can be lost, as time before the failure ({@link TimeBound#UNBOUNDED}: no copy). */
    public TimeBound rpo() {
        return rpo;
    }

    /** Time until the component works again ({@link TimeBound#UNBOUNDED}: it cannot recover). */
    public TimeBound rto() {
        return rto;
    }

    public RecoveryAction action() {
        return action;
    }

    /** One or more sentences a stakeholder can read, naming the settings used. */
    public String explanation() {
        String e = explanation;
        if (e == null) {
            synchronized (this) {
                if (explanation == null) {
                    explanation = Objects.requireNonNull(writer.get(), "explanation");
                    writer = null;
                }
                e = explanation;
            }
        }
        return e;
    }

    /** The official documentation the rule rests on. */
    public List<Reference> references() {
        return references;
    }

    /** The settings (labels) whose assumed values shaped the RPO. */
    public List<String> rpoAssumptions() {
        return rpoAssumptions;
    }

    /** The settings (labels) whose assumed values shaped the RTO. */
    public List<String> rtoAssumptions() {
        return rtoAssumptions;
    }

    /** The settings (labels) whose values are assumptions rather than documented facts, RPO's first. */
    public List<String> assumptions() {
        if (rtoAssumptions.isEmpty() || rpoAssumptions.equals(rtoAssumptions)) {
            return rpoAssumptions;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(rpoAssumptions);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ComponentAssessment a && a.scenario == scenario && a.rpo.equals(rpo)
                && a.rto.equals(rto) && a.prepare.equals(prepare) && a.action == action
                && a.rebuildable == rebuildable
                && a.references.equals(references)
                && a.rpoAssumptions.equals(rpoAssumptions) && a.rtoAssumptions.equals(rtoAssumptions)
                && a.explanation().equals(explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(scenario, rpo, rto, action);
    }

    @Override
    public String toString() {
        return scenario.id() + ": RPO " + rpo + ", RTO " + rto + " (" + action.label() + ")";
    }
}
