package io.github.foerderregeln.drools.reference;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the differential tests compare of an assessment: everything but the messages, the
 * figures of the findings and the order rules fired in.
 *
 * @param outcome the outcome; not null
 * @param totalCosts all cost items, two decimals; not null
 * @param eligibleCosts personnel and material items, two decimals; not null
 * @param nonEligibleCosts total less eligible, two decimals; not null
 * @param grant the grant, two decimals; not null
 * @param ownShare the own share, two decimals; not null
 * @param fundingRate grant / eligible costs, four decimals; not null
 * @param limits the limits of the grant; not null
 * @param binding the binding limit; null when no grant was computed
 * @param findings rule id and severity of every finding, sorted, one entry per finding; not null, not copied
 * @param rulesFired the ids of the rules that fired; not null, not copied
 */
public record Result(Outcome outcome, BigDecimal totalCosts, BigDecimal eligibleCosts, BigDecimal nonEligibleCosts,
        BigDecimal grant, BigDecimal ownShare, BigDecimal fundingRate, Limits limits, LimitKind binding,
        List<RuleFinding> findings, Set<String> rulesFired) {
    public Result {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(findings, "findings must not be null");
        Objects.requireNonNull(rulesFired, "rulesFired must not be null");
    }

    /** The same view of an engine's assessment. */
    public static Result of(Assessment assessment) {
        Amounts amounts = assessment.amounts();
        List<RuleFinding> findings = new ArrayList<>(assessment.findings().size());
        for (Finding finding : assessment.findings()) {
            findings.add(RuleFinding.of(finding));
        }
        findings.sort(null);
        return new Result(assessment.outcome(), amounts.totalCosts(), amounts.eligibleCosts(), amounts.nonEligibleCosts(),
                amounts.grant(), amounts.ownShare(), amounts.fundingRate(), Limits.of(amounts.limits()), amounts.binding(),
                findings, Set.copyOf(assessment.rulesFired()));
    }

    /**
     * Every way this result differs from {@code reference}, one line each; empty when they agree.
     * Amounts must be equal in value and scale; limits, which an engine may write with any scale,
     * equal in value; rules fired equal as sets.
     */
    public List<String> differencesFrom(Result reference) {
        List<String> differences = new ArrayList<>(0);
        same(differences, "outcome", outcome, reference.outcome);
        same(differences, "totalCosts", totalCosts, reference.totalCosts);
        same(differences, "eligibleCosts", eligibleCosts, reference.eligibleCosts);
        same(differences, "nonEligibleCosts", nonEligibleCosts, reference.nonEligibleCosts);
        same(differences, "grant", grant, reference.grant);
        same(differences, "ownShare", ownShare, reference.ownShare);
        same(differences, "fundingRate", fundingRate, reference.fundingRate);
        for (LimitKind kind : LimitKind.values()) {
            BigDecimal mine = limits.amount(kind);
            BigDecimal theirs = reference.limits.amount(kind);
            if (mine == null || theirs == null ? mine != theirs : mine.compareTo(theirs) != 0) {
                differences.add("limit " + kind + " is " + plain(mine) + ", reference " + plain(theirs));
            }
        }
        same(differences, "binding", binding, reference.binding);
        same(differences, "findings", findings, reference.findings);
        if (!rulesFired.equals(reference.rulesFired)) {
            differences.add("rulesFired is " + new TreeSet<>(rulesFired) + ", reference " + new TreeSet<>(reference.rulesFired));
        }
        return differences;
    }

    /** Adds a line to {@code differences} unless {@code mine} equals {@code theirs}; the settlement view says it the same way. */
    static void same(List<String> differences, String name, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(name + " is " + plain(mine) + ", reference " + plain(theirs));
        }
    }

    static String plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
