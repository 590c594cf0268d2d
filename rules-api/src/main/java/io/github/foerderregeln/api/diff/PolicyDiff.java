package io.github.foerderregeln.api.diff;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.api.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.api.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.api.diff.PolicyDiffResult.RuleSide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Assesses applications under a baseline and a candidate rule set and reports what the candidate
 * changes.
 *
 * <pre>{@code
 * PolicyDiffResult result = new PolicyDiff(FundingRules.fromDirectory(before), FundingRules.fromDirectory(after),
 *         Language.DE).compare(applications);
 * PolicyDiffText.write(result, writer);
 * }</pre>
 *
 * <p>An application has changed when its outcome, its grant (compared by value) or its findings
 * differ. Findings are compared as a multiset of (rule id, severity, figures): messages and
 * references are left out because they follow from the rule and its figures, and figures are
 * compared by value (so {@code 0.8} equals {@code 0.80}). A binding-limit {@code INFO} whose
 * figures change, such as the funding rate, therefore counts as a change even when the grant
 * stays the same.
 *
 * <p>The applications are streamed: one is assessed under both rule sets at a time, and only the
 * changed and the invalid ones are kept, with running counts and totals, so any number of
 * unchanged applications fits in a bounded heap. An application either rule set rejects with an
 * {@link InvalidApplicationException} is counted and listed as invalid; a
 * {@link io.github.foerderregeln.api.RulesEvaluationException} (the engine failed) ends the comparison.
 * An instance is immutable and may be shared; each {@link #compare} call has its own state.
 */
public final class PolicyDiff {
    private final FundingRules baseline;
    private final FundingRules candidate;
    private final Language language;

    /**
     * @param baseline the rule set in force; not null
     * @param candidate the rule set proposed to replace it; not null
     * @param language the language the findings' messages are kept in; not null
     */
    public PolicyDiff(FundingRules baseline, FundingRules candidate, Language language) {
        this.baseline = Objects.requireNonNull(baseline, "baseline must not be null");
        this.candidate = Objects.requireNonNull(candidate, "candidate must not be null");
        this.language = Objects.requireNonNull(language, "language must not be null");
    }

    /**
     * Assesses every application under both rule sets. The stream is consumed in order, one
     * application at a time, and closed.
     *
     * @param applications the applications; not null, no null element
     * @return the changed and invalid applications and the summary; never null
     * @throws io.github.foerderregeln.api.RulesEvaluationException when an engine fails
     */
    public PolicyDiffResult compare(Stream<? extends Application> applications) {
        Objects.requireNonNull(applications, "applications must not be null");
        Tally tally = new Tally();
        try (Stream<? extends Application> stream = applications) {
            stream.sequential().forEachOrdered(tally::add);
        }
        return tally.result();
    }

    /** The running state of one comparison. */
    private final class Tally {
        private long read;
        private long assessed;
        private long gained;
        private long lost;
        private BigDecimal totalBefore = BigDecimal.ZERO.setScale(2);
        private BigDecimal totalAfter = BigDecimal.ZERO.setScale(2);
        private final List<ChangedApplication> changed = new ArrayList<>();
        private final List<InvalidApplication> invalid = new ArrayList<>();

        void add(Application application) {
            Objects.requireNonNull(application, "an application in the stream is null");
            read++;
            Assessment before = null;
            Assessment after = null;
            InvalidApplicationException rejectedBefore = null;
            InvalidApplicationException rejectedAfter = null;
            try {
                before = baseline.assess(application);
            } catch (InvalidApplicationException e) {
                rejectedBefore = e;
            }
            try {
                after = candidate.assess(application);
            } catch (InvalidApplicationException e) {
                rejectedAfter = e;
            }
            if (rejectedBefore != null || rejectedAfter != null) {
                invalid.add(invalid(application.id(), rejectedBefore, rejectedAfter));
                return;
            }
            assessed++;
            totalBefore = totalBefore.add(before.grant());
            totalAfter = totalAfter.add(after.grant());
            boolean wasEligible = before.outcome() == Outcome.ELIGIBLE;
            boolean isEligible = after.outcome() == Outcome.ELIGIBLE;
            if (!wasEligible && isEligible) {
                gained++;
            } else if (wasEligible && !isEligible) {
                lost++;
            }
            List<Finding> added = missingFrom(before.findings(), after.findings());
            List<Finding> removed = missingFrom(after.findings(), before.findings());
            if (before.outcome() != after.outcome() || before.grant().compareTo(after.grant()) != 0
                    || !added.isEmpty() || !removed.isEmpty()) {
                changed.add(new ChangedApplication(application.id(), before.outcome(), after.outcome(),
                        before.grant(), after.grant(), changes(added), changes(removed)));
            }
        }

        PolicyDiffResult result() {
            List<ChangedApplication> sorted = new ArrayList<>(changed);
            sorted.sort(PolicyDiffResult.CHANGE_ORDER);
            return new PolicyDiffResult(language, new PolicyDiffResult.Summary(baseline.ruleSetId(),
                    candidate.ruleSetId(), read, assessed, invalid.size(), changed.size(), gained, lost,
                    totalBefore, totalAfter), sorted, invalid);
        }

        private List<FindingChange> changes(List<Finding> findings) {
            return findings.stream()
                    .map(f -> new FindingChange(f.ruleId(), f.severity(), f.message(language)))
                    .toList();
        }
    }

    private static InvalidApplication invalid(String id, InvalidApplicationException before,
            InvalidApplicationException after) {
        RuleSide side = before == null ? RuleSide.CANDIDATE : after == null ? RuleSide.BASELINE : RuleSide.BOTH;
        Set<Problem> problems = new LinkedHashSet<>();
        if (before != null) {
            problems.addAll(before.problems());
        }
        if (after != null) {
            problems.addAll(after.problems());
        }
        return new InvalidApplication(id, side,
                problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }

    /**
     * The findings of {@code of} that {@code reference} does not match one for one, in the order
     * of {@code of}: the multiset difference {@code of - reference}.
     */
    static List<Finding> missingFrom(List<Finding> reference, List<Finding> of) {
        Map<FindingKey, Integer> unmatched = new HashMap<>();
        for (Finding finding : reference) {
            unmatched.merge(FindingKey.of(finding), 1, Integer::sum);
        }
        List<Finding> missing = new ArrayList<>(0);
        for (Finding finding : of) {
            FindingKey key = FindingKey.of(finding);
            Integer count = unmatched.get(key);
            if (count == null) {
                missing.add(finding);
            } else if (count == 1) {
                unmatched.remove(key);
            } else {
                unmatched.put(key, count - 1);
            }
        }
        return missing;
    }

    /** What makes two findings the same: rule id, severity and the figures by value. */
    private record FindingKey(String ruleId, Severity severity, Map<String, Object> figures) {
        static FindingKey of(Finding finding) {
            Map<String, Object> figures = new LinkedHashMap<>();
            finding.figures().forEach((name, value) -> figures.put(name, byValue(value)));
            return new FindingKey(finding.ruleId(), finding.severity(), figures);
        }

        /** A figure in a form whose {@code equals} compares numbers by value, whatever their type or scale. */
        private static Object byValue(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal.stripTrailingZeros();
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return BigDecimal.valueOf(((Number) value).longValue()).stripTrailingZeros();
            }
            if (value instanceof java.math.BigInteger integer) {
                return new BigDecimal(integer).stripTrailingZeros();
            }
            if (value instanceof Set<?> set) {
                Set<Object> values = new HashSet<>();
                set.forEach(element -> values.add(byValue(element)));
                return values;
            }
            if (value instanceof Collection<?> collection) {
                return collection.stream().map(FindingKey::byValue).toList();
            }
            if (value instanceof Map<?, ?> map) {
                Map<Object, Object> values = new HashMap<>();
                map.forEach((k, v) -> values.put(byValue(k), byValue(v)));
                return values;
            }
            return value;
        }
    }
}
