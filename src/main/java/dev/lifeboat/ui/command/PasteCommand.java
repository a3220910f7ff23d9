package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds copies of components (with the dependencies among them), shifted by an offset. Each copy gets a name
 * no other component has ("ledger-service copy", then "ledger-service copy 2"), so that the recovery order,
 * the journeys and the menus can tell a copy from its original.
 */
public final class PasteCommand implements Command {

    /** " copy" or " copy 3" at the end of a name: what a paste adds. */
    private static final Pattern COPY_SUFFIX = Pattern.compile(" copy( [0-9]+)?$");

    private final Clipboard content;
    private final double dx;
    private final double dy;
    private final List<String> created = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** What was copied: component snapshots and the links among them. */
    public static final class Clipboard {
        private final List<ComponentSnapshot> components;

        private Clipboard(List<ComponentSnapshot> components) {
            this.components = components;
        }

        /** Copies the components and the dependencies among them. */
        public static Clipboard copy(Topology t, Collection<Component> selection) {
            List<String> ids = selection.stream().map(Component::id).toList();
            List<ComponentSnapshot> list = new ArrayList<>();
            for (Component c : selection) {
                ComponentSnapshot s = ComponentSnapshot.of(t, c);
                List<ComponentSnapshot.Link> inner = s.links().stream()
                        .filter(l -> l.source().equals(c.id()) && ids.contains(l.target())).toList();
                list.add(new ComponentSnapshot(s.id(), s.kind(), s.name(), s.x(), s.y(), s.placeId(), s.values(),
                        inner, List.of()));
            }
            return new Clipboard(List.copyOf(list));
        }

        public boolean isEmpty() {
            return components.isEmpty();
        }
    }

    public PasteCommand(Clipboard content, double dx, double dy) {
        this.content = content;
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public void execute(Topology t) {
        boolean first = created.isEmpty();
        if (first) {
            names.clear();
            Set<String> taken = new HashSet<>();
            t.components().forEach(c -> taken.add(c.name()));
            for (ComponentSnapshot s : content.components) {
                String name = copyName(s.name(), taken);
                taken.add(name);
                names.add(name);
            }
        }
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < content.components.size(); i++) {
            ComponentSnapshot s = content.components.get(i);
            Component c = t.addComponent(first ? null : created.get(i), s.kind(), names.get(i));
            if (first) {
                created.add(c.id());
            }
            ids.put(s.id(), c.id());
            s.values().forEach((k, v) -> t.set(c, k, v));
            t.move(c, s.x() + dx, s.y() + dy);
            if (s.placeId() != null) {
                t.place(s.placeId()).ifPresent(p -> t.place(c, p));
            }
        }
        for (ComponentSnapshot s : content.components) {
            for (ComponentSnapshot.Link l : s.links()) {
                t.addDependency(Refs.component(t, ids.get(l.source())), Refs.component(t, ids.get(l.target())),
                        l.strength());
            }
        }
    }

    /**
     * The first free name of "name copy", "name copy 2", ...; a copy of a copy counts on from its original's
     * name ("a copy" pasted again gives "a copy 2", not "a copy copy").
     */
    static String copyName(String name, Set<String> taken) {
        String root = COPY_SUFFIX.matcher(name).replaceFirst("");
        String candidate = root + " copy";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = root + " copy " + n;
        }
        return candidate;
    }

    @Override
    public void undo(Topology t) {
        for (String id : created) {
            t.removeComponent(Refs.component(t, id));
        }
    }

    /** The ids of the copies, once executed. */
    public List<String> createdIds() {
        return List.copyOf(created);
    }

    @Override
    public String description() {
        return "Paste " + (content.components.size() == 1 ? Printable.echo(names.isEmpty()
                ? content.components.get(0).name() : names.get(0))
                : content.components.size() + " components");
    }
}
