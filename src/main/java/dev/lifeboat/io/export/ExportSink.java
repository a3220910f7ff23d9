package dev.lifeboat.io.export;

import java.io.IOException;
import java.io.Writer;

/** Where an exporter writes: one stream for a one-file export, one per file name for a folder. */
public interface ExportSink {

    /**
     * A writer for the file of that name (a plain name, no folders), or for the single output when the
     * name is null. The sink closes what it opened; the exporter may flush but need not close.
     */
    Writer open(String name) throws IOException;
}
