package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.Version;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's report as a PDF, made from the jar's own code with no browser: PDFBox reads it back, with
 * pages, A4 landscape, the journeys' names and the verdict symbols in its text, and only the bundled font.
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
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName().endsWith("DejaVuSans") || font.getName().endsWith("DejaVuSans-Bold"),
                            "only the bundled font, embedded: " + font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }
}
