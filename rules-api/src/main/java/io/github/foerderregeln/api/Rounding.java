package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The only two roundings of an assessment (docs/rules.md, "The call and its parameters" and
 * "Arithmetic"). Every other figure is exact.
 */
public final class Rounding {
    /** The funding rate has four decimals. */
    public static final int RATE_SCALE = 4;

    private Rounding() {
    }

    /**
     * The grant: the lowest limit, rounded as the call says ("auf volle Euro abgerundet" for
     * rdz-lsa-2018), never below 0.00, with two decimals.
     *
     * @param lowestLimit the lowest of all limits, exact; not null
     * @param rounding the call's grant rounding; not null
     */
    public static BigDecimal grant(BigDecimal lowestLimit, GrantRounding rounding) {
        BigDecimal rounded = lowestLimit.setScale(rounding.scale(), rounding.mode());
        return rounded.signum() <= 0 ? BigDecimal.ZERO.setScale(Checks.MONEY_SCALE) : rounded.setScale(Checks.MONEY_SCALE);
    }

    /** The funding rate: grant / eligible costs, four decimals rounded half up; 0.0000 without eligible costs. */
    public static BigDecimal fundingRate(BigDecimal grant, BigDecimal eligibleCosts) {
        if (eligibleCosts.signum() == 0) {
            return BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        return grant.divide(eligibleCosts, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
