package io.github.foerderregeln.api;

import java.util.Objects;

/**
 * A problem of a rule set, at a place in one of its files.
 *
 * @param file the file, relative to the rule set's root, such as {@code rdz/limits/limits.drl}; not null
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param error whether it is an error (the rule set cannot be used) or a warning
 * @param message what is wrong; not null
 */
public record RuleProblem(String file, int line, int column, boolean error, String message) {
    public RuleProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** {@code FILE:LINE:COLUMN: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (error ? "error: " : "warning: ") + message;
    }
}
