package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;

/**
 * One limit of the final grant.
 *
 * @param kind which limit; not null
 * @param ruleId the rule that sets it, such as {@code SET-RATE}; not null
 * @param amount its exact amount (shown rounded down to the cent); not null, at least 0
 * @param binding whether it is the lowest (ties bind together)
 */
public record SettlementLimit(SettlementLimitKind kind, String ruleId, BigDecimal amount, boolean binding) {
    public SettlementLimit {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(ruleId, "ruleId");
        Checks.nonNull(amount, "amount");
    }
}
