package dev.lifeboat.io.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lifeboat.io.export.ExportRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples the README links to ({@code docs/examples/multi-region-saas.*}) are what the exports write
 * today: the text formats byte for byte (they are laid out with fixed text widths, not the machine's fonts),
 * the PNG by its size (its pixels depend on the fonts). After an intended change, run this test with
 * {@code -Dlifeboat.golden.write=true}, look at the pictures, and commit them.
 */
class DiagramExamplesTest {

    static final Path SAMPLE = Path.of("samples/multi-region-saas.json");
    static final Path EXAMPLES = Path.of("docs/examples");
    static final List<String> TEXT_FORMATS = List.of("dot", "mermaid", "svg", "services");

    @TempDir
    Path dir;

    @Test
    void theTextExamplesAreWhatTheExportsWrite() throws Exception {
        ExportRequest r = Exports.request(SAMPLE);
        for (String id : TEXT_FORMATS) {
            Path example = example(id);
            String text = Exports.text(id, r);
            if (Boolean.getBoolean("lifeboat.golden.write")) {
                Files.writeString(example, text, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(example, StandardCharsets.UTF_8), text, example.toString());
        }
    }

    @Test
    void thePngExampleIsAPictureOfTheSameSize() throws Exception {
        byte[] png = Exports.bytes("png", Exports.request(SAMPLE), dir);
        Path example = example("png");
        if (Boolean.getBoolean("lifeboat.golden.write")) {
            Files.write(example, png);
        }
        BufferedImage pinned = ImageIO.read(example.toFile());
        BufferedImage now = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(pinned);
        assertEquals(pinned.getWidth(), now.getWidth());
        assertEquals(pinned.getHeight(), now.getHeight());
    }

    private static Path example(String id) {
        String ext = id.equals("services") ? "services.json" : Exports.exporter(id).extension();
        return EXAMPLES.resolve("multi-region-saas." + ext);
    }
}
