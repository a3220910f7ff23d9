package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds, changes or removes a user journey. */
public final class JourneyCommand implements Command {

    private enum Op { ADD, UPDATE, REMOVE }

    /**
     * A journey's editable fields, with entries by component id; {@code perScenario} is the objectives for
     * particular failures, or null to leave them as they are.
     */
    public record Fields(String name, List<String> entries, TimeBound rpoObjective, TimeBound rtoObjective,
                         Map<String, Objectives> perScenario) {
        public Fields {
            entries = List.copyOf(entries);
            perScenario = perScenario == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(perScenario));
        }

        /** The default objectives only; the objectives per failure stay as they are. */
        public Fields(String name, List<String> entries, TimeBound rpoObjective, TimeBound rtoObjective) {
            this(name, entries, rpoObjective, rtoObjective, null);
        }

        public static Fields of(Journey j) {
            return new Fields(j.name(), j.entries().stream().map(Component::id).toList(), j.rpoObjective(),
                    j.rtoObjective(), new LinkedHashMap<>(j.scenarioObjectives()));
        }
    }

    private final Op op;
    private String id;
    private final Fields fields;
    private Fields old;

    private JourneyCommand(Op op, String id, Fields fields) {
        this.op = op;
        this.id = id;
        this.fields = fields;
    }

    public static JourneyCommand add(Fields fields) {
        return new JourneyCommand(Op.ADD, null, fields);
    }

    public static JourneyCommand update(Journey j, Fields fields) {
        return new JourneyCommand(Op.UPDATE, j.id(), fields);
    }

    public static JourneyCommand remove(Journey j) {
        return new JourneyCommand(Op.REMOVE, j.id(), Fields.of(j));
    }

    @Override
    public void execute(Topology t) {
        switch (op) {
            case ADD -> id = create(t, id, fields).id();
            case UPDATE -> {
                Journey j = Refs.journey(t, id);
                old = Fields.of(j);
                apply(t, j, fields);
            }
            case REMOVE -> t.removeJourney(Refs.journey(t, id));
            default -> throw new IllegalStateException();
        }
    }

    @Override
    public void undo(Topology t) {
        switch (op) {
            case ADD -> t.removeJourney(Refs.journey(t, id));
            case UPDATE -> apply(t, Refs.journey(t, id), old);
            case REMOVE -> create(t, id, fields);
            default -> throw new IllegalStateException();
        }
    }

    private static Journey create(Topology t, String id, Fields f) {
        Journey j = t.addJourney(id, f.name(), entries(t, f), f.rpoObjective(), f.rtoObjective());
        if (f.perScenario() != null && !f.perScenario().isEmpty()) {
            t.setScenarioObjectives(j, f.perScenario());
        }
        return j;
    }

    private static void apply(Topology t, Journey j, Fields f) {
        t.updateJourney(j, f.name(), entries(t, f), f.rpoObjective(), f.rtoObjective());
        if (f.perScenario() != null) {
            t.setScenarioObjectives(j, f.perScenario());
        }
    }

    private static List<Component> entries(Topology t, Fields f) {
        return f.entries().stream().map(e -> Refs.component(t, e)).toList();
    }

    /** The journey's id, once executed. */
    public String journeyId() {
        return id;
    }

    @Override
    public String description() {
        return switch (op) {
            case ADD -> "Add journey " + Printable.echo(fields.name());
            case UPDATE -> "Edit journey " + Printable.echo(fields.name());
            case REMOVE -> "Delete journey " + Printable.echo(fields.name());
        };
    }
}
