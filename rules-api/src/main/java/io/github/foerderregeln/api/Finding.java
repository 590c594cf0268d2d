package io.github.foerderregeln.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule had to say about an application.
 *
 * @param ruleId the stable rule id, such as {@code RDZ-GRANT-RATE}; not null
 * @param severity its weight; not null
 * @param messageDe the message in German; not null
 * @param messageEn the message in English; not null
 * @param reference the legal or programme reference; not null
 * @param figures the figures the rule used, by name, in the order the rule gave them; not null, copied
 * @param hintDe what would have to change for the finding to go away (or, for a binding limit, for a
 *        higher grant), in German, from the rule's {@code @hint_de}; null when the rule gives no hint
 * @param hintEn the same in English, from {@code @hint_en}; null exactly when {@code hintDe} is null
 */
public record Finding(String ruleId, Severity severity, String messageDe, String messageEn, String reference,
        Map<String, Object> figures, String hintDe, String hintEn) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(messageDe, "messageDe must not be null");
        Objects.requireNonNull(messageEn, "messageEn must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        if ((hintDe == null) != (hintEn == null)) {
            throw new IllegalArgumentException("a hint must be given in both languages or in none (rule " + ruleId + ")");
        }
    }

    /** A finding whose rule gives no hint. */
    public Finding(String ruleId, Severity severity, String messageDe, String messageEn, String reference,
            Map<String, Object> figures) {
        this(ruleId, severity, messageDe, messageEn, reference, figures, null, null);
    }

    /** What would have to change, in {@code language}, if the rule says. */
    public Optional<String> hint(Language language) {
        return Optional.ofNullable(language == Language.EN ? hintEn : hintDe);
    }

    /** The message in {@code language}. */
    public String message(Language language) {
        return language == Language.EN ? messageEn : messageDe;
    }
}
