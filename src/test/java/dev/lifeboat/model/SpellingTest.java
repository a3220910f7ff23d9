package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Settings and kinds accept exactly the documented spellings: ASCII, case-insensitive in ASCII only. */
class SpellingTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0663", "\uFF13", "\u0967", "+3", "3 3", "0x3", "3L", "\u00B3"})
    void integerSettingsRefuseOtherScriptsAndJavaForms(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Settings.REPLICAS.parse(text));
        assertTrue(e.getMessage().contains("not a whole number"), e.getMessage());
    }

    @Test
    void integerSettingsReadAsciiDigits() {
        assertEquals(3, Settings.REPLICAS.parse("3"));
        assertEquals(3, Settings.REPLICAS.parse(" 3 "));
        assertEquals(3, Settings.REPLICAS.parse("003"));
        assertTrue(assertThrows(InvalidValueException.class, () -> Settings.REPLICAS.parse("-1")).getMessage()
                .contains("out of range"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100f", "100d", "100F", "0x1p3", "NaN", "Infinity", "-Infinity", "1_000", "\uFF11",
        "1e", ".5", "5.", "1,5", "+5", "0x10"})
    void numberSettingsRefuseJavaOnlyForms(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Settings.DATA_SIZE_GB.parse(text));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    }

    @Test
    void numberSettingsReadDecimalsWithTheirUnit() {
        assertEquals(100.0, Settings.DATA_SIZE_GB.parse("100"));
        assertEquals(1.5, Settings.DATA_SIZE_GB.parse("1.5 GB"));
        assertEquals(1.5, Settings.DATA_SIZE_GB.parse("1.5gb"));
        assertEquals(1500.0, Settings.DATA_SIZE_GB.parse("1.5e3"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Settings.DATA_SIZE_GB.parse("1e400"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void lookAlikeLettersAreNotTheirAsciiTwins() {
        assertEquals(Optional.empty(), ComponentKind.byId("\u212Aafka"), "Kelvin sign");
        assertEquals(Optional.empty(), ComponentKind.byId("\u017Fervice"), "long s");
        assertEquals(Optional.empty(), ComponentKind.byId("\u0130"), "dotted capital I");
        assertEquals(Optional.of(ComponentKind.KAFKA), ComponentKind.byId("KAFKA"));
        assertEquals(Optional.of(ComponentKind.OBJECT_STORAGE), ComponentKind.byId("Object Storage"));
        assertThrows(InvalidValueException.class, () -> Settings.SPREAD.parse("\u017Fingle_zone"));
        assertThrows(InvalidValueException.class, () -> Postgresql.FSYNC.parse("\u212A"));
        assertThrows(InvalidValueException.class, () -> Settings.BACKUP_INTERVAL.parse("\u212Aone"));
        assertEquals(Spread.SINGLE_ZONE, Settings.SPREAD.parse("SINGLE_ZONE"));
        assertEquals(Optional.empty(), Choice.find(Strength.values(), "\u017Foft"));
        assertEquals(Optional.of(Strength.SOFT), Choice.find(Strength.values(), "Soft"));
    }

    @Test
    void asciiFoldingLeavesEverythingElseAlone() {
        assertTrue(InputText.equalsIgnoreCase("KaFkA", "kafka"));
        assertTrue(!InputText.equalsIgnoreCase("\u212Aafka", "kafka"));
        assertEquals("abc\u212A\u0130", InputText.lower("ABC\u212A\u0130"));
    }

    @Test
    void overLongWordsAreRefusedBeforeTheyAreMatched() {
        String word = "a".repeat(20_000);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Settings.SPREAD.parse(word));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> Settings.REPLICAS.parse("9".repeat(20_000)));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> Settings.DATA_SIZE_GB.parse("9".repeat(20_000)));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test
    void wholeNumbersBeyondLongAreOutOfRange() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Settings.REPLICAS.parse("99999999999999999999"));
        assertTrue(e.getMessage().contains("out of range; expected 0 to 16"), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> Settings.REPLICAS.coerce(1e20));
        assertTrue(e.getMessage().contains("out of range; expected 0 to 16"), e.getMessage());
        assertTrue(!e.getMessage().contains(Long.toString(Long.MAX_VALUE)), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> Settings.REPLICAS.coerce(Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void idsAreCheckedWithoutARegularExpressionAndCut() {
        assertEquals("a.b_c:d-1", Topology.checkId("a.b_c:d-1"));
        assertEquals("x".repeat(128), Topology.checkId("x".repeat(128)));
        for (String bad : new String[] {"", "-a", "a b", "x".repeat(129), "\u212A", "a\u0663", "a".repeat(20_000)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topology.checkId(bad));
            assertTrue(e.getMessage().length() < 300, e.getMessage());
        }
    }
}
