package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesWhatArchitectsType() {
        assertEquals(90, Durations.parseSeconds("90s"));
        assertEquals(900, Durations.parseSeconds("15m"));
        assertEquals(3600, Durations.parseSeconds("1h"));
        assertEquals(5400, Durations.parseSeconds("1h30m"));
        assertEquals(5400, Durations.parseSeconds("1.5h"));
        assertEquals(172800, Durations.parseSeconds("2d"));
        assertEquals(42, Durations.parseSeconds("42"));
        assertEquals(1, Durations.parseSeconds("200ms"), "rounded up to a whole second");
    }

    @Test
    void formatsParseably() {
        for (long s : new long[] {0, 1, 59, 60, 900, 3600, 5400, 86400, 90061}) {
            assertEquals(s - (s >= 86400 ? s % 60 : 0), Durations.parseSeconds(Durations.format(s)));
        }
        assertEquals("1h30m", Durations.format(5400));
        assertEquals("unbounded", TimeBound.UNBOUNDED.toString());
    }

    @Test
    void refusesNegativeMalformedAndAbsurdDurations() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parseSeconds("-5m")).getMessage()
                .contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parseSeconds("fast")).getMessage()
                .contains("not a duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parseSeconds("20000d")).getMessage()
                .contains("ten years"));
    }

    @Test
    void settingsRefuseInvalidValuesWithTheirLabel() {
        Topology t = new Topology();
        Component db = t.addComponent(null, ComponentKind.POSTGRESQL, "db");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> t.set(db, "replication_mode", "quantum"));
        assertTrue(e.getMessage().contains("Replication"), e.getMessage());
        assertTrue(e.getMessage().contains("semi_sync"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> t.set(db, "replicas", -1));
        assertThrows(InvalidValueException.class, () -> t.set(db, "backup_interval", "-1h"));
        assertNull(db.get(Settings.BACKUP_INTERVAL), "the model never holds an invalid value");
        t.set(db, "backup_interval", "1h");
        assertEquals(3600L, db.get(Settings.BACKUP_INTERVAL));
        t.set(db, "backup_interval", "none");
        assertNull(db.get(Settings.BACKUP_INTERVAL));
    }

    @Test
    void kindsHaveTheirOwnDefaults() {
        Topology t = new Topology();
        Component svc = t.addComponent(null, ComponentKind.SERVICE, "svc");
        Component pg = t.addComponent(null, ComponentKind.POSTGRESQL, "pg");
        assertEquals(30L, svc.get(Settings.RESTART_TIME));
        assertEquals(60L, pg.get(Settings.RESTART_TIME));
        assertThrows(IllegalArgumentException.class, () -> svc.get(Settings.BACKUP_INTERVAL));
    }

    @Test
    void topologyRefusesDanglingAndDuplicateLinks() {
        Topology t = new Topology();
        Component a = t.addComponent(null, ComponentKind.SERVICE, "a");
        Component b = t.addComponent(null, ComponentKind.SERVICE, "a");
        assertEquals("a-2", b.id());
        t.addDependency(a, b, Strength.HARD);
        assertThrows(IllegalArgumentException.class, () -> t.addDependency(a, b, Strength.SOFT));
        assertThrows(IllegalArgumentException.class, () -> t.addDependency(a, a, Strength.SOFT));
        assertThrows(IllegalArgumentException.class, () -> t.addComponent("bad id!", ComponentKind.SERVICE, "x"));
    }

    @Test
    void appendingWritesWhatFormatWritesAfterWhatIsThere() {
        for (long s : new long[] {0, 1, 59, 60, 61, 3599, 3600, 3661, 5400, 86_399, 86_400, 90_061, 8_640_000}) {
            StringBuilder sb = new StringBuilder("RPO ");
            Durations.appendTo(sb, s);
            assertEquals("RPO " + Durations.format(s), sb.toString());
        }
    }
    @Test
    void aLongRunOfDigitsIsRefusedAtOnce() {
        // 20,000 digits and a letter took 20-40 s in the old regular expression (backtracking)
        for (String text : new String[] {"1".repeat(20_000) + "x", "1".repeat(20_000) + "m",
            "1h".repeat(10_000), "1".repeat(20_000) + ".5x", " ".repeat(20_000) + "1x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Durations.parseSeconds(text));
            assertTrue(e.getMessage().length() < 300, e.getMessage());
        }
    }

    @Test
    void everyUnitWordIsReadWhole() {
        assertEquals(90, Durations.parseSeconds("90 sec"));
        assertEquals(120, Durations.parseSeconds("2min"));
        assertEquals(5400, Durations.parseSeconds("1 hour 30 minutes"));
        assertEquals(7 * 86400, Durations.parseSeconds("1week"));
        assertEquals(86400, Durations.parseSeconds("1D"));
        assertEquals(1, Durations.parseSeconds("1 ms"));
        assertEquals(3600, Durations.parseSeconds("3600"));
        assertEquals(2, Durations.parseSeconds("1.5"));
    }

    @Test
    void onlyAsciiDigitsAndUnitsAreDurations() {
        for (String text : new String[] {"\u0661h", "\uFF11h", "1\u212A", "1\u017F", "1.h", ".5h", "1hh",
            "h", "1 h x", "1e3s", "0x10s", "1_000s", "NaN", "Infinity"}) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parseSeconds(text), text);
        }
        assertEquals(TimeBound.UNBOUNDED, Durations.parseBound("UNBOUNDED"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parseBound("\u0131nfinite"));
    }
}
