package dev.lifeboat.io.export.report;

/**
 * One section of the report (the summary, the diagram, the timelines...). {@link HtmlReport#SECTIONS} lists
 * them in the order they appear; a new section is one class implementing this and one line in that list. A
 * section writes its body only: the report gives it a heading, an anchor for the contents, and a new PDF page when
 * it asks.
 */
public interface ReportSection {

    /** The anchor in the page ({@code summary}): lower case letters and dashes. */
    String id();

    /** The heading, for a person. */
    String title();

    /** Whether the section has something to say about this report; one that has not is left out. */
    default boolean applies(Report report) {
        return true;
    }

    /** Whether the PDF starts the section on a new page (a big section: a drawing, long tables). */
    default boolean newPage() {
        return true;
    }

    /** Writes the section's body. Every text from the design goes through {@link Html#text}. */
    void write(Report report, Html html);
}
