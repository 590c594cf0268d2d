package io.github.foerderregeln.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule had to say about an application.
 *
 * @param ruleId the stable rule id, such as {@code RDZ-GRANT-RATE}; not null
 * @param severity its weight; not null
 * @param messageDe the message in German; not null
 * @param messageEn the message in English; not null
 * @param reference the legal or programme reference; not null
 * @param figures the figures the rule used, by name, in the order the rule gave them; not null, copied
 */
public record Finding(String ruleId, Severity severity, String messageDe, String messageEn, String reference,
        Map<String, Object> figures) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(messageDe, "messageDe must not be null");
        Objects.requireNonNull(messageEn, "messageEn must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The message in {@code language}. */
    public String message(Language language) {
        return language == Language.EN ? messageEn : messageDe;
    }
}
