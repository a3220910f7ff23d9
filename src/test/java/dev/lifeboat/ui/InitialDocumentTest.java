package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialDocumentTest {

    @TempDir
    Path home;

    @Test
    void theSampleOpensAsAnUnsavedCopySoSaveCannotOverwriteIt() {
        Document d = DesignerApp.initialDocument(new DocumentService(UiExecutor.sameThread(), home));

        assertNull(d.file(), "Save must ask where to write instead of overwriting samples/order-processor.json");
        assertEquals("Order processing", d.displayName());
        assertEquals(6, d.topology().size());
    }
}
