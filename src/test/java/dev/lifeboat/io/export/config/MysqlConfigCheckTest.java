package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every generated my.cnf, checked against the MySQL 8.0 reference, since no MySQL server is in Debian's main
 * packages: each option is a server system variable or option of 8.0.26+ with a value it accepts, a plugin's
 * variables come only with the plugin loaded in the same file, and no option uses the names 8.0.26 replaced
 * ({@code master}, {@code slave}). The lists come from:
 * <ul>
 *   <li>https://dev.mysql.com/doc/refman/8.0/en/server-system-variable-reference.html (server_id, read_only,
 *       super_read_only, sync_binlog, gtid_mode, enforce_gtid_consistency, log_replica_updates,
 *       relay_log_recovery, innodb_flush_log_at_trx_commit)</li>
 *   <li>https://dev.mysql.com/doc/refman/8.0/en/server-options.html#option_mysqld_plugin-load-add</li>
 *   <li>https://dev.mysql.com/doc/refman/8.0/en/replication-semisync-installation.html (semisync_source.so,
 *       semisync_replica.so) and replication-options-source.html / replication-options-replica.html
 *       (rpl_semi_sync_source_*, rpl_semi_sync_replica_enabled)</li>
 *   <li>https://dev.mysql.com/doc/refman/8.0/en/group-replication-system-variables.html</li>
 * </ul>
 */
class MysqlConfigCheckTest {

    private static final Predicate<String> BOOL = v -> Set.of("ON", "OFF", "1", "0").contains(v);

    private static Predicate<String> between(long min, long max) {
        return v -> v.matches("[0-9]{1,10}") && Long.parseLong(v) >= min && Long.parseLong(v) <= max;
    }

    private static Predicate<String> oneOf(String... values) {
        return v -> Set.of(values).contains(v);
    }

    private static final Predicate<String> ADDRESS = v -> v.matches("\"[A-Za-z0-9.-]+:[0-9]{1,5}\"");

    /** Option, valid values, as the 8.0 reference gives them. */
    private static final Map<String, Predicate<String>> OPTIONS = Map.ofEntries(
            Map.entry("server_id", between(0, 4294967295L)),
            Map.entry("innodb_flush_log_at_trx_commit", oneOf("0", "1", "2")),
            Map.entry("sync_binlog", between(0, 4294967295L)),
            Map.entry("gtid_mode", oneOf("OFF", "OFF_PERMISSIVE", "ON_PERMISSIVE", "ON")),
            Map.entry("enforce_gtid_consistency", oneOf("OFF", "ON", "WARN")),
            Map.entry("read_only", BOOL),
            Map.entry("super_read_only", BOOL),
            Map.entry("relay_log_recovery", BOOL),
            Map.entry("log_replica_updates", BOOL),
            Map.entry("plugin_load_add", oneOf("semisync_source.so", "semisync_replica.so", "group_replication.so")),
            Map.entry("rpl_semi_sync_source_enabled", BOOL),
            Map.entry("rpl_semi_sync_source_wait_for_replica_count", between(1, 65535)),
            Map.entry("rpl_semi_sync_source_wait_point", oneOf("AFTER_SYNC", "AFTER_COMMIT")),
            Map.entry("rpl_semi_sync_source_timeout", between(0, 4294967295L)),
            Map.entry("rpl_semi_sync_replica_enabled", BOOL),
            Map.entry("group_replication_group_name", v -> v.startsWith("\"") && v.endsWith("\"")
                    && UUID.fromString(v.substring(1, v.length() - 1)) != null),
            Map.entry("group_replication_start_on_boot", BOOL),
            Map.entry("group_replication_local_address", ADDRESS),
            Map.entry("group_replication_group_seeds", v -> v.matches("\"[A-Za-z0-9.-]+:[0-9]{1,5}"
                    + "(,[A-Za-z0-9.-]+:[0-9]{1,5})*\"")),
            Map.entry("group_replication_single_primary_mode", BOOL));

    /** The plugin each family of variables needs. */
    private static final Map<String, String> PLUGIN_OF = Map.of(
            "rpl_semi_sync_source_", "semisync_source.so",
            "rpl_semi_sync_replica_", "semisync_replica.so",
            "group_replication_", "group_replication.so");

    @Test
    void everyOptionIsInTheReferenceWithAValueItAccepts() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("my.cnf");
        assertTrue(files.size() >= 6, "sources, replicas and group members: " + files.size());
        for (ConfigFile f : files) {
            String[] lines = f.text().split("\n");
            List<String> groups = new ArrayList<>();
            for (String l : lines) {
                if (l.startsWith("[")) {
                    groups.add(l);
                }
            }
            assertEquals(List.of("[mysqld]"), groups, f.name() + ": one [mysqld] group");
            List<String[]> settings = Servers.settings(f.text(), " = ");
            List<String> plugins = settings.stream().filter(s -> s[0].equals("plugin_load_add")).map(s -> s[1])
                    .toList();
            for (String[] s : settings) {
                assertTrue(OPTIONS.containsKey(s[0]), f.name() + ": not an option of the reference: " + s[0]);
                assertTrue(OPTIONS.get(s[0]).test(s[1]), f.name() + ": " + s[0] + " = " + s[1]);
                assertFalse(s[0].contains("master") || s[0].contains("slave"), f.name() + ": a pre-8.0.26 name");
                PLUGIN_OF.forEach((prefix, plugin) -> {
                    if (s[0].startsWith(prefix)) {
                        assertTrue(plugins.contains(plugin), f.name() + ": " + s[0] + " needs " + plugin);
                    }
                });
            }
        }
    }

    @Test
    void theSemisynchronousSampleWaitsForAReplicaAndItsReplicasAnswer() throws Exception {
        ConfigFile source = ConfigCases.all().stream().filter(f -> f.name().equals("ledger-db.my.cnf")).findFirst()
                .orElseThrow();
        ConfigFile replica = ConfigCases.all().stream().filter(f -> f.name().equals("ledger-db.replica.my.cnf"))
                .findFirst().orElseThrow();
        assertTrue(source.text().contains("\nrpl_semi_sync_source_enabled = ON\n"), source.text());
        assertTrue(replica.text().contains("\nrpl_semi_sync_replica_enabled = ON\n"), replica.text());
        assertTrue(replica.text().contains("\nsuper_read_only = ON\n"), replica.text());
    }
}
