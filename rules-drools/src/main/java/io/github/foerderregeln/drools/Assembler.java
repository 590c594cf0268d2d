package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Rounding;
import io.github.foerderregeln.api.RulesEvaluationException;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.drools.facts.EligibleCosts;
import io.github.foerderregeln.drools.facts.Grant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the result facts the rules inserted back into an {@link Assessment}: the outcome by the
 * precedence of docs/rules.md ("What an assessment returns"), and the amounts around the grant the rules set.
 */
final class Assembler {
    private Assembler() {
    }

    static Assessment assessment(Application application, CallTerms terms, String ruleSetId,
            Collection<?> facts, List<String> rulesFired) {
        List<Finding> findings = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        EligibleCosts eligible = null;
        Grant grant = null;
        for (Object fact : facts) {
            if (fact instanceof Finding finding) {
                findings.add(finding);
            } else if (fact instanceof Limit limit) {
                limits.add(limit);
            } else if (fact instanceof EligibleCosts costs) {
                eligible = costs;
            } else if (fact instanceof Grant granted) {
                grant = granted;
            }
        }
        limits.sort(Comparator.comparing(Limit::kind));
        // Reported cut to the cent, as every amount shown; the grant was computed from the exact limits.
        limits.replaceAll(limit -> new Limit(limit.kind(), Rounding.shown(limit.amount()), limit.ruleId()));
        if (eligible == null) {
            throw new RulesEvaluationException("the rule set " + ruleSetId + " set no eligible costs for application "
                    + application.id(), null);
        }
        Outcome outcome = outcome(findings, application.boardVote());
        if (outcome == Outcome.INELIGIBLE) {
            // An ineligible application is granted nothing, so no limit binds it: its limits are
            // reported, but the INFO that one of them binds would tell a grant officer otherwise.
            findings.removeIf(f -> f.severity() == Severity.INFO && limits.stream().anyMatch(l -> l.ruleId().equals(f.ruleId())));
        }
        if (grant == null && outcome != Outcome.INELIGIBLE) {
            throw new RulesEvaluationException("the rule set " + ruleSetId + " set no grant for application "
                    + application.id() + ", which has no error finding", null);
        }
        BigDecimal eligibleCosts = eligible.amount().setScale(2);
        BigDecimal total = application.costs().stream().map(CostItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        BigDecimal granted = outcome == Outcome.INELIGIBLE ? BigDecimal.ZERO.setScale(2) : grant.amount();
        BigDecimal ownShare = eligibleCosts.subtract(granted).subtract(application.otherFunding().total()).max(BigDecimal.ZERO);
        LimitKind binding = grant == null || outcome == Outcome.INELIGIBLE ? null : grant.binding().kind();
        Amounts amounts = new Amounts(total, eligibleCosts, total.subtract(eligibleCosts), granted, ownShare.setScale(2),
                Rounding.fundingRate(granted, eligibleCosts), limits, binding);
        return new Assessment(application.id(), application.callId(), terms.callVersion(), ruleSetId, outcome, amounts,
                findings, rulesFired);
    }

    /** docs/rules.md, "What an assessment returns": ERROR before MISSING before a vote that is not positive. */
    private static Outcome outcome(List<Finding> findings, BoardVote vote) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return Outcome.INELIGIBLE;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.MISSING)) {
            return Outcome.INCOMPLETE;
        }
        return vote == BoardVote.POSITIVE ? Outcome.ELIGIBLE : Outcome.PENDING_BOARD_VOTE;
    }
}
