package dev.lifeboat.io.export.config;

import java.util.List;

/** The configuration files of one technology: one implementation per technology, the only place its keys live. */
interface TechnologyConfig {

    /** The files the component's design needs, each with its header, derived from its settings. */
    List<ConfigFile> files(ConfigContext ctx);
}
