package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids derived from names stay unique, and deriving them stays linear when many names share a base. */
class UniqueIdsTest {

    /** A distinct name made of punctuation after "x", so that every one reduces to the id "x". */
    static String punctuated(int i) {
        StringBuilder sb = new StringBuilder("x");
        for (char c : Integer.toString(i).toCharArray()) {
            sb.append("!@#$%^&*()".charAt(c - '0'));
        }
        return sb.toString();
    }

    @Test
    void twentyThousandNamesWithTheSameBaseGetDistinctIds() {
        // tried one by one, this took about 20 s (quadratic); a next suffix per base makes it linear
        Topology t = new Topology();
        int n = 20_000;
        Set<String> ids = new HashSet<>();
        Component first = null;
        for (int i = 0; i < n; i++) {
            Component c = t.addComponent(null, ComponentKind.SERVICE, punctuated(i));
            ids.add(c.id());
            first = first == null ? c : first;
            t.addJourney(null, punctuated(i), List.of(first), null, null);
        }
        assertEquals(n, ids.size());
        assertEquals("x", t.components().iterator().next().id());
        assertEquals("x-" + n, t.component("x-" + n).orElseThrow().id());
        assertEquals(n, t.journeys().size());
        assertEquals("x-" + n, t.journey("x-" + n).orElseThrow().id());
    }

    @Test
    void aSuffixTakenExplicitlyIsSkipped() {
        Topology t = new Topology();
        t.addComponent(null, ComponentKind.SERVICE, "db");
        t.addComponent("db-2", ComponentKind.SERVICE, "other");
        assertEquals("db-3", t.addComponent(null, ComponentKind.SERVICE, "db").id());
        assertEquals("db-2-2", t.addComponent(null, ComponentKind.SERVICE, "db-2").id());
        assertEquals("db-4", t.addComponent(null, ComponentKind.SERVICE, "DB").id());
    }

    @Test
    void slugsAreLinearAndAscii() {
        Topology t = new Topology();
        String dashes = "a" + "-".repeat(50_000) + "b" + "-".repeat(50_000);
        assertEquals("a" + "-".repeat(99) , t.addComponent(null, ComponentKind.SERVICE, dashes).id());
        assertEquals("item", t.addComponent(null, ComponentKind.SERVICE, "\u212A\u017F").id());
        assertEquals("orders-db", t.addComponent(null, ComponentKind.SERVICE, "  Orders DB!! ").id());
    }
}
