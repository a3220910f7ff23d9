package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The design's prices in the native file: only what differs is written, it reads back equal, bad input is refused. */
class PricesFileTest {

    private static final Path FILE = Path.of("prices.json");

    private static String doc(String prices) {
        return "{\"format\": \"lifeboat\", \"version\": 3, \"prices\": " + prices + "}";
    }

    @Test
    void defaultPricesAreNotWritten() {
        Topology t = new Topology();
        assertFalse(TopologyFiles.toJson(t).contains("\"prices\""));
    }

    @Test
    void changedPricesRoundTripAndOnlyTheChangesAreWritten() throws Exception {
        Topology t = new Topology();
        t.setPrices(Prices.DEFAULTS.withCurrency("EUR").withInstanceMonth(ComponentKind.POSTGRESQL, 250)
                .withPerGb(Prices.ARCHIVE, 0.004));
        String json = TopologyFiles.toJson(t);
        assertTrue(json.contains("\"prices\": {\n    \"currency\": \"EUR\",\n    \"instance_month\": {\n"
                + "      \"postgresql\": 250\n    },\n    \"archive_gb_month\": 0.004\n  }"), json);
        Topology back = TopologyFiles.read(json, FILE);
        assertEquals(t.prices(), back.prices());
        assertEquals(json, TopologyFiles.toJson(back));
    }

    @Test
    void aComponentsOwnPriceRoundTrips() throws Exception {
        Topology t = TopologyFiles.read("{\"format\": \"lifeboat\", \"version\": 3, \"components\": [{\"id\": \"db\","
                + " \"kind\": \"postgresql\", \"settings\": {\"instance_monthly_price\": 199.5,"
                + " \"write_rate_gb_per_day\": 40}}, {\"id\": \"pay\", \"kind\": \"external\", \"settings\":"
                + " {\"monthly_cost\": 1000}}]}", FILE);
        var db = t.component("db").orElseThrow();
        assertEquals(199.5, db.value("instance_monthly_price"));
        assertEquals(40.0, db.value("write_rate_gb_per_day"));
        Topology back = TopologyFiles.read(TopologyFiles.toJson(t), FILE);
        assertEquals(199.5, back.component("db").orElseThrow().value("instance_monthly_price"));
        assertEquals(1000.0, back.component("pay").orElseThrow().value("monthly_cost"));
        Topology table = TopologyFiles.read("{\"format\": \"lifeboat\", \"version\": 3, \"components\": [{\"id\":"
                + " \"db\", \"kind\": \"postgresql\", \"settings\": {\"instance_monthly_price\": \"table\"}}]}", FILE);
        assertEquals(null, table.component("db").orElseThrow().value("instance_monthly_price"));
        assertTrue(TopologyFiles.toJson(table).contains("\"instance_monthly_price\": \"table\""));
    }

    static Stream<Arguments> badPrices() {
        return Stream.of(
                Arguments.of("{\"curency\": \"EUR\"}", "$.prices.curency", "did you mean \"currency\"?"),
                Arguments.of("{\"currency\": \"euro\"}", "$.prices.currency", "three-letter ISO 4217 code"),
                Arguments.of("{\"block_gb_month\": -0.08}", "$.prices.block_gb_month", "cannot be negative"),
                Arguments.of("{\"transfer_cross_region_gb\": 5000}", "$.prices.transfer_cross_region_gb",
                        "not a plausible price"),
                Arguments.of("{\"object_gb_month\": \"cheap\"}", "$.prices.object_gb_month", "expected a number"),
                Arguments.of("{\"instance_month\": {\"postgress\": 100}}", "$.prices.instance_month.postgress",
                        "unknown kind \"postgress\" (did you mean \"postgresql\"?)"),
                Arguments.of("{\"instance_month\": {\"object_storage\": 100}}",
                        "$.prices.instance_month.object_storage", "Object storage has no instances to price"),
                Arguments.of("{\"instance_month\": {\"kafka\": 1e9}}", "$.prices.instance_month.kafka",
                        "not a plausible price"),
                Arguments.of("[]", "$.prices", "expected"));
    }

    @ParameterizedTest
    @MethodSource("badPrices")
    void badPricesAreRefusedWithTheirPlaceInOneLine(String prices, String location, String reason) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(doc(prices), FILE));
        assertTrue(e.getMessage().startsWith(FILE + ": " + location + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
