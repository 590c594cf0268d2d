package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount that bears interest for the days after {@code from} up to and including {@code to}.
 *
 * @param kind refund or late-use interest; not null
 * @param amount the exact amount; not null, above 0
 * @param from the day before the first day counted; not null
 * @param to the last day counted, after {@code from}; not null
 */
public record InterestPeriod(InterestKind kind, BigDecimal amount, LocalDate from, LocalDate to) {
    public InterestPeriod {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(amount, "amount");
        Checks.nonNull(from, "from");
        Checks.nonNull(to, "to");
        if (amount.signum() <= 0 || !to.isAfter(from)) {
            throw new IllegalArgumentException("an interest period needs an amount above 0 and at least one day");
        }
    }
}
