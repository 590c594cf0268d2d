package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One upper limit of the grant, exact and unrounded.
 *
 * @param kind which limit; not null
 * @param amount its value in EUR, exact (the rate limit may have more than two decimals); not null
 * @param ruleId the rule that set it; not null
 */
public record Limit(LimitKind kind, BigDecimal amount, String ruleId) {
    public Limit {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        amount = exact(amount);
    }

    /** The same value with no trailing zeros beyond the cents: 170320.0000 becomes 170320.00. */
    private static BigDecimal exact(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < Checks.MONEY_SCALE ? amount.setScale(Checks.MONEY_SCALE) : stripped;
    }
}
