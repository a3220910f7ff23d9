package dev.lifeboat.ui.state;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/** The components a journey needs: its entries and all they reach through hard dependencies. */
public final class JourneyScope {

    private JourneyScope() {
    }

    public static Set<Component> of(Topology t, Journey j) {
        Set<Component> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Component> todo = new ArrayDeque<>(j.entries());
        while (!todo.isEmpty()) {
            Component c = todo.pop();
            if (seen.add(c)) {
                for (Dependency d : t.dependenciesOf(c)) {
                    if (d.isHard()) {
                        todo.push(d.target());
                    }
                }
            }
        }
        return seen;
    }
}
