package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Assesses applications under a baseline and a candidate rule set and reports what the candidate
 * changes.
 *
 * <pre>{@code
 * PolicyDiffResult result = new PolicyDiff(FundingRules.fromDirectory(before), FundingRules.fromDirectory(after),
 *         Language.EN).compare(applications);
 * PolicyDiffText.write(result, writer);
 * }</pre>
 *
 * <p>An application has <em>changed</em> when its outcome, its grant (compared by value) or its
 * findings differ. Findings are compared as a multiset of (rule id, severity): a rule that starts
 * or stops finding something, or finds it with another severity, or another number of times (one
 * {@code RDZ-COST-CATEGORY} warning per item). A finding whose message or figures change and
 * whose rule and severity stay, such as the binding-limit {@code INFO} of {@code RDZ-GRANT-RATE}
 * under a new rate, is no change of its own: its effect is the grant, which is compared.
 *
 * <p><em>Eligibility gained</em> counts the applications whose outcome is {@link Outcome#ELIGIBLE}
 * under the candidate and was anything else under the baseline; <em>eligibility lost</em> those
 * eligible under the baseline and not under the candidate. A move between the other outcomes
 * (say {@code INCOMPLETE} to {@code INELIGIBLE}) is a change but neither.
 *
 * <p>The applications are streamed: each is assessed under both rule sets when it is {@linkplain
 * Comparison#add added}, and only the changed and the invalid ones are kept, with running counts
 * and totals, so any number of unchanged applications fits in a bounded heap. The result lists
 * them in the order they were added. An application either rule set rejects with an {@link
 * io.github.foerderregeln.api.InvalidApplicationException} is counted and listed as invalid; a {@link
 * io.github.foerderregeln.api.RulesEvaluationException} (an engine failed) is thrown on. An
 * instance is immutable and may be shared; each {@link Comparison} has its own state and is for
 * one thread.
 */
public final class PolicyDiff {
    private final FundingRules baseline;
    private final FundingRules candidate;
    private final Language language;

    /**
     * @param baseline the rule set in force; not null
     * @param candidate the rule set proposed to replace it; not null
     * @param language the language of the findings' messages and the reports' headings; not null
     */
    public PolicyDiff(FundingRules baseline, FundingRules candidate, Language language) {
        this.baseline = Objects.requireNonNull(baseline, "baseline must not be null");
        this.candidate = Objects.requireNonNull(candidate, "candidate must not be null");
        this.language = Objects.requireNonNull(language, "language must not be null");
    }

    /** A new, empty comparison to {@link Comparison#add add} applications to one at a time. */
    public Comparison start() {
        return new Comparison();
    }

    /**
     * Compares every application of the stream, in its order, and closes it.
     *
     * @param applications the applications; not null, no null element
     * @return the changed and invalid applications and the summary; never null
     * @throws io.github.foerderregeln.api.RulesEvaluationException when an engine fails
     */
    public PolicyDiffResult compare(Stream<? extends Application> applications) {
        Objects.requireNonNull(applications, "applications must not be null");
        Comparison comparison = start();
        try (Stream<? extends Application> stream = applications) {
            stream.sequential().forEachOrdered(comparison::add);
        }
        return comparison.result();
    }

    /** As {@link #compare(Stream)}, over the applications in iteration order. */
    public PolicyDiffResult compare(Iterable<? extends Application> applications) {
        Objects.requireNonNull(applications, "applications must not be null");
        Comparison comparison = start();
        applications.forEach(comparison::add);
        return comparison.result();
    }

    /** The running state of one comparison: counts, totals, and the changed and invalid applications so far. */
    public final class Comparison extends DiffComparison<Application, Assessment> {
        private long gained;
        private long lost;
        private BigDecimal totalBefore = BigDecimal.ZERO.setScale(2);
        private BigDecimal totalAfter = BigDecimal.ZERO.setScale(2);
        private final List<ChangedApplication> changed = new ArrayList<>();

        private Comparison() {
            super(Application::id, baseline::assess, candidate::assess);
        }

        @Override
        void compared(String id, Assessment before, Assessment after) {
            totalBefore = totalBefore.add(before.grant());
            totalAfter = totalAfter.add(after.grant());
            boolean wasEligible = before.outcome() == Outcome.ELIGIBLE;
            boolean isEligible = after.outcome() == Outcome.ELIGIBLE;
            if (!wasEligible && isEligible) {
                gained++;
            } else if (wasEligible && !isEligible) {
                lost++;
            }
            List<FindingChange> added = Changes.missingFrom(before.findings(), after.findings(), language);
            List<FindingChange> removed = Changes.missingFrom(after.findings(), before.findings(), language);
            if (before.outcome() != after.outcome() || before.grant().compareTo(after.grant()) != 0
                    || !added.isEmpty() || !removed.isEmpty()) {
                changed.add(new ChangedApplication(id, before.outcome(), after.outcome(), before.grant(), after.grant(),
                        added, removed));
            }
        }

        /** The result so far. */
        public PolicyDiffResult result() {
            return new PolicyDiffResult(language, new PolicyDiffResult.Summary(baseline.ruleSetId(),
                    candidate.ruleSetId(), read(), compared(), invalid().size(), changed.size(), gained, lost,
                    totalBefore, totalAfter), changed, invalid());
        }
    }
}
