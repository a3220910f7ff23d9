package dev.lifeboat.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of component Lifeboat knows: one line per technology, pointing at the technology's home (for
 * example {@link Redis}), which holds its settings, defaults and the names importers accept. Being an enum,
 * it lets {@code switch} expressions over kinds be checked for exhaustiveness by the compiler.
 */
public enum ComponentKind implements Choice {
    SERVICE(StatelessService.DEFINITION),
    POSTGRESQL(Postgresql.DEFINITION),
    MYSQL(Mysql.DEFINITION),
    REDIS(Redis.DEFINITION),
    KAFKA(Kafka.DEFINITION),
    MONGODB(Mongodb.DEFINITION),
    OBJECT_STORAGE(ObjectStorage.DEFINITION),
    EXTERNAL(ExternalProvider.DEFINITION),
    DATASTORE(GenericDatastore.DEFINITION),
    RAFT_STORE(RaftStore.DEFINITION);

    private final KindDefinition definition;
    private final Map<String, Setting<?>> settings;
    /** This kind's settings by slot (null where the kind has no such setting). */
    private final Setting<?>[] bySlot;
    /** The kind's list of member zones, or null. */
    private final Setting.ZoneListSetting zoneList;

    ComponentKind(KindDefinition definition) {
        this.definition = definition;
        Map<String, Setting<?>> map = new LinkedHashMap<>();
        for (Setting<?> s : definition.settings()) {
            if (map.put(s.key(), s) != null) {
                throw new IllegalStateException(definition.id() + " lists " + s.key() + " twice");
            }
        }
        this.settings = Collections.unmodifiableMap(map);
        int max = 0;
        for (Setting<?> s : definition.settings()) {
            max = Math.max(max, s.slot() + 1);
        }
        this.bySlot = new Setting<?>[max];
        Setting.ZoneListSetting zones = null;
        for (Setting<?> s : definition.settings()) {
            bySlot[s.slot()] = s;
            if (s instanceof Setting.ZoneListSetting z) {
                zones = z;
            }
        }
        this.zoneList = zones;
    }

    /** The setting that lists the zones its members run in (the Raft store's {@code member_zones}), or null. */
    public Setting.ZoneListSetting zoneList() {
        return zoneList;
    }

    /** This kind's own definition of the setting in {@code slot}, or null. */
    Setting<?> settingInSlot(int slot) {
        return slot < bySlot.length ? bySlot[slot] : null;
    }

    @Override
    public String id() {
        return definition.id();
    }

    @Override
    public String label() {
        return definition.label();
    }

    /** Whether the component keeps data (and so can lose some). */
    public boolean stateful() {
        return definition.stateful();
    }

    /** The settings of this kind, in inspector order. */
    public List<Setting<?>> settings() {
        return definition.settings();
    }

    /** The setting with this key, if this kind has it. */
    public Optional<Setting<?>> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /** Whether this kind has the given setting (by key). */
    public boolean has(Setting<?> setting) {
        return settings.containsKey(setting.key());
    }

    /** The {@code type} words that mean this kind in a service-config section; empty when none. */
    public List<String> typeNames(ConfigSection section) {
        return definition.typeNames().getOrDefault(section, List.of());
    }

    /**
     * The kind a service-config section's {@code type} word names: lower case, without spaces, dashes or
     * underscores ({@code "Postgre SQL"} is written {@code postgresql} here).
     */
    public static Optional<ComponentKind> byTypeName(ConfigSection section, String squeezed) {
        for (ComponentKind k : values()) {
            if (k.typeNames(section).contains(squeezed)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kinds a service-config section accepts, in palette order. */
    public static List<ComponentKind> inSection(ConfigSection section) {
        return Arrays.stream(values()).filter(k -> !k.typeNames(section).isEmpty()).toList();
    }

    /** The kind with this id, label or name, case-insensitive in ASCII only (see {@link Choice#find}). */
    public static Optional<ComponentKind> byId(String text) {
        return Choice.find(values(), text);
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * The recommender's choices for this kind, declared in its home (empty where Lifeboat offers none: an external
     * provider or a generic datastore is configured elsewhere).
     */
    public List<MenuOption> menu() {
        return switch (this) {
            case SERVICE -> StatelessService.MENU;
            case POSTGRESQL -> Postgresql.MENU;
            case MYSQL -> Mysql.MENU;
            case REDIS -> Redis.MENU;
            case KAFKA -> Kafka.MENU;
            case MONGODB -> Mongodb.MENU;
            case OBJECT_STORAGE -> ObjectStorage.MENU;
            case EXTERNAL, DATASTORE -> List.of();
            case RAFT_STORE -> RaftStore.MENU;
        };
    }
}
