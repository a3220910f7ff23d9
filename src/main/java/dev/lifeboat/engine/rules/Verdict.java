package dev.lifeboat.engine.rules;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.TimeBound;
import java.util.Arrays;
import java.util.List;

/**
 * The assessment a rule is building: RPO, RTO, action, the explanation written alongside the numbers,
 * the documents cited and the assumed settings used. One per call; never shared.
 */
final class Verdict {

    private final Component component;
    private final Scenario scenario;
    private TimeBound rpo = TimeBound.ZERO;
    private TimeBound rto = TimeBound.ZERO;
    private RecoveryAction action = RecoveryAction.NONE;
    private long prepare;
    private boolean rebuildable;
    /** Null when quiet: the numbers are computed, the explanation is not written. */
    private final StringBuilder text;
    private final Reference[] references = new Reference[8];
    private int referenceCount;
    private final String[] assumptions = new String[8];
    /** Whether each assumption shapes the RPO (what is lost) rather than the RTO. */
    private final boolean[] shapesRpo = new boolean[8];
    private int assumptionCount;

    /** Set while a rule runs for its numbers only (see {@link RuleBook#assessLazily}). */
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** A verdict on {@code component}, whose explicitly set values are the user's statements, not assumptions. */
    Verdict(Component component, Scenario scenario) {
        this.component = component;
        this.scenario = scenario;
        this.text = QUIET.get() ? null : new StringBuilder(256);
    }

    /** Runs {@code body} with every verdict it makes computing numbers only, without writing text. */
    static <T> T quietly(java.util.function.Supplier<T> body) {
        QUIET.set(Boolean.TRUE);
        try {
            return body.get();
        } finally {
            QUIET.set(Boolean.FALSE);
        }
    }

    Scenario scenario() {
        return scenario;
    }

    TimeBound rpoValue() {
        return rpo;
    }

    TimeBound rtoValue() {
        return rto;
    }

    /**
     * Adds {@code seconds} of work that waits for the component's dependencies (a cache warming up from its
     * source of truth) to a bounded RTO, keeping its preparation; writes nothing.
     */
    Verdict addToRto(long seconds) {
        if (!rto.isUnbounded()) {
            rto = TimeBound.ofSeconds(rto.seconds() + Math.max(0, seconds));
        }
        return this;
    }

    /**
     * Marks the component's data as rebuildable from a source of truth (a pure cache): its RPO is still
     * given, but journeys do not count it (see {@link ComponentAssessment#rebuildable()}).
     */
    Verdict rebuildable() {
        rebuildable = true;
        return this;
    }

    /** Sets the RPO and opens its sentence: "RPO 0: ", "RPO up to 1h: " or "RPO unbounded: ". */
    Verdict rpo(TimeBound value) {
        rpo = value;
        if (text == null) {
            return this;
        }
        if (value.isZero()) {
            text.append("RPO 0: ");
        } else if (value.isUnbounded()) {
            text.append("RPO unbounded: ");
        } else {
            text.append("RPO up to ");
            Durations.appendTo(text, value.seconds());
            text.append(": ");
        }
        return this;
    }

    /** Sets the RTO and opens its sentence: "RTO 45m: ". */
    Verdict rto(TimeBound value) {
        rto = value;
        prepare = 0;
        if (text == null) {
            return this;
        }
        text.append("RTO ");
        say(value);
        text.append(": ");
        return this;
    }

    /** Sets both to unbounded (no copy, no recovery) and opens the sentence. */
    Verdict unbounded() {
        rpo = TimeBound.UNBOUNDED;
        rto = TimeBound.UNBOUNDED;
        prepare = 0;
        action = RecoveryAction.IMPOSSIBLE;
        if (text != null) {
            text.append("RPO and RTO unbounded: ");
        }
        return this;
    }

    /** Sets the RPO without writing anything. */
    Verdict rpoQuietly(TimeBound value) {
        rpo = value;
        return this;
    }

    /** Sets the RTO without writing anything. */
    Verdict rtoQuietly(TimeBound value) {
        rto = value;
        prepare = 0;
        return this;
    }

    /**
     * Marks the first {@code seconds} of the RTO as preparation that needs no dependency (provisioning a
     * host, redeploying a stateless service, restoring data): it starts at once, and only the rest waits
     * for the component's dependencies.
     */
    Verdict prepare(long seconds) {
        prepare = Math.max(0, seconds);
        return this;
    }

    Verdict action(RecoveryAction value) {
        action = value;
        return this;
    }

    Verdict say(String s) {
        if (text == null) {
            return this;
        }
        text.append(s);
        return this;
    }

    Verdict say(long n) {
        if (text == null) {
            return this;
        }
        text.append(n);
        return this;
    }

    /** Appends a duration in seconds, e.g. {@code 1h30m}. */
    Verdict dur(long seconds) {
        if (text == null) {
            return this;
        }
        Durations.appendTo(text, seconds);
        return this;
    }

    /** Appends a bound as {@link TimeBound#toString()} writes it. */
    Verdict say(TimeBound t) {
        if (text == null) {
            return this;
        }
        if (t.isUnbounded()) {
            text.append("unbounded");
        } else {
            Durations.appendTo(text, t.seconds());
        }
        return this;
    }

    /** Appends a number as people write it: {@code 100}, {@code 2.5}. */
    Verdict num(double d) {
        if (text == null) {
            return this;
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            text.append((long) d);
        } else {
            text.append(Math.round(d * 100) / 100.0);
        }
        return this;
    }

    Verdict cite(Reference r) {
        for (int i = 0; i < referenceCount; i++) {
            if (references[i] == r) {
                return this;
            }
        }
        references[referenceCount++] = r;
        return this;
    }

    Verdict cite(Reference a, Reference b) {
        return cite(a).cite(b);
    }

    /**
     * Records that a setting whose default no documentation states shaped the numbers: the RPO for an assumed
     * lag ({@code replication_lag}), else the RTO (an assumed duration of work). A value set explicitly is the
     * user's statement, not an assumption, and is not recorded.
     */
    Verdict assume(Setting<?> setting) {
        return assume(setting, setting.key().equals(Settings.REPLICATION_LAG.key()));
    }

    /** Records, like {@link #assume(Setting)}, a setting left at an undocumented default that shaped the RPO. */
    Verdict assumeRpo(Setting<?> setting) {
        return assume(setting, true);
    }

    private Verdict assume(Setting<?> setting, boolean rpo) {
        return component.isSet(setting) ? this : record(setting.label(), rpo);
    }

    /**
     * Names a setting whose default no documentation states, as "key, assumed" while it is left at that default
     * and as "key" once the user has set it, and records the assumption (see {@link #assume(Setting)}).
     */
    Verdict assumed(Setting<?> setting) {
        say(setting.key());
        if (!component.isSet(setting)) {
            say(", assumed");
        }
        return assume(setting);
    }

    /** Names and records, like {@link #assumed(Setting)}, a setting that shapes the RPO. */
    Verdict assumedRpo(Setting<?> setting) {
        say(setting.key());
        if (!component.isSet(setting)) {
            say(", assumed");
        }
        return assumeRpo(setting);
    }

    /** Records an assumption, named by {@code label}, that shaped the RTO. */
    Verdict assume(String label) {
        return record(label, false);
    }

    /** Records an assumption, named by {@code label}, that shaped the RPO (what is lost). */
    Verdict assumeRpo(String label) {
        return record(label, true);
    }

    private Verdict record(String label, boolean rpo) {
        for (int i = 0; i < assumptionCount; i++) {
            if (assumptions[i].equals(label)) {
                return this;
            }
        }
        shapesRpo[assumptionCount] = rpo;
        assumptions[assumptionCount++] = label;
        return this;
    }

    ComponentAssessment done() {
        String written = "";
        if (text != null) {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            text.setLength(end);
            written = text.toString();
        }
        int rpoCount = 0;
        int rtoCount = 0;
        String[] rpoAssumed = new String[assumptionCount];
        String[] rtoAssumed = new String[assumptionCount];
        for (int i = 0; i < assumptionCount; i++) {
            if (shapesRpo[i]) {
                rpoAssumed[rpoCount++] = assumptions[i];
            } else {
                rtoAssumed[rtoCount++] = assumptions[i];
            }
        }
        ComponentAssessment a = new ComponentAssessment(scenario, rpo, rto, action, written,
                immutable(references, referenceCount), immutable(rpoAssumed, rpoCount),
                immutable(rtoAssumed, rtoCount));
        if (prepare > 0) {
            long max = rto.isUnbounded() ? prepare : Math.min(prepare, rto.seconds());
            a = a.withPrepare(TimeBound.ofSeconds(max));
        }
        return rebuildable ? a.asRebuildable() : a;
    }

    /** An immutable list, which {@link List#copyOf} (in the assessment) takes as is instead of copying. */
    private static <T> List<T> immutable(T[] items, int count) {
        switch (count) {
            case 0:
                return List.of();
            case 1:
                return List.of(items[0]);
            case 2:
                return List.of(items[0], items[1]);
            default:
                return List.of(Arrays.copyOf(items, count));
        }
    }
}
