package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.RulesEvaluationException;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.InterestKind;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.api.settlement.SettlementResult;
import io.github.foerderregeln.api.settlement.SettlementTerms;
import io.github.foerderregeln.drools.facts.FinalGrant;
import io.github.foerderregeln.drools.facts.Recognised;
import io.github.foerderregeln.drools.facts.SettlementInterest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the result facts of the settlement rules back into a {@link SettlementResult}: the outcome
 * (INCOMPLETE when a finding is MISSING, else by paid and final grant), the amounts, the interest
 * lines (refund first) and every limit with those that bind.
 */
final class SettlementAssembler {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private SettlementAssembler() {
    }

    static SettlementResult result(Settlement settlement, SettlementTerms terms, String ruleSetId, Collection<?> facts,
            List<String> rulesFired) {
        List<Finding> findings = new ArrayList<>();
        List<SettlementLimit> limits = new ArrayList<>();
        Recognised recognised = null;
        FinalGrant grant = null;
        SettlementInterest refundInterest = null;
        SettlementInterest lateInterest = null;
        for (Object fact : facts) {
            if (fact instanceof Finding finding) {
                findings.add(finding);
            } else if (fact instanceof SettlementLimit limit) {
                limits.add(limit);
            } else if (fact instanceof Recognised r) {
                recognised = r;
            } else if (fact instanceof FinalGrant g) {
                grant = g;
            } else if (fact instanceof SettlementInterest i) {
                if (i.kind() == InterestKind.REFUND) {
                    refundInterest = i;
                } else {
                    lateInterest = i;
                }
            }
        }
        if (recognised == null || grant == null || refundInterest == null || lateInterest == null) {
            throw new RulesEvaluationException("the rule set " + ruleSetId + " did not settle " + settlement.id()
                    + ": it set no " + (recognised == null ? "recognised expenditure" : grant == null ? "final grant"
                            : "interest"), null);
        }
        FinalGrant finalGrant = grant;
        limits.sort(Comparator.comparing(SettlementLimit::kind));
        limits.replaceAll(l -> new SettlementLimit(l.kind(), l.ruleId(), l.amount(), finalGrant.binds(l.kind())));
        boolean incomplete = findings.stream().anyMatch(f -> f.severity() == Severity.MISSING);
        BigDecimal declared = settlement.expenditure().stream().map(Expenditure::amount).reduce(ZERO, BigDecimal::add);
        BigDecimal paid = settlement.paid();
        BigDecimal f = grant.amount();
        BigDecimal refund = paid.subtract(f).max(ZERO);
        BigDecimal remaining = f.subtract(paid).max(ZERO);
        List<InterestLine> lines = new ArrayList<>();
        BigDecimal refundTotal = ZERO;
        BigDecimal lateTotal = ZERO;
        if (!incomplete) {
            lines.addAll(refundInterest.calculation().lines());
            lines.addAll(lateInterest.calculation().lines());
            refundTotal = refundInterest.total();
            lateTotal = lateInterest.total();
        }
        SettlementOutcome outcome = incomplete ? SettlementOutcome.INCOMPLETE
                : paid.compareTo(f) > 0 ? SettlementOutcome.REFUND
                : paid.compareTo(f) < 0 ? SettlementOutcome.FINAL_PAYMENT : SettlementOutcome.BALANCED;
        java.util.Map<CostCategory, BigDecimal> byCategory = recognised.byCategory();
        SettlementAmounts amounts = new SettlementAmounts(declared, recognised.amount(),
                declared.subtract(recognised.amount()), byCategory, f, paid, refund, remaining, refundTotal, lateTotal);
        return new SettlementResult(settlement.id(), settlement.decision().callId(), outcome, amounts, lines, limits,
                findings, rulesFired, terms.callVersion(), ruleSetId);
    }
}
