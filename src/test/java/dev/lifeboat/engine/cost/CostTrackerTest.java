package dev.lifeboat.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Topology;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CostTrackerTest {

    private static final double CENT = 0.005;

    @Test
    void theTotalFollowsEveryEditThatChangesACost() {
        Topology t = new Topology();
        Component svc = t.addComponent("svc", ComponentKind.SERVICE, "svc");
        AtomicInteger heard = new AtomicInteger();
        try (CostTracker tracker = new CostTracker(t)) {
            tracker.addListener(heard::incrementAndGet);
            assertEquals(70.08, tracker.total(), CENT);

            t.set(svc, "instances", 2);
            assertEquals(140.16, tracker.total(), CENT);

            Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
            assertEquals(140.16 + 118.96, tracker.total(), CENT);

            t.setPrices(Prices.DEFAULTS.withInstanceMonth(ComponentKind.SERVICE, 100));
            assertEquals(200 + 118.96, tracker.total(), CENT);

            t.removeComponent(db);
            assertEquals(200, tracker.total(), CENT);
            t.rename(svc, "renamed");
            assertEquals(4, heard.get(), "a rename changes no cost and is not heard");
            assertEquals(Costs.of(t).total(), tracker.total(), CENT);
            assertEquals(200, tracker.total(svc), CENT);
            assertEquals("\u2248 $200/month", tracker.describe());
        }
        t.set(svc, "instances", 5);
        assertEquals(4, heard.get(), "closed, it no longer listens");
    }
}
