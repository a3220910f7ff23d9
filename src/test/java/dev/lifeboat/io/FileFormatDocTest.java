package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The file format document lists every setting of every kind, so that it cannot fall behind the model. */
class FileFormatDocTest {

    @Test
    void everySettingOfEveryKindIsDocumentedInItsKindsSection() throws Exception {
        String doc = Files.readString(Path.of("docs/file-format.md"));
        for (ComponentKind kind : ComponentKind.values()) {
            String heading = "#### `" + kind.id() + "`";
            int start = doc.indexOf(heading);
            assertTrue(start >= 0, "no section " + heading);
            int end = doc.indexOf("\n#### ", start + heading.length());
            String section = doc.substring(start, end < 0 ? doc.length() : end);
            for (Setting<?> s : kind.settings()) {
                assertTrue(section.contains("| `" + s.key() + "` |"), kind.id() + " section lacks " + s.key());
            }
        }
    }
}
