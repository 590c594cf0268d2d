package io.github.foerderregeln.api;

import java.util.Objects;

/**
 * One reason an input cannot be assessed, naming the field it is about.
 *
 * @param field the path of the field, such as {@code applicant.legalForm} or {@code costs[2].amount}; not null
 * @param message what is wrong with it, in English; not null
 */
public record Problem(String field, String message) {
    public Problem {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
