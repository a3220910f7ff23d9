package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per rule kind: a duration or rate left at a default that no documentation states is an assumption (the
 * explanation says "assumed", the assessment lists it), and the same setting typed by the user is the user's
 * statement, not an assumption. Defaults the documentation states are never assumptions.
 */
class UndocumentedDefaultsTest {

    /** kind, scenario, the setting under test, the value a user types, whether it shapes the RPO, other settings. */
    static Stream<Arguments> undocumented() {
        return Stream.of(
                Arguments.of(ComponentKind.POSTGRESQL, Scenario.PROCESS_CRASH, "restart_time", "2m", false,
                        List.of()),
                Arguments.of(ComponentKind.MYSQL, Scenario.NODE_LOSS, "failover_time", "20s", false,
                        List.of("replication_mode", "async", "replicas", 1, "failover", "automatic")),
                Arguments.of(ComponentKind.MONGODB, Scenario.LOGICAL_CORRUPTION, "archive_interval", "5m", true,
                        List.of("backup_interval", "1h", "continuous_archiving", true)),
                Arguments.of(ComponentKind.SERVICE, Scenario.PROCESS_CRASH, "restart_time", "10s", false, List.of()),
                Arguments.of(ComponentKind.SERVICE, Scenario.REGION_LOSS, "traffic_shift_time", "1m", false,
                        List.of("active_active", true)),
                Arguments.of(ComponentKind.REDIS, Scenario.PROCESS_CRASH, "restart_time", "10s", false, List.of()),
                Arguments.of(ComponentKind.REDIS, Scenario.ZONE_LOSS, "warmup_time", "1m", false,
                        List.of("role", "cache")),
                Arguments.of(ComponentKind.KAFKA, Scenario.NODE_LOSS, "failover_time", "10s", false,
                        List.of("replication_factor", 3, "min_insync_replicas", 2)),
                Arguments.of(ComponentKind.OBJECT_STORAGE, Scenario.LOGICAL_CORRUPTION, "restore_rate_gb_per_hour",
                        "1000", false, List.of("versioning", true, "cross_region_replication", true,
                                "replication_time_control", true)),
                Arguments.of(ComponentKind.RAFT_STORE, Scenario.PROCESS_CRASH, "restart_time", "5s", false,
                        List.of("members", 1)),
                Arguments.of(ComponentKind.EXTERNAL, Scenario.ZONE_LOSS, "stated_rto", "30m", false, List.of()),
                Arguments.of(ComponentKind.DATASTORE, Scenario.NODE_LOSS, "rpo_node_loss", "5m", true, List.of()));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("undocumented")
    void aDefaultNoDocumentStatesIsAssumedAndAValueTheUserTypedIsNot(ComponentKind kind, Scenario scenario,
                                                                      String key, String typed, boolean rpo,
                                                                      List<Object> others) {
        Fixture f = new Fixture();
        String label = kind.setting(key).map(Setting::label).orElseThrow();

        ComponentAssessment byDefault = assess(f.add(kind, others.toArray()), scenario);
        assertTrue((rpo ? byDefault.rpoAssumptions() : byDefault.rtoAssumptions()).contains(label),
                byDefault::explanation);
        assertTrue(byDefault.explanation().contains(key + ", assumed"), byDefault::explanation);

        List<Object> typedToo = new ArrayList<>(others);
        typedToo.addAll(Arrays.asList(key, typed));
        ComponentAssessment stated = assess(f.add(kind, typedToo.toArray()), scenario);
        assertFalse(stated.assumptions().contains(label), stated::explanation);
        assertTrue(stated.explanation().contains(key), stated::explanation);
        assertFalse(stated.explanation().contains(key + ", assumed"), stated::explanation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void aDefaultTheDocumentationStatesIsNoAssumption(ComponentKind kind, Scenario scenario, List<Object> settings) {
        Component c = new Fixture().add(kind, settings.toArray());
        ComponentAssessment a = assess(c, scenario);

        assertEquals(List.of(), a.assumptions(), a::explanation);
    }

    /** MongoDB's 12 s election, Redis's hourly RDB save point, Sentinel's 30 s down-after, etcd's 1 s timeout. */
    static Stream<Arguments> documented() {
        return Stream.of(
                Arguments.of(ComponentKind.MONGODB, Scenario.NODE_LOSS, List.of()),
                Arguments.of(ComponentKind.MONGODB, Scenario.PROCESS_CRASH, List.of()),
                Arguments.of(ComponentKind.REDIS, Scenario.PROCESS_CRASH, List.of("restart_time", "1m")),
                Arguments.of(ComponentKind.RAFT_STORE, Scenario.NODE_LOSS, List.of("election_time", "2s")));
    }
}
