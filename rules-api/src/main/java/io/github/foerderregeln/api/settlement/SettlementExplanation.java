package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a settlement came out as it did: its result, and each rule id that fired, in order, with its
 * legal reference and the figures it used. The figures are those of the rule's first finding, as
 * the rule computed them (the recognised share, the days and rate of an interest line), so the
 * explanation never says more than the rules decided; a rule that fired without a finding (a
 * limit that did not bind, a check that passed) has none.
 *
 * @param result the settlement result explained; not null
 * @param rulesFired each rule id that fired, in the order of {@link SettlementResult#rulesFired()}; not null, copied
 */
public record SettlementExplanation(SettlementResult result, List<FiredRule> rulesFired) {
    public SettlementExplanation {
        Objects.requireNonNull(result, "result must not be null");
        rulesFired = List.copyOf(rulesFired);
    }

    /**
     * The explanation of {@code result}. A rule id's reference and figures are those of its first
     * finding (the reference filled with the figures); a rule id without findings takes the
     * reference from {@code references}, the rule set's reference of each id, and an empty one if
     * it has none.
     *
     * @param result the settlement result; not null
     * @param references the reference of each rule id, as its rules' metadata gives it; not null
     */
    public static SettlementExplanation of(SettlementResult result, Map<String, String> references) {
        List<FiredRule> fired = result.rulesFired().stream().map(id -> {
            List<Finding> findings = result.findings(id);
            return findings.isEmpty() ? new FiredRule(id, references.getOrDefault(id, ""), Map.of())
                    : new FiredRule(id, findings.get(0).reference(), findings.get(0).figures());
        }).toList();
        return new SettlementExplanation(result, fired);
    }

    /**
     * A rule id that fired.
     *
     * @param ruleId the id; not null
     * @param reference its legal or programme reference; not null, empty when the rule set gives none
     * @param figures the figures of its first finding, by name, in the order the rule gave them;
     *        not null, copied, empty when it fired without a finding
     */
    public record FiredRule(String ruleId, String reference, Map<String, Object> figures) {
        public FiredRule {
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            Objects.requireNonNull(reference, "reference must not be null");
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }
}
