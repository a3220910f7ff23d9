package dev.lifeboat.ui.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened or saved files, kept in java.util.prefs. */
public final class RecentFiles {

    private static final int MAX = 8;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = prefs.get("recent." + i, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts a file first, dropping duplicates and the oldest beyond the limit. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(list());
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public void remove(Path file) {
        List<Path> list = new ArrayList<>(list());
        list.remove(file.toAbsolutePath().normalize());
        for (int i = 0; i < MAX; i++) {
            prefs.remove("recent." + i);
        }
        for (int i = 0; i < list.size(); i++) {
            prefs.put("recent." + i, list.get(i).toString());
        }
    }
}
