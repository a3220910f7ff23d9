package dev.lifeboat.io.export.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services export reads back through the service-config importer with the same components, settings,
 * dependencies and journeys, for all the format can hold; and it says what it could not.
 */
class ServicesExportTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private record Result(String json, List<String> notes) {
    }

    private static Result export(Topology t) throws IOException {
        StringWriter out = new StringWriter();
        List<String> notes = Exporters.toWriter(Exporters.byId("services").orElseThrow(), new ExportRequest(t,
                RuleBook.standard().analyse(t), List.of(Scenario.values()), null, "x"), out, Progress.NONE);
        return new Result(out.toString(), notes);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleReadsBackWithWhatTheFormatHolds(Path sample) throws Exception {
        Topology before = TopologyFiles.load(sample);
        Result r = export(before);
        Topology after = TopologyFiles.read(r.json(), null);

        assertEquals(before.name(), after.name());
        // every service and provider, by name, with the same settings
        for (Component c : before.components()) {
            if (c.kind() == ComponentKind.SERVICE || c.kind() == ComponentKind.EXTERNAL) {
                Component back = byName(after, c.name());
                assertEquals(c.kind(), back.kind());
                assertEquals(new TreeMap<>(c.explicitValues()), new TreeMap<>(back.explicitValues()), c.name());
            }
        }
        // each datastore written as a service's section: same kind and settings, under the importer's name
        for (Component c : before.components()) {
            if (c.kind() != ComponentKind.SERVICE && c.kind() != ComponentKind.EXTERNAL) {
                List<Component> owners = before.dependentsOf(c).stream().filter(Dependency::isHard)
                        .map(Dependency::source).filter(s -> s.kind() == ComponentKind.SERVICE).toList();
                boolean noted = r.notes().stream().anyMatch(n -> n.startsWith("\"" + c.name() + "\" (")
                        && n.contains("is left out"));
                if (owners.isEmpty() || noted) {
                    assertTrue(noted || owners.isEmpty() && notedAtAll(r, c), c.name() + " left out and said so: "
                            + r.notes());
                    continue;
                }
                Component back = after.components().stream().filter(a -> a.kind() == c.kind()
                        && owners.stream().anyMatch(o -> a.name().startsWith(o.name() + "-"))).findFirst()
                        .orElseThrow(() -> new AssertionError(c.name() + " not read back: " + r.json()));
                Map<String, Object> want = new TreeMap<>(c.explicitValues());
                Map<String, Object> got = new TreeMap<>(back.explicitValues());
                got.keySet().retainAll(want.keySet());
                assertEquals(want, got, c.name());
                for (String key : back.explicitValues().keySet()) {
                    assertEquals(c.value(key), back.value(key), c.name() + " " + key + " means the same");
                }
            }
        }
        // the hard dependencies between services and on providers
        assertEquals(edges(before, true), edges(after, true), sample + ": dependencies between services");
        // the journeys, their service entries and objectives
        assertEquals(before.journeys().size(), after.journeys().size());
        for (Journey j : before.journeys()) {
            Journey back = after.journeys().stream().filter(a -> a.name().equals(j.name())).findFirst().orElseThrow();
            assertEquals(j.rpoObjective(), back.rpoObjective());
            assertEquals(j.rtoObjective(), back.rtoObjective());
            assertEquals(j.scenarioObjectives(), back.scenarioObjectives());
            assertEquals(j.entries().stream().map(Component::name).toList(),
                    back.entries().stream().map(Component::name).toList());
        }
        if (!before.places().isEmpty()) {
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Regions and zones")), r.notes().toString());
        }
    }

    /** The seed sample is the format's own: it comes back as it was, every number the same. */
    @Test
    void theSeedSampleComesBackWithTheSameAnalysis() throws Exception {
        Topology before = TopologyFiles.load(Path.of("samples/order-processor.services.json"));
        Result r = export(before);
        Topology after = TopologyFiles.read(r.json(), null);

        assertEquals(List.of(), r.notes());
        assertEquals(TopologyFiles.toJson(before), TopologyFiles.toJson(after));
    }

    @Test
    void whatTheFormatCannotHoldIsNoted() throws Exception {
        Topology t = new Topology();
        Component api = t.addComponent(null, ComponentKind.SERVICE, "api");
        Component worker = t.addComponent(null, ComponentKind.SERVICE, "worker");
        Component db = t.addComponent(null, ComponentKind.POSTGRESQL, "main-db");
        Component bucket = t.addComponent(null, ComponentKind.OBJECT_STORAGE, "bucket");
        Component store = t.addComponent(null, ComponentKind.DATASTORE, "search");
        Component twin = t.addComponent(null, ComponentKind.SERVICE, "api");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(worker, db, Strength.HARD);
        t.addDependency(api, worker, Strength.SOFT);
        t.addDependency(api, bucket, Strength.HARD);
        t.addDependency(db, store, Strength.HARD);
        t.addDependency(twin, worker, Strength.HARD);
        t.addJourney(null, "upload", List.of(bucket), TimeBound.ofMinutes(5), null);
        t.set(db, "replicas", 2);

        Result r = export(t);
        Topology back = TopologyFiles.read(r.json(), null);

        String all = String.join("\n", r.notes());
        for (String expected : List.of("\"bucket\" (Object storage) is left out", "\"search\" (Generic datastore) is "
                + "left out", "\"api\" (Service) is left out", "soft dependency of \"api\" on \"worker\"",
                "dependency of \"worker\" on \"main-db\" is left out", "dependency of \"main-db\" on \"search\"",
                "reads back named \"api-db\"", "journey \"upload\" is left out", "No journey is written")) {
            assertTrue(all.contains(expected), expected + " in:\n" + all);
        }
        // replicas without a mode stay without one: the exporter says "none" so that the importer does not assume
        Component db2 = byName(back, "api-db");
        assertEquals(2, db2.value("replicas"));
        assertEquals(db.value("replication_mode"), db2.value("replication_mode"));
        assertEquals(Set.of("api", "worker", "api-db"), back.components().stream().map(Component::name)
                .collect(Collectors.toSet()));
    }

    @Test
    void hostileNamesReadBackAsThemselves() throws Exception {
        Topology t = new Topology();
        t.setName("<script>alert(1)</script>");
        List<Component> cs = new ArrayList<>();
        for (String name : List.of("it's \"quoted\"", "back\\slash", "line\nbreak", "\"]; evil [", "esc\u001B[31m")) {
            cs.add(t.addComponent(null, ComponentKind.SERVICE, name));
        }
        t.addDependency(cs.get(0), cs.get(1), Strength.HARD);
        t.addJourney(null, "j\u0007\"", List.of(cs.get(2)), null, TimeBound.ofHours(1));

        Topology back = TopologyFiles.read(export(t).json(), null);

        assertEquals(t.name(), back.name());
        assertEquals(names(t), names(back));
        assertEquals(edges(t, true), edges(back, true));
        assertEquals("j\u0007\"", back.journeys().iterator().next().name());
    }

    private static boolean notedAtAll(Result r, Component c) {
        return r.notes().stream().anyMatch(n -> n.contains("\"" + c.name() + "\""));
    }

    private static Set<String> names(Topology t) {
        return t.components().stream().map(Component::name).collect(Collectors.toSet());
    }

    /** "a -> b" for each hard dependency between services and providers. */
    private static Set<String> edges(Topology t, boolean hardOnly) {
        Set<String> out = new HashSet<>();
        for (Dependency d : t.dependencies()) {
            boolean plain = (d.source().kind() == ComponentKind.SERVICE)
                    && (d.target().kind() == ComponentKind.SERVICE || d.target().kind() == ComponentKind.EXTERNAL);
            if (plain && (!hardOnly || d.isHard())) {
                out.add(d.source().name() + " -> " + d.target().name());
            }
        }
        return out;
    }

    private static Component byName(Topology t, String name) {
        return t.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }
}
