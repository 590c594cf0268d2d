package io.github.foerderregeln.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an input file of {@code diff} holds, told by one look at its top-level fields before it is
 * read in full: a settlement carries its {@code grantDecision}, an application never does.
 */
enum InputKind {
    /** A JSON object with a top-level {@code grantDecision}. */
    SETTLEMENT,
    /** A JSON object without one. */
    APPLICATION,
    /** Not a JSON object that can be read: the reader of whichever kind the run compares names its problem. */
    UNKNOWN;

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The kind of {@code file}; {@link #UNKNOWN} when it cannot be read or is not a JSON object. */
    static InputKind of(Path file) {
        if (!Files.isRegularFile(file)) {
            return UNKNOWN;
        }
        try (JsonParser parser = FACTORY.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return UNKNOWN;
            }
            // Only the top level: a field's value is skipped whole, so a large file costs one pass without a tree.
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if ("grantDecision".equals(parser.currentName())) {
                    return SETTLEMENT;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return APPLICATION;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
