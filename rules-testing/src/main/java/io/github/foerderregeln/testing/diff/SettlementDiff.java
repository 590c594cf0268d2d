package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementResult;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.ChangedSettlement;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settles settlements under a baseline and a candidate rule set and reports what the candidate
 * changes, as {@link PolicyDiff} does for applications: a changed tolerance, interest margin or
 * rounding of the final grant in the call's settlement parameters.
 *
 * <pre>{@code
 * SettlementDiff.Comparison comparison = new SettlementDiff(baseline, candidate, Language.EN).start();
 * settlements.forEach(comparison::add);
 * PolicyDiffText.write(comparison.result(), writer);
 * }</pre>
 *
 * <p>A settlement has <em>changed</em> when its outcome, one of its five figures (final grant,
 * refund, remaining payment, refund interest, late-use interest; by value) or its findings
 * (matched by rule id and severity, as for applications) differ. Only the changed and the invalid
 * settlements are kept, with running totals. A settlement either rule set rejects with an
 * {@link io.github.foerderregeln.api.settlement.InvalidSettlementException} is counted and listed as
 * invalid; an engine failure is thrown on. An instance is immutable; each {@link Comparison} is for one thread.
 */
public final class SettlementDiff {
    private final FundingRules baseline;
    private final FundingRules candidate;
    private final Language language;

    /**
     * @param baseline the rule set in force; not null
     * @param candidate the rule set proposed to replace it; not null
     * @param language the language of the findings' messages and the reports' headings; not null
     */
    public SettlementDiff(FundingRules baseline, FundingRules candidate, Language language) {
        this.baseline = Objects.requireNonNull(baseline, "baseline must not be null");
        this.candidate = Objects.requireNonNull(candidate, "candidate must not be null");
        this.language = Objects.requireNonNull(language, "language must not be null");
    }

    /** A new, empty comparison to {@link Comparison#add add} settlements to one at a time. */
    public Comparison start() {
        return new Comparison();
    }

    /** Compares every settlement in iteration order. */
    public SettlementDiffResult compare(Iterable<Settlement> settlements) {
        Objects.requireNonNull(settlements, "settlements must not be null");
        Comparison comparison = start();
        settlements.forEach(comparison::add);
        return comparison.result();
    }

    /** The running state of one comparison: counts, totals, and the changed and invalid settlements so far. */
    public final class Comparison extends DiffComparison<Settlement, SettlementResult> {
        private Figures totalsBefore = Figures.ZERO;
        private Figures totalsAfter = Figures.ZERO;
        private final List<ChangedSettlement> changed = new ArrayList<>();

        private Comparison() {
            super(Settlement::id, baseline::settle, candidate::settle);
        }

        @Override
        void compared(String id, SettlementResult before, SettlementResult after) {
            Figures figuresBefore = Figures.of(before.amounts());
            Figures figuresAfter = Figures.of(after.amounts());
            totalsBefore = totalsBefore.plus(figuresBefore);
            totalsAfter = totalsAfter.plus(figuresAfter);
            List<FindingChange> added = Changes.missingFrom(before.findings(), after.findings(), language);
            List<FindingChange> removed = Changes.missingFrom(after.findings(), before.findings(), language);
            ChangedSettlement change = new ChangedSettlement(id, before.outcome(), after.outcome(), figuresBefore,
                    figuresAfter, added, removed);
            if (change.material() || !added.isEmpty() || !removed.isEmpty()) {
                changed.add(change);
            }
        }

        /** The result so far. */
        public SettlementDiffResult result() {
            return new SettlementDiffResult(language, new SettlementDiffResult.Summary(baseline.ruleSetId(),
                    candidate.ruleSetId(), read(), compared(), invalid().size(), changed.size(), totalsBefore,
                    totalsAfter), changed, invalid());
        }
    }
}
