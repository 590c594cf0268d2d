package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A use of grant money: the funding rate times a recognised expenditure item, on the day it was paid.
 *
 * @param usedOn the day the expenditure was paid; not null
 * @param amount the exact amount of grant money it uses; not null, at least 0
 */
public record Use(LocalDate usedOn, BigDecimal amount) {
    public Use {
        Checks.nonNull(usedOn, "usedOn");
        if (Checks.nonNull(amount, "amount").signum() < 0) {
            throw new IllegalArgumentException("a use must not be negative");
        }
    }
}
