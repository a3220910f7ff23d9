package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configs of each sample, pinned: generated once, read by a person, then kept under
 * {@code src/test/resources/golden/configs/<sample>/}. A change to a writer shows here as a diff to review. To
 * write the files anew after an intended change, run this test with {@code -Dlifeboat.golden.write=true}, read
 * the diff, and commit it.
 */
class ConfigsGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/configs");
    /**
     * Designs that give the export what no sample has (several replica groups, delayed replicas, backup copies, a
     * Raft store), pinned and shown in docs/examples like the samples.
     */
    static final Path DESIGNS = Path.of("src/test/resources/configs");

    /** The samples, then the designs made for the export. */
    static Stream<Path> samples() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("samples"), DESIGNS)) {
            try (Stream<Path> files = Files.list(folder)) {
                all.addAll(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            }
        }
        return all.stream();
    }

    /** The files of a sample's configs, with every scenario, as the command line writes them. */
    static List<ConfigFile> configs(Path sample) throws Exception {
        Topology t = TopologyFiles.load(sample);
        return ConfigsExporter.files(new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()),
                null, sample.getFileName().toString()));
    }

    static String sampleName(Path sample) {
        return sample.getFileName().toString().replaceFirst("\\.json$", "");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theConfigsOfEachSampleAreThePinnedOnes(Path sample) throws Exception {
        List<ConfigFile> files = configs(sample);
        Path folder = GOLDEN.resolve(sampleName(sample));
        if (Boolean.getBoolean("lifeboat.golden.write")) {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (ConfigFile f : files) {
                Files.writeString(folder.resolve(f.name()), f.text(), StandardCharsets.UTF_8);
            }
        }
        List<String> pinned;
        try (Stream<Path> list = Files.list(folder)) {
            pinned = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(pinned, files.stream().map(ConfigFile::name).sorted().toList(), sample + ": the files");
        for (ConfigFile f : files) {
            assertEquals(Files.readString(folder.resolve(f.name()), StandardCharsets.UTF_8), f.text(),
                    sample + ": " + f.name());
            assertFalse(f.text().isBlank());
        }
    }

    /** The examples the README links to are pinned files, so they never drift from what the export writes. */
    @Test
    void theDocumentedExamplesAreGeneratedFiles() throws Exception {
        Map<String, String> generated = new HashMap<>();
        for (Path sample : samples().toList()) {
            for (ConfigFile f : configs(sample)) {
                generated.put(f.name(), f.text());
            }
        }
        List<Path> examples;
        try (Stream<Path> list = Files.list(Path.of("docs/examples"))) {
            // the configuration files; the diagrams' examples have their own test (DiagramExamplesTest)
            examples = list.filter(p -> p.getFileName().toString().matches(".*\\.(conf|properties|cnf|yml)")).sorted()
                    .toList();
        }
        Set<String> kinds = new HashSet<>();
        for (Path example : examples) {
            String name = example.getFileName().toString();
            assertEquals(generated.get(name), Files.readString(example, StandardCharsets.UTF_8), name);
            kinds.add(name.substring(name.indexOf('.') + 1));
        }
        assertEquals(Set.of("postgresql.conf", "standby.postgresql.conf", "redis.conf", "replica.redis.conf",
                "sentinel.conf", "server.properties", "topic.properties", "producer.properties", "my.cnf",
                "replica.my.cnf", "mongod.conf", "group2.postgresql.conf", "delayed.postgresql.conf", "group2.my.cnf",
                "delayed.my.cnf", "etcd.conf.yml", "connect-mirror-maker.properties"), kinds,
                "one example of each file");
    }
}
