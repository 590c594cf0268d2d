package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.settlement.BaseRates;
import io.github.foerderregeln.api.settlement.InterestCalculation;
import io.github.foerderregeln.api.settlement.PaymentMatching;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import io.github.foerderregeln.api.settlement.SettlementTerms;
import io.github.foerderregeln.api.settlement.Use;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/** What the settlement rules call: the exact arithmetic, written once, with the parameters the rules pass. */
public final class Settling {
    private Settling() {
    }

    /** A limit of the final grant set by the rule now firing, carrying its id. */
    public static SettlementLimit limit(RuleContext drools, SettlementLimitKind kind, BigDecimal amount) {
        return new SettlementLimit(kind, Findings.ruleId(drools.getRule()), amount, false);
    }

    /**
     * The new-cover limit (Nr. 2.1.1 ANBest: "anteilig"): {@code lowest} x (R - X) / R, 0.00 when R
     * is 0.00. When X is R or more it is 0.00 or below, as the formula gives: the final grant is
     * never below 0.00 anyway, and a limit cut to 0.00 here would miss a tie with the no-double-funding
     * limit at R less the other funding. The quotient may not end, so it is rounded towards minus
     * infinity (never above the exact value) at ten decimals more than R has digits before the point:
     * its distance to any other limit (six decimals at most) is at least 10^-8 / R unless they are
     * equal, so the binding limits are those of the exact comparison the rule asks for.
     */
    public static BigDecimal newCover(BigDecimal lowest, BigDecimal recognised, BigDecimal excess) {
        if (recognised.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        int scale = 10 + Math.max(0, recognised.precision() - recognised.scale());
        return lowest.multiply(recognised.subtract(excess)).divide(recognised, scale, RoundingMode.FLOOR);
    }

    /**
     * The uses of grant money: for each recognised item, in the order of its day, then of the input,
     * the funding rate x its recognised amount; items of a category cut by SET-CATEGORY-OVERRUN count
     * with the part recognised, the cut taken from the latest items of the category first.
     */
    public static List<Use> uses(Collection<?> lines, Collection<?> categories, LocalDate start, LocalDate end,
            BigDecimal rate) {
        Map<io.github.foerderregeln.api.CostCategory, BigDecimal> cuts = new EnumMap<>(io.github.foerderregeln.api.CostCategory.class);
        for (Object fact : categories) {
            CategoryRecognised c = (CategoryRecognised) fact;
            cuts.put(c.category(), c.cut());
        }
        List<ExpenditureLine> recognised = lines.stream().map(ExpenditureLine.class::cast)
                .filter(l -> cuts.containsKey(l.category()) && l.paidWithin(start, end))
                .sorted(Comparator.comparing(ExpenditureLine::paidOn).thenComparingInt(ExpenditureLine::number)).toList();
        BigDecimal[] amounts = recognised.stream().map(ExpenditureLine::amount).toArray(BigDecimal[]::new);
        for (int i = amounts.length - 1; i >= 0; i--) {
            BigDecimal cut = cuts.get(recognised.get(i).category());
            BigDecimal taken = cut.min(amounts[i]);
            amounts[i] = amounts[i].subtract(taken);
            cuts.put(recognised.get(i).category(), cut.subtract(taken));
        }
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            uses.add(new Use(recognised.get(i).paidOn(), amounts[i].multiply(rate)));
        }
        return uses;
    }

    /** Payments matched to the uses up to the final grant (section "Which money was used when"). */
    public static PaymentMatching matching(List<Use> uses, BigDecimal finalGrant, Settlement settlement,
            SettlementTerms terms) {
        return PaymentMatching.of(uses, finalGrant, settlement.payments(), terms.useMonths(), terms.lateUseFrom(),
                settlement.settlementDate());
    }

    /** The late-use interest of a matching. */
    public static SettlementInterest lateUse(PaymentMatching matching, BaseRates rates, SettlementTerms terms) {
        return new SettlementInterest(io.github.foerderregeln.api.settlement.InterestKind.LATE_USE,
                InterestCalculation.of(matching.lateUse(), rates, terms.interestPoints(), terms.dayCountBasis()));
    }

    /** The refund interest of a matching. */
    public static SettlementInterest refund(PaymentMatching matching, BaseRates rates, SettlementTerms terms) {
        return new SettlementInterest(io.github.foerderregeln.api.settlement.InterestKind.REFUND,
                InterestCalculation.of(matching.refund(), rates, terms.interestPoints(), terms.dayCountBasis()));
    }

    /** The last day receipts are kept: the years of the call from the end of the period or the submission. */
    public static LocalDate retainUntil(Settlement settlement, SettlementTerms terms) {
        LocalDate from = terms.retentionFrom() == io.github.foerderregeln.api.settlement.RetentionStart.PROOF_SUBMITTED
                ? settlement.proofSubmittedOn() : settlement.decision().periodEnd();
        return from.plusYears(terms.retentionYears());
    }
}
