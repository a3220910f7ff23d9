package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place where Jackson is configured, so that every file Lifeboat reads or writes follows the
 * same rules: duplicate keys and trailing content are errors, the parser's limits (nesting, key, number and
 * string lengths) are stated, output is pretty-printed with two-space
 * indentation, {@code "key": value} and {@code \n} line ends on every platform (same topology, same bytes).
 */
public final class Json {

    /** The deepest nesting of arrays and objects read (Jackson's default, stated here). */
    static final int MAX_NESTING_DEPTH = 1_000;

    /** The longest key read (Jackson's default, stated here). */
    static final int MAX_KEY_LENGTH = 50_000;

    /** The longest number read, in characters (Jackson's default, stated here). */
    static final int MAX_NUMBER_LENGTH = 1_000;

    /**
     * The longest string read. No value Lifeboat knows is longer than a few hundred characters; this bounds
     * what the parser holds before the readers refuse it (Jackson's default is twenty million).
     */
    static final int MAX_STRING_LENGTH = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNameLength(MAX_KEY_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private Json() {
    }

    /** The configured mapper; use it for reading trees and creating nodes. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The writer of Lifeboat's pretty-printed, stable JSON text. */
    public static ObjectWriter writer() {
        return WRITER;
    }
}
