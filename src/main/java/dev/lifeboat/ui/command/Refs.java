package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;

/** Resolves the ids commands keep into the topology's current objects. */
final class Refs {

    private Refs() {
    }

    static Variant variant(Topology t, String name) {
        return t.variant(name).orElseThrow(() -> new IllegalStateException("no variant named "
                + Printable.echo(name)));
    }

    static Component component(Topology t, String id) {
        return t.component(id).orElseThrow(() -> new IllegalStateException("no component " + id));
    }

    static Place place(Topology t, String id) {
        return id == null ? null : t.place(id).orElseThrow(() -> new IllegalStateException("no place " + id));
    }

    static Journey journey(Topology t, String id) {
        return t.journey(id).orElseThrow(() -> new IllegalStateException("no journey " + id));
    }

    static Dependency dependency(Topology t, String source, String target) {
        return t.dependency(component(t, source), component(t, target))
                .orElseThrow(() -> new IllegalStateException("no dependency " + source + " -> " + target));
    }
}
