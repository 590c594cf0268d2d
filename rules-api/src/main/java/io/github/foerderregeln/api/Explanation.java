package io.github.foerderregeln.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an application was decided as it was: its assessment, every limit of the grant with its
 * value and the one that binds, the rules that fired in order with their references, and what
 * would have to change. The changes are the hints of the findings, which the rules compute from
 * their own figures ({@code @hint_de} / {@code @hint_en} metadata), so an explanation never says
 * more than the rules decided.
 *
 * @param assessment the assessment explained; not null
 * @param limits every limit in {@link LimitKind} order; not null, copied
 * @param rulesFired each rule id that fired, in the order of {@link Assessment#rulesFired()}; not null, copied
 * @param changes the findings that say what would have to change, in the order of the findings; not null, copied
 */
public record Explanation(Assessment assessment, List<ExplainedLimit> limits, List<FiredRule> rulesFired,
        List<Change> changes) {
    public Explanation {
        Objects.requireNonNull(assessment, "assessment must not be null");
        limits = List.copyOf(limits);
        rulesFired = List.copyOf(rulesFired);
        changes = List.copyOf(changes);
    }

    /**
     * The explanation of {@code assessment}. A rule id's reference is that of its first finding
     * (filled with the finding's figures); a rule id without findings takes the reference from
     * {@code references}, the rule set's reference of each id, and an empty one if it has none.
     *
     * @param assessment the assessment; not null
     * @param references the reference of each rule id, as its rules' metadata gives it; not null
     */
    public static Explanation of(Assessment assessment, Map<String, String> references) {
        Amounts amounts = assessment.amounts();
        List<ExplainedLimit> limits = new ArrayList<>();
        for (Limit limit : amounts.limits()) {
            limits.add(new ExplainedLimit(limit.kind(), limit.amount(), limit.ruleId(),
                    reference(assessment, references, limit.ruleId()), limit.kind() == amounts.binding()));
        }
        List<FiredRule> fired = assessment.rulesFired().stream()
                .map(id -> new FiredRule(id, reference(assessment, references, id))).toList();
        List<Change> changes = assessment.findings().stream().filter(f -> f.hintDe() != null)
                .map(f -> new Change(f.ruleId(), f.severity(), f.hintDe(), f.hintEn(), f.figures())).toList();
        return new Explanation(assessment, limits, fired, changes);
    }

    private static String reference(Assessment assessment, Map<String, String> references, String ruleId) {
        List<Finding> findings = assessment.findings(ruleId);
        if (!findings.isEmpty()) {
            return findings.get(0).reference();
        }
        return references.getOrDefault(ruleId, "");
    }

    /** The limit that binds, if the rules computed a grant. */
    public Optional<ExplainedLimit> binding() {
        return limits.stream().filter(ExplainedLimit::binding).findFirst();
    }

    /**
     * One limit of the grant.
     *
     * @param kind which limit; not null
     * @param amount its exact value in EUR; not null
     * @param ruleId the rule that set it; not null
     * @param reference that rule's legal or programme reference; not null
     * @param binding whether the grant is bound by it
     */
    public record ExplainedLimit(LimitKind kind, BigDecimal amount, String ruleId, String reference, boolean binding) {
        public ExplainedLimit {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(amount, "amount must not be null");
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            Objects.requireNonNull(reference, "reference must not be null");
        }
    }

    /**
     * A rule id that fired.
     *
     * @param ruleId the id; not null
     * @param reference its legal or programme reference; not null, empty when the rule set gives none
     */
    public record FiredRule(String ruleId, String reference) {
        public FiredRule {
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            Objects.requireNonNull(reference, "reference must not be null");
        }
    }

    /**
     * What would have to change for one finding to go away, or, for a binding limit, for a higher grant.
     *
     * @param ruleId the finding's rule id; not null
     * @param severity the finding's severity; not null
     * @param hintDe the hint in German; not null
     * @param hintEn the hint in English; not null
     * @param figures the figures of the finding the hint was computed from; not null, copied
     */
    public record Change(String ruleId, Severity severity, String hintDe, String hintEn, Map<String, Object> figures) {
        public Change {
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            Objects.requireNonNull(severity, "severity must not be null");
            Objects.requireNonNull(hintDe, "hintDe must not be null");
            Objects.requireNonNull(hintEn, "hintEn must not be null");
            figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        }

        /** The hint in {@code language}. */
        public String hint(Language language) {
            return language == Language.EN ? hintEn : hintDe;
        }
    }
}
