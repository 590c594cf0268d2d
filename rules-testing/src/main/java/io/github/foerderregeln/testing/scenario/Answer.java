package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules answered, an assessment or a settlement result, by the JSON field names a
 * scenario's expectation uses (those of docs/json-format.md), so that the runner compares and the
 * updater rewrites both kinds with one piece of code.
 *
 * @param kind "assessed" or "settled", for the line that shows the answer
 * @param codes the codes ({@code outcome}) by field
 * @param amounts the amounts by field, in the order they are shown
 * @param findings every finding
 * @param rulesFired the ids of the rules that fired
 */
record Answer(String kind, Map<String, String> codes, Map<String, BigDecimal> amounts, List<Finding> findings,
        List<String> rulesFired) {
    static Answer of(Assessment assessment) {
        return new Answer("assessed", Map.of("outcome", assessment.outcome().name()), Map.of("grant", assessment.grant()),
                assessment.findings(), assessment.rulesFired());
    }

    static Answer of(SettlementResult result) {
        SettlementAmounts a = result.amounts();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("finalGrant", a.finalGrant());
        amounts.put("refund", a.refund());
        amounts.put("remainingPayment", a.remainingPayment());
        amounts.put("refundInterest", a.refundInterest());
        amounts.put("lateUseInterest", a.lateUseInterest());
        return new Answer("settled", Map.of("outcome", result.outcome().name()), amounts, result.findings(), result.rulesFired());
    }

    List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The answer in one line: {@code assessed: ELIGIBLE, grant 80000.00}. */
    String summary() {
        StringBuilder line = new StringBuilder(kind).append(": ").append(codes.get("outcome"));
        amounts.forEach((field, amount) -> line.append(", ").append(field).append(' ').append(amount.toPlainString()));
        return line.toString();
    }
}
