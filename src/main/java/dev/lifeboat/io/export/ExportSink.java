package dev.lifeboat.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Where an exporter writes: one stream for a one-file export, one per file name for a folder; and where it
 * tells what the format could not hold (the command line prints these notes on standard error, the designer
 * shows them in the export window).
 */
public interface ExportSink {

    /**
     * A writer for the file of that name (a plain name, no folders), or for the single output when the
     * name is null. The sink closes what it opened; the exporter may flush but need not close.
     */
    Writer open(String name) throws IOException;

    /**
     * A byte stream for a binary file (see {@link Exporter#binary()}), named as in {@link #open}. A sink that
     * only takes text refuses it.
     */
    default OutputStream openStream(String name) throws IOException {
        throw new IOException("this output takes text only");
    }

    /** Tells, in one sentence for a person, something the export left out or changed; by default ignored. */
    default void note(String sentence) {
    }
}
