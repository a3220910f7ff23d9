package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void cleanTextIsReturnedAsItIs() {
        String s = "ledger-service ✔ Zürich 😀";
        assertSame(s, Printable.of(s));
    }

    @Test
    void controlAndBidiCharactersAreEscaped() {
        assertEquals("a\\nOK      0 objectives missed", Printable.of("a\nOK      0 objectives missed"));
        assertEquals("\\u001B[31mred\\u0007", Printable.of("\u001B[31mred\u0007"));
        assertEquals("\\u0000\\r\\t\\u0008\\u007F\\u009B", Printable.of("\u0000\r\t\b\u007F\u009B"));
        assertEquals("x\\u202Eabc\\u2028\\u2066", Printable.of("x\u202Eabc\u2028\u2066"));
        assertEquals("\\uD800z", Printable.of("\uD800z"));
    }

    @Test
    void echoCutsLongValuesAndSaysHowLong() {
        String echoed = Printable.echo("9".repeat(20_000));
        assertTrue(echoed.length() < 120, echoed);
        assertTrue(echoed.endsWith("… (20000 characters)"), echoed);
        assertFalse(Printable.echo("😀".repeat(100)).contains("\\uD"), "a surrogate pair is never cut in half");
        assertEquals("short", Printable.echo("short"));
    }
}
