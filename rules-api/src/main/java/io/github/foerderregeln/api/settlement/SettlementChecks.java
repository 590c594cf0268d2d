package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.BoundedInput;
import java.math.BigDecimal;
import java.util.Objects;

/** The value rules of a grant decision that applications do not have, written once for the records and the JSON. */
final class SettlementChecks {
    /** The Förderquote as a decision states it: at most four decimals (docs/settlement.md, "Inputs"). */
    static final int FUNDING_RATE_DECIMALS = 4;
    /** The most payments or expenditure items of one settlement. */
    static final int MAX_ITEMS = 10_000;

    private SettlementChecks() {
    }

    /** The problem with a funding rate outside (0, 1] or with more than four decimals, or null. */
    static String fundingRate(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate must not be null");
        String magnitude = BoundedInput.magnitudeProblem(rate);
        if (magnitude != null) {
            return magnitude;
        }
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            return "must be a share above 0 and at most 1, such as 0.8000 (was " + BoundedInput.show(rate) + ")";
        }
        return BoundedInput.decimalsProblem(rate, FUNDING_RATE_DECIMALS);
    }
}
