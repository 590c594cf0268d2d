package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changes when the baseline rule set is replaced by the candidate: the summary over every
 * application read, the applications whose assessment changed, and those that could not be assessed.
 *
 * @param language the language the findings' messages are written in, and the reports' headings; not null
 * @param summary the counts and totals; not null
 * @param changed the changed applications, in the order they were compared; not null, copied
 * @param invalid the applications either rule set could not assess, in the order they were compared; not null, copied
 */
public record PolicyDiffResult(Language language, Summary summary, List<ChangedApplication> changed,
        List<InvalidApplication> invalid) {

    /** Checks that nothing is null and copies the lists. */
    public PolicyDiffResult {
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        changed = List.copyOf(changed);
        invalid = List.copyOf(invalid);
    }

    /**
     * The counts and totals of a policy diff.
     *
     * @param baselineRuleSet the identity of the baseline rule set; not null
     * @param candidateRuleSet the identity of the candidate rule set; not null
     * @param applications the applications read, assessed or not
     * @param assessed the applications both rule sets assessed
     * @param invalid the applications at least one rule set could not assess
     * @param changed the assessed applications whose outcome, grant or findings changed
     * @param eligibilityGained the assessed applications whose outcome is {@link Outcome#ELIGIBLE} under the
     *        candidate and was any other under the baseline
     * @param eligibilityLost the assessed applications {@link Outcome#ELIGIBLE} under the baseline and not under
     *        the candidate
     * @param totalGrantBefore the sum of the grants of the assessed applications under the baseline,
     *        exact, including the provisional grants of {@link Outcome#INCOMPLETE} and
     *        {@link Outcome#PENDING_BOARD_VOTE}; not null
     * @param totalGrantAfter the same sum under the candidate; not null
     */
    public record Summary(String baselineRuleSet, String candidateRuleSet, long applications, long assessed,
            long invalid, long changed, long eligibilityGained, long eligibilityLost, BigDecimal totalGrantBefore,
            BigDecimal totalGrantAfter) {
        /** Checks that nothing is null. */
        public Summary {
            Objects.requireNonNull(baselineRuleSet, "baselineRuleSet must not be null");
            Objects.requireNonNull(candidateRuleSet, "candidateRuleSet must not be null");
            Objects.requireNonNull(totalGrantBefore, "totalGrantBefore must not be null");
            Objects.requireNonNull(totalGrantAfter, "totalGrantAfter must not be null");
        }

        /** The total grant after less the total grant before, exact; negative when the candidate grants less. */
        public BigDecimal totalGrantChange() {
            return totalGrantAfter.subtract(totalGrantBefore);
        }
    }

    /**
     * One application whose assessment changed.
     *
     * @param applicationId the application's id; not null
     * @param outcomeBefore the outcome under the baseline; not null
     * @param outcomeAfter the outcome under the candidate; not null
     * @param grantBefore the grant under the baseline; not null
     * @param grantAfter the grant under the candidate; not null
     * @param findingsAdded the findings the candidate gives and the baseline does not, matched by rule id and
     *        severity, in the candidate's report order; not null, copied
     * @param findingsRemoved the findings the baseline gives and the candidate does not, in the baseline's report
     *        order; not null, copied
     */
    public record ChangedApplication(String applicationId, Outcome outcomeBefore, Outcome outcomeAfter,
            BigDecimal grantBefore, BigDecimal grantAfter, List<FindingChange> findingsAdded,
            List<FindingChange> findingsRemoved) implements Change<Outcome> {
        /** Checks that nothing is null and copies the lists. */
        public ChangedApplication {
            Objects.requireNonNull(applicationId, "applicationId must not be null");
            Objects.requireNonNull(outcomeBefore, "outcomeBefore must not be null");
            Objects.requireNonNull(outcomeAfter, "outcomeAfter must not be null");
            Objects.requireNonNull(grantBefore, "grantBefore must not be null");
            Objects.requireNonNull(grantAfter, "grantAfter must not be null");
            findingsAdded = List.copyOf(findingsAdded);
            findingsRemoved = List.copyOf(findingsRemoved);
        }

        /** The grant after less the grant before, exact; negative when the candidate grants less. */
        public BigDecimal grantChange() {
            return grantAfter.subtract(grantBefore);
        }

        /** The application id. */
        @Override
        public String id() {
            return applicationId;
        }

        /** The {@linkplain #grantChange grant change}. */
        @Override
        public BigDecimal moneyChange() {
            return grantChange();
        }

        /**
         * Whether the change matters to the applicant: the outcome or the grant differs. Otherwise
         * only the explanation changed (a finding came or went, the binding limit moved).
         */
        @Override
        public boolean material() {
            return outcomeBefore != outcomeAfter || grantBefore.compareTo(grantAfter) != 0;
        }

        /** Whether the application is eligible under the candidate and was not under the baseline. */
        public boolean gainedEligibility() {
            return outcomeBefore != Outcome.ELIGIBLE && outcomeAfter == Outcome.ELIGIBLE;
        }

        /** Whether the application was eligible under the baseline and is not under the candidate. */
        public boolean lostEligibility() {
            return outcomeBefore == Outcome.ELIGIBLE && outcomeAfter != Outcome.ELIGIBLE;
        }
    }

    /**
     * The material changes (outcome or grant), the largest change of the grant first, a loss before
     * a gain of the same size, then by application id: the ones a decision hangs on, at the top.
     */
    public List<ChangedApplication> material() {
        return Changes.material(changed);
    }

    /** The changes of the explanation only (same outcome and grant), by application id. */
    public List<ChangedApplication> explanatoryOnly() {
        return Changes.explanatoryOnly(changed);
    }

    /**
     * How many changed applications went from each outcome to each other one, for the
     * applications whose outcome changed, in the order of {@link Outcome}.
     */
    public java.util.SortedMap<Outcome, java.util.SortedMap<Outcome, Long>> transitions() {
        return Changes.transitions(changed);
    }

    /**
     * A finding one side gives and the other does not.
     *
     * @param ruleId the rule id; not null
     * @param severity the severity; not null
     * @param message the message in the diff's language, as the side that gives the finding words it; not null
     */
    public record FindingChange(String ruleId, Severity severity, String message) {
        /** Checks that nothing is null. */
        public FindingChange {
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            Objects.requireNonNull(severity, "severity must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /** Which rule set could not assess an application or settle a settlement; {@link #BOTH} also for input neither could read. */
    public enum RuleSide {
        /** Only the baseline rule set. */
        BASELINE,
        /** Only the candidate rule set. */
        CANDIDATE,
        /** Both rule sets. */
        BOTH
    }

    /**
     * An application a rule set could not assess (an {@link io.github.foerderregeln.api.InvalidApplicationException}),
     * or a settlement one could not settle ({@link io.github.foerderregeln.api.settlement.InvalidSettlementException}).
     *
     * @param applicationId the application's or settlement's id, or what else names it (a file that could not be
     *        read); not null
     * @param invalidUnder which rule set rejected it; not null
     * @param problems every problem either rule set found, each once; not null, copied
     */
    public record InvalidApplication(String applicationId, RuleSide invalidUnder, List<Problem> problems) {
        /** Checks that nothing is null and copies the list. */
        public InvalidApplication {
            Objects.requireNonNull(applicationId, "applicationId must not be null");
            Objects.requireNonNull(invalidUnder, "invalidUnder must not be null");
            problems = List.copyOf(problems);
        }

        /** Every problem as {@code field: message}, separated by {@code "; "}. */
        public String message() {
            return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        }
    }
}
