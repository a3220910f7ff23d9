package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Topology design() {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "api");
        Component db = t.addComponent("orders-db", ComponentKind.POSTGRESQL, "orders-db");
        Component other = t.addComponent("other-db", ComponentKind.POSTGRESQL, "other-db");
        t.set(db, Settings.REPLICATION_MODE, ReplicationMode.ASYNC);
        t.set(db, Settings.REPLICAS, 1);
        t.addDependency(api, db, Strength.HARD);
        t.addJourney("order", "Place order", List.of(api), TimeBound.ZERO, TimeBound.ofHours(1));
        Variant v = t.addVariant("Proposal A");
        v = t.setVariantValue(v, db, Settings.REPLICATION_MODE.key(), ReplicationMode.SYNC);
        // outside the journey's scope: never a reason for it
        t.setVariantValue(v, other, Settings.REPLICAS.key(), 2);
        return t;
    }

    /** Fake facts: a sync database costs more and adds a round trip. */
    private static final Comparison.Facts FACTS = new Comparison.Facts() {
        @Override
        public Double monthlyCost(Topology t) {
            return t.components().stream().mapToDouble(c -> c.kind() == ComponentKind.POSTGRESQL
                    && c.get(Settings.REPLICATION_MODE) == ReplicationMode.SYNC ? 900 : 488).sum();
        }

        @Override
        public List<String> performanceNotes(Component c) {
            return c.kind() == ComponentKind.POSTGRESQL && c.get(Settings.REPLICATION_MODE) == ReplicationMode.SYNC
                    ? List.of("+1 zone round trip per commit") : List.of();
        }
    };

    @Test
    void aVariantsDifferenceIsExplainedByTheChangedSettingsInTheJourneysScope() {
        Topology t = design();
        Comparison c = Comparison.of(t, t.variants(), List.of(Scenario.NODE_LOSS), RuleBook.standard()::analyse,
                FACTS);
        assertEquals(List.of("Baseline", "Proposal A"), c.columns().stream().map(Comparison.Column::name).toList());
        Comparison.Row row = c.rows().get(0);
        assertEquals(TimeBound.ofSeconds(5), row.cells().get(0).rpo());
        assertEquals(TimeBound.ZERO, row.cells().get(1).rpo());
        assertEquals(Boolean.FALSE, row.cells().get(0).meetsRpo());
        assertEquals(Boolean.TRUE, row.cells().get(1).meetsRpo());
        assertEquals(1, row.cells().get(1).because().size());
        assertEquals("Place order, node loss: RPO 5s -> 0s because orders-db replication async -> sync; "
                + "+$412/month; +1 zone round trip per commit", c.difference(row, 1));
        assertEquals(2, c.columns().get(1).changes().size(), "both changes listed for the variant");
        assertEquals(ReplicationMode.ASYNC, t.component("orders-db").orElseThrow().get(Settings.REPLICATION_MODE));
    }

    @Test
    void withoutFactsThereIsNoCostAndAnUnchangedRowHasNoDifference() {
        Topology t = design();
        Comparison c = Comparison.of(t, t.variants(), List.of(Scenario.PROCESS_CRASH),
                RuleBook.standard()::analyse, Comparison.Facts.NONE);
        assertNull(c.costDifference(1));
        assertNull(c.difference(c.rows().get(0), 1));
        assertTrue(c.rows().get(0).cells().get(1).because().isEmpty());
    }

    @Test
    void aVariantSettingTheBaselinesValueChangesNothing() {
        Topology t = design();
        Component db = t.component("orders-db").orElseThrow();
        t.setVariantValue(t.addVariant("Same"), db, Settings.FAILOVER.key(), Failover.MANUAL);
        Comparison c = Comparison.of(t, List.of(t.variant("same").orElseThrow()), List.of(Scenario.NODE_LOSS),
                RuleBook.standard()::analyse, Comparison.Facts.NONE);
        assertTrue(c.columns().get(1).changes().isEmpty());
    }
}
