package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What changes for settlements when the baseline rule set (its settlement parameters: tolerance,
 * interest points, ...) is replaced by the candidate: the summary over every settlement read, the
 * settlements whose result changed, and those that could not be settled.
 *
 * @param language the language the findings' messages are written in, and the reports' headings; not null
 * @param summary the counts and totals; not null
 * @param changed the changed settlements, in the order they were compared; not null, copied
 * @param invalid the settlements either rule set could not settle, in the order they were compared; not null, copied
 */
public record SettlementDiffResult(Language language, Summary summary, List<ChangedSettlement> changed,
        List<InvalidApplication> invalid) {

    /** Checks that nothing is null and copies the lists. */
    public SettlementDiffResult {
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        changed = List.copyOf(changed);
        invalid = List.copyOf(invalid);
    }

    /**
     * The amounts of a settlement result the diff compares, or their sums, each exact.
     *
     * @param finalGrant the final grant; not null
     * @param refund the refund; not null
     * @param remainingPayment the remaining payment; not null
     * @param refundInterest the interest on the refund (§ 49a Abs. 3 VwVfG); not null
     * @param lateUseInterest the interest on late use (§ 49a Abs. 4 VwVfG); not null
     */
    public record Figures(BigDecimal finalGrant, BigDecimal refund, BigDecimal remainingPayment,
            BigDecimal refundInterest, BigDecimal lateUseInterest) {
        /** All five 0.00: the sum of no settlement. */
        public static final Figures ZERO = new Figures(money0(), money0(), money0(), money0(), money0());

        /** Checks that nothing is null. */
        public Figures {
            Objects.requireNonNull(finalGrant, "finalGrant must not be null");
            Objects.requireNonNull(refund, "refund must not be null");
            Objects.requireNonNull(remainingPayment, "remainingPayment must not be null");
            Objects.requireNonNull(refundInterest, "refundInterest must not be null");
            Objects.requireNonNull(lateUseInterest, "lateUseInterest must not be null");
        }

        private static BigDecimal money0() {
            return BigDecimal.ZERO.setScale(2);
        }

        /** The figures of one settlement result. */
        public static Figures of(SettlementAmounts amounts) {
            return new Figures(amounts.finalGrant(), amounts.refund(), amounts.remainingPayment(),
                    amounts.refundInterest(), amounts.lateUseInterest());
        }

        /** Each figure plus the same of {@code other}. */
        public Figures plus(Figures other) {
            return new Figures(finalGrant.add(other.finalGrant), refund.add(other.refund),
                    remainingPayment.add(other.remainingPayment), refundInterest.add(other.refundInterest),
                    lateUseInterest.add(other.lateUseInterest));
        }

        /** Each figure less the same of {@code other}. */
        public Figures minus(Figures other) {
            return new Figures(finalGrant.subtract(other.finalGrant), refund.subtract(other.refund),
                    remainingPayment.subtract(other.remainingPayment), refundInterest.subtract(other.refundInterest),
                    lateUseInterest.subtract(other.lateUseInterest));
        }

        /** The five figures in the order of the record, as the reports list them. */
        public List<BigDecimal> values() {
            return List.of(finalGrant, refund, remainingPayment, refundInterest, lateUseInterest);
        }

        /** Whether every figure is the same by value (0.0 and 0.00 are). */
        public boolean sameAs(Figures other) {
            List<BigDecimal> mine = values();
            List<BigDecimal> theirs = other.values();
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i).compareTo(theirs.get(i)) != 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * What the recipient ends with on balance: the remaining payment it receives less the refund
         * and the interest it pays back (§ 49a Abs. 1, 3 and 4 VwVfG).
         */
        public BigDecimal balance() {
            return remainingPayment.subtract(refund).subtract(refundInterest).subtract(lateUseInterest);
        }
    }

    /**
     * The counts and totals of a settlement diff.
     *
     * @param baselineRuleSet the identity of the baseline rule set; not null
     * @param candidateRuleSet the identity of the candidate rule set; not null
     * @param settlements the settlements read, settled or not
     * @param settled the settlements both rule sets settled
     * @param invalid the settlements at least one rule set could not settle
     * @param changed the settled settlements whose outcome, amounts or findings changed
     * @param totalsBefore the sums of the figures of the settled settlements under the baseline; not null
     * @param totalsAfter the same sums under the candidate; not null
     */
    public record Summary(String baselineRuleSet, String candidateRuleSet, long settlements, long settled,
            long invalid, long changed, Figures totalsBefore, Figures totalsAfter) {
        /** Checks that nothing is null. */
        public Summary {
            Objects.requireNonNull(baselineRuleSet, "baselineRuleSet must not be null");
            Objects.requireNonNull(candidateRuleSet, "candidateRuleSet must not be null");
            Objects.requireNonNull(totalsBefore, "totalsBefore must not be null");
            Objects.requireNonNull(totalsAfter, "totalsAfter must not be null");
        }

        /** Each total after less before. */
        public Figures totalsChange() {
            return totalsAfter.minus(totalsBefore);
        }
    }

    /**
     * One settlement whose result changed.
     *
     * @param settlementId the settlement's id; not null
     * @param outcomeBefore the outcome under the baseline; not null
     * @param outcomeAfter the outcome under the candidate; not null
     * @param before the figures under the baseline; not null
     * @param after the figures under the candidate; not null
     * @param findingsAdded the findings the candidate gives and the baseline does not, matched by rule id and
     *        severity; not null, copied
     * @param findingsRemoved the findings the baseline gives and the candidate does not; not null, copied
     */
    public record ChangedSettlement(String settlementId, SettlementOutcome outcomeBefore,
            SettlementOutcome outcomeAfter, Figures before, Figures after, List<FindingChange> findingsAdded,
            List<FindingChange> findingsRemoved) implements Change<SettlementOutcome> {
        /** Checks that nothing is null and copies the lists. */
        public ChangedSettlement {
            Objects.requireNonNull(settlementId, "settlementId must not be null");
            Objects.requireNonNull(outcomeBefore, "outcomeBefore must not be null");
            Objects.requireNonNull(outcomeAfter, "outcomeAfter must not be null");
            Objects.requireNonNull(before, "before must not be null");
            Objects.requireNonNull(after, "after must not be null");
            findingsAdded = List.copyOf(findingsAdded);
            findingsRemoved = List.copyOf(findingsRemoved);
        }

        /** The settlement id. */
        @Override
        public String id() {
            return settlementId;
        }

        /** Each figure after less before. */
        public Figures change() {
            return after.minus(before);
        }

        /**
         * The change of the recipient's {@linkplain Figures#balance balance}: negative when the candidate
         * has it refund or pay more interest, or receive less.
         */
        @Override
        public BigDecimal moneyChange() {
            return after.balance().subtract(before.balance());
        }

        /** Whether the outcome or any of the five figures changed; otherwise only the findings did. */
        @Override
        public boolean material() {
            return outcomeBefore != outcomeAfter || !before.sameAs(after);
        }
    }

    /**
     * The material changes (outcome or an amount), the largest change of the recipient's balance
     * first, a loss before a gain of the same size, then by settlement id.
     */
    public List<ChangedSettlement> material() {
        return Changes.material(changed);
    }

    /** The changes of the findings only (same outcome and amounts), by settlement id. */
    public List<ChangedSettlement> explanatoryOnly() {
        return Changes.explanatoryOnly(changed);
    }

    /** How many changed settlements went from each outcome to each other one, in the order of {@link SettlementOutcome}. */
    public SortedMap<SettlementOutcome, SortedMap<SettlementOutcome, Long>> transitions() {
        return Changes.transitions(changed);
    }
}
