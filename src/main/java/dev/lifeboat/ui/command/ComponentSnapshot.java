package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to re-create a component exactly: its fields, explicit settings, its dependencies
 * both ways and the journeys it is an entry of (with its position in their entry lists).
 */
record ComponentSnapshot(String id, ComponentKind kind, String name, double x, double y, String placeId,
                         Map<String, Object> values, List<Link> links, List<Entry> entries) {

    record Link(String source, String target, Strength strength) {
    }

    record Entry(String journeyId, int index) {
    }

    static ComponentSnapshot of(Topology t, Component c) {
        List<Link> links = new ArrayList<>();
        for (Dependency d : t.dependenciesOf(c)) {
            links.add(new Link(d.source().id(), d.target().id(), d.strength()));
        }
        for (Dependency d : t.dependentsOf(c)) {
            links.add(new Link(d.source().id(), d.target().id(), d.strength()));
        }
        List<Entry> entries = new ArrayList<>();
        for (Journey j : t.journeys()) {
            int i = j.entries().indexOf(c);
            if (i >= 0) {
                entries.add(new Entry(j.id(), i));
            }
        }
        return new ComponentSnapshot(c.id(), c.kind(), c.name(), c.x(), c.y(),
                c.place() == null ? null : c.place().id(), new LinkedHashMap<>(c.explicitValues()), links, entries);
    }

    /** Re-creates the component alone (no links); {@link #relink} adds them once all components exist. */
    Component restore(Topology t) {
        Component c = t.addComponent(id, kind, name);
        values.forEach((k, v) -> t.set(c, k, v));
        t.move(c, x, y);
        if (placeId != null) {
            t.place(c, t.place(placeId).orElseThrow());
        }
        return c;
    }

    void relink(Topology t) {
        for (Link l : links) {
            Component s = Refs.component(t, l.source());
            Component d = Refs.component(t, l.target());
            if (t.dependency(s, d).isEmpty()) {
                t.addDependency(s, d, l.strength());
            }
        }
        Component c = Refs.component(t, id);
        for (Entry e : entries) {
            Journey j = Refs.journey(t, e.journeyId());
            List<Component> list = new ArrayList<>(j.entries());
            if (!list.contains(c)) {
                list.add(Math.min(e.index(), list.size()), c);
                t.updateJourney(j, j.name(), list, j.rpoObjective(), j.rtoObjective());
            }
        }
    }
}
