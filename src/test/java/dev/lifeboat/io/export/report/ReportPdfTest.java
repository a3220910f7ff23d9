package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.Version;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Journey;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's report as a PDF, made from the jar's own code with no browser: PDFBox reads it back, with
 * pages, A4 landscape, the journeys' names and the verdict symbols in its text, the frontier's charts drawn, and only
 * the bundled font.
 */
class ReportPdfTest {

    @TempDir
    Path dir;

    static Stream<Path> samples() throws Exception {
        return Reports.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theReportIsAPdfWithTheJourneysInItsText(Path sample) throws Exception {
        ExportRequest r = Reports.request(sample);
        Path pdf = Reports.pdfFile(r, dir.resolve("report.pdf"));

        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertTrue(doc.getNumberOfPages() > 0);
            PDPage first = doc.getPage(0);
            assertTrue(first.getMediaBox().getWidth() > first.getMediaBox().getHeight(), "landscape");
            assertEquals(842, Math.round(first.getMediaBox().getWidth()), "A4");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(r.topology().name().replaceAll("\\s+", " ")), "the design's name");
            for (Journey j : r.topology().journeys()) {
                assertTrue(text.contains(j.name().replaceAll("\\s+", " ")), j.name());
            }
            assertTrue(text.contains("Lifeboat " + Version.current()), "the version");
            assertTrue(text.contains("Recovery timelines") && text.contains("Assumptions"));
            assertTrue(text.contains("Recommendations: what to change"), "the recommendations");
            assertTrue(text.contains("Cost against RPO and RTO: the frontier"), "the frontier");
            // its charts are drawn (their text is drawn as shapes, so look at the page): the staircase and the
            // points in the accent colour, which nothing else on the section's first page uses (a page without them
            // has a handful of such pixels at most, where text is smoothed)
            int frontier = firstPageWith(doc, "What each level of RPO and RTO costs.");
            BufferedImage drawn = new PDFRenderer(doc).renderImageWithDPI(frontier - 1, 100);
            assertTrue(pixels(drawn, 0x0969da) > 200, "the frontier's charts are drawn on page " + frontier + ": "
                    + pixels(drawn, 0x0969da) + " pixels of the accent colour");
            assertTrue(text.contains("\u2714") || text.contains("\u2716"), "the verdict symbols print");
            assertEquals("Lifeboat " + Version.current(), doc.getDocumentInformation().getProducer());
            // no page left blank (only its number) by a drawing or a block too tall for the space after a heading
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                String onPage = page.getText(doc).replaceAll("Page \\d+ of \\d+", "").strip();
                assertFalse(onPage.isEmpty(), "page " + p + " is blank");
            }
            for (PDPage pdfPage : doc.getPages()) {
                for (COSName name : pdfPage.getResources().getFontNames()) {
                    PDFont font = pdfPage.getResources().getFont(name);
                    assertTrue(font.getName().endsWith("DejaVuSans") || font.getName().endsWith("DejaVuSans-Bold"),
                            "only the bundled font, embedded: " + font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    /** The number (from 1) of the first page whose text holds {@code text}. */
    static int firstPageWith(PDDocument doc, String text) throws Exception {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(p);
            page.setEndPage(p);
            if (page.getText(doc).replaceAll("\\s+", " ").contains(text)) {
                return p;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    /** How many pixels are within a little of the colour (anti-aliasing blends the edges). */
    static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                int d = Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255))
                        + Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) + Math.abs((c & 255) - (rgb & 255));
                n += d < 40 ? 1 : 0;
            }
        }
        return n;
    }
}
