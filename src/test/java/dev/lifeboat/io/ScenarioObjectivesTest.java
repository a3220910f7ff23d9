package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Objectives per failure: read from both formats, written back, followed by the analysis and its JSON. */
class ScenarioObjectivesTest {

    private static final String SERVICES = "{\"services\": [{\"service_name\": \"api\", \"restart_time\": \"10m\"}],"
            + " \"journeys\": [{\"name\": \"browse\", \"entry\": [\"api\"], \"rpo_target\": \"1h\","
            + " \"rto_target\": \"1m\", \"objectives\": {\"region-loss\": {\"rto\": \"4h\"},"
            + " \"zone-loss\": {\"rpo\": \"0s\", \"rto\": \"30m\"}}}]}";

    @Test
    void eachFailureTakesItsOwnObjectiveAndTheDefaultOtherwise() throws Exception {
        Topology t = TopologyFiles.read(SERVICES, null);
        Journey j = t.journeys().iterator().next();

        assertEquals(TimeBound.ofHours(4), j.rtoObjective("region-loss"));
        assertEquals(TimeBound.ofHours(1), j.rpoObjective("region-loss"), "a number left out keeps the default");
        assertEquals(TimeBound.ZERO, j.rpoObjective("zone-loss"));
        assertEquals(TimeBound.ofMinutes(1), j.rtoObjective("node-loss"));

        Analysis a = RuleBook.standard().analyse(t);
        JourneyAssessment region = a.journey(j, Scenario.REGION_LOSS);
        assertEquals(TimeBound.ofHours(4), region.rtoObjective());
        assertEquals(Boolean.TRUE, region.meetsRto(), "a 4 h objective under region loss");
        assertEquals(Boolean.FALSE, a.journey(j, Scenario.PROCESS_CRASH).meetsRto(), "the 1 m default elsewhere");
    }

    @Test
    void theNativeFormatWritesThemAndReadsThemBack() throws Exception {
        Topology t = TopologyFiles.read(SERVICES, null);
        String json = TopologyFiles.toJson(t);

        Topology back = TopologyFiles.read(json, null);

        assertEquals(json, TopologyFiles.toJson(back));
        Map<String, Objectives> per = back.journeys().iterator().next().scenarioObjectives();
        assertEquals(List.of("region-loss", "zone-loss"), List.copyOf(per.keySet()));
        assertEquals(new Objectives(null, TimeBound.ofHours(4)), per.get("region-loss"));
    }

    @Test
    void theJsonCarriesTheObjectivesInForcePerScenario() throws Exception {
        Topology t = TopologyFiles.read(SERVICES, null);
        Analysis a = RuleBook.standard().analyse(t);

        JsonNode scenarios = new ObjectMapper().readTree(AnalysisJson.write(t, a, List.of(Scenario.values())))
                .get("journeys").get(0).get("scenarios");

        assertEquals(14400, scenarios.get("region-loss").get("rto_target_seconds").asLong());
        assertEquals(3600, scenarios.get("region-loss").get("rpo_target_seconds").asLong());
        assertEquals(0, scenarios.get("zone-loss").get("rpo_target_seconds").asLong());
        assertEquals(60, scenarios.get("node-loss").get("rto_target_seconds").asLong());
    }

    @Test
    void anUnknownFailureOrABadDurationIsALocatedError() {
        LoadException unknown = assertThrows(LoadException.class, () -> TopologyFiles.read(
                SERVICES.replace("region-loss", "meteor-strike"), null));
        LoadException bad = assertThrows(LoadException.class, () -> TopologyFiles.read(
                SERVICES.replace("\"4h\"", "\"soon\""), null));

        assertEquals("$.journeys[0].objectives['meteor-strike']", unknown.location());
        assertTrue(unknown.reason().contains("zone-loss"), unknown.reason());
        assertEquals("$.journeys[0].objectives['region-loss'].rto", bad.location());
    }

    @Test
    void withoutOwnObjectivesNothingChanges() throws Exception {
        Topology t = TopologyFiles.read(SERVICES.replaceAll(", \"objectives\": \\{.*?\\}\\}", ""), null);
        Journey j = t.journeys().iterator().next();

        assertTrue(j.scenarioObjectives().isEmpty(), SERVICES);
        assertEquals(TimeBound.ofHours(1), j.rpoObjective("zone-loss"));
        assertFalse(TopologyFiles.toJson(t).contains("\"objectives\""));
    }
}
