package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.internal.Checks;
import java.util.List;

/**
 * The result of settling one settlement.
 *
 * @param settlementId the settlement's id; not null
 * @param callId the call; not null
 * @param outcome the outcome; not null
 * @param amounts the figures; not null
 * @param interest the interest lines, refund lines first, each in date order; not null, copied
 * @param limits every limit of the final grant; not null, copied
 * @param findings every finding, in the order of assessments; not null, copied and sorted
 * @param rulesFired the ids of the rules that fired; not null, copied
 * @param callVersion the version of the call's parameters; not null
 * @param ruleSet the identity of the rule set; not null
 */
public record SettlementResult(String settlementId, String callId, SettlementOutcome outcome, SettlementAmounts amounts,
        List<InterestLine> interest, List<SettlementLimit> limits, List<Finding> findings, List<String> rulesFired,
        String callVersion, String ruleSet) {
    public SettlementResult {
        Checks.nonNull(settlementId, "settlementId");
        Checks.nonNull(callId, "callId");
        Checks.nonNull(outcome, "outcome");
        Checks.nonNull(amounts, "amounts");
        interest = List.copyOf(interest);
        limits = List.copyOf(limits);
        findings = findings.stream().sorted(Assessment.FINDING_ORDER).toList();
        rulesFired = List.copyOf(rulesFired);
        Checks.nonNull(callVersion, "callVersion");
        Checks.nonNull(ruleSet, "ruleSet");
    }

    /** The findings of one rule id. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
