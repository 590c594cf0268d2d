package io.github.foerderregeln.drools.reference;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the differential tests compare of a settlement: everything but the messages and the figures
 * of the findings.
 *
 * @param outcome the outcome; not null
 * @param declared all expenditure declared, two decimals
 * @param recognised the recognised eligible expenditure R, two decimals
 * @param notRecognised declared less recognised, two decimals
 * @param recognisedByCategory R of each funded category, two decimals; not copied
 * @param finalGrant the final grant F, two decimals
 * @param paid everything paid, two decimals
 * @param refund what is refunded, two decimals
 * @param remainingPayment what is still paid, two decimals
 * @param refundInterest the interest on the refund, two decimals
 * @param lateUseInterest the interest on late use, two decimals
 * @param limits every limit as it is shown, cut to the cent; not copied
 * @param binding the limits equal to the lowest; not copied
 * @param lines the interest lines in their order; not copied
 * @param findings rule id and severity of every finding, sorted; not copied
 * @param rulesFired the ids of the rules that fired; not copied
 */
public record Settled(SettlementOutcome outcome, BigDecimal declared, BigDecimal recognised, BigDecimal notRecognised,
        Map<CostCategory, BigDecimal> recognisedByCategory, BigDecimal finalGrant, BigDecimal paid, BigDecimal refund,
        BigDecimal remainingPayment, BigDecimal refundInterest, BigDecimal lateUseInterest,
        Map<SettlementLimitKind, BigDecimal> limits, Set<SettlementLimitKind> binding, List<InterestLine> lines,
        List<RuleFinding> findings, Set<String> rulesFired) {
    public Settled {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(findings, "findings must not be null");
        Objects.requireNonNull(rulesFired, "rulesFired must not be null");
    }

    /** The same view of an engine's settlement. */
    public static Settled of(SettlementResult result) {
        SettlementAmounts amounts = result.amounts();
        Map<SettlementLimitKind, BigDecimal> limits = new EnumMap<>(SettlementLimitKind.class);
        Set<SettlementLimitKind> binding = EnumSet.noneOf(SettlementLimitKind.class);
        for (SettlementLimit limit : result.limits()) {
            if (limits.put(limit.kind(), limit.amount().setScale(2, RoundingMode.DOWN)) != null) {
                throw new IllegalArgumentException("two limits of kind " + limit.kind() + ": " + result.limits());
            }
            if (limit.binding()) {
                binding.add(limit.kind());
            }
        }
        List<RuleFinding> findings = new ArrayList<>(result.findings().size());
        for (Finding finding : result.findings()) {
            findings.add(RuleFinding.of(finding));
        }
        findings.sort(null);
        return new Settled(result.outcome(), amounts.declared(), amounts.recognised(), amounts.notRecognised(),
                amounts.recognisedByCategory(), amounts.finalGrant(), amounts.paid(), amounts.refund(),
                amounts.remainingPayment(), amounts.refundInterest(), amounts.lateUseInterest(), limits, binding,
                result.interest(), findings, Set.copyOf(result.rulesFired()));
    }

    /**
     * Every way this settlement differs from {@code reference}, one line each; empty when they agree.
     * Amounts must be equal in value and scale; limits and the exact amounts and rates of interest
     * lines equal in value; rules fired equal as sets; lines equal one by one, in order.
     */
    public List<String> differencesFrom(Settled reference) {
        List<String> differences = new ArrayList<>(0);
        Result.same(differences, "outcome", outcome, reference.outcome);
        Result.same(differences, "declared", declared, reference.declared);
        Result.same(differences, "recognised", recognised, reference.recognised);
        Result.same(differences, "notRecognised", notRecognised, reference.notRecognised);
        for (CostCategory category : reference.recognisedByCategory.keySet()) {
            Result.same(differences, "recognised " + category, recognisedByCategory.get(category),
                    reference.recognisedByCategory.get(category));
        }
        Result.same(differences, "finalGrant", finalGrant, reference.finalGrant);
        Result.same(differences, "paid", paid, reference.paid);
        Result.same(differences, "refund", refund, reference.refund);
        Result.same(differences, "remainingPayment", remainingPayment, reference.remainingPayment);
        Result.same(differences, "refundInterest", refundInterest, reference.refundInterest);
        Result.same(differences, "lateUseInterest", lateUseInterest, reference.lateUseInterest);
        for (SettlementLimitKind kind : SettlementLimitKind.values()) {
            BigDecimal mine = limits.get(kind);
            BigDecimal theirs = reference.limits.get(kind);
            if (mine == null || theirs == null ? mine != theirs : mine.compareTo(theirs) != 0) {
                differences.add("limit " + kind + " is " + Result.plain(mine) + ", reference " + Result.plain(theirs));
            }
        }
        Result.same(differences, "binding", binding, reference.binding);
        if (lines.size() != reference.lines.size()) {
            differences.add(lines.size() + " interest lines, reference " + reference.lines.size() + ": " + lines
                    + "; reference " + reference.lines);
        } else {
            for (int i = 0; i < lines.size(); i++) {
                InterestLine mine = lines.get(i);
                InterestLine theirs = reference.lines.get(i);
                if (mine.kind() != theirs.kind() || mine.amount().compareTo(theirs.amount()) != 0
                        || !mine.from().equals(theirs.from()) || !mine.to().equals(theirs.to())
                        || mine.ratePercent().compareTo(theirs.ratePercent()) != 0 || !mine.interest().equals(theirs.interest())) {
                    differences.add("interest line " + i + " is " + mine + ", reference " + theirs);
                }
            }
        }
        Result.same(differences, "findings", findings, reference.findings);
        if (!rulesFired.equals(reference.rulesFired)) {
            differences.add("rulesFired is " + new TreeSet<>(rulesFired) + ", reference " + new TreeSet<>(reference.rulesFired));
        }
        return differences;
    }
}
