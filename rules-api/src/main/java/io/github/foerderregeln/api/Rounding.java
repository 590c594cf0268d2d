package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The roundings of an assessment, each in one place: the grant as the call says, the funding
 * rate to four decimals, and every amount of money shown (in limits, figures, messages and
 * reports) cut to the cent (docs/rules.md, "Arithmetic"). Every figure a rule computes with is exact.
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

    /**
     * An amount of money as it is shown: exactly two decimals, rounded down (towards zero), so that a
     * limit of 80,001.008 EUR is shown as 80,001.00 EUR and never as more than it is.
     *
     * @param amount an exact amount; not null
     */
    public static BigDecimal shown(BigDecimal amount) {
        return amount.setScale(Checks.MONEY_SCALE, RoundingMode.DOWN);
    }

    /** The funding rate: grant / eligible costs, four decimals rounded half up; 0.0000 without eligible costs. */
    public static BigDecimal fundingRate(BigDecimal grant, BigDecimal eligibleCosts) {
        if (eligibleCosts.signum() == 0) {
            return BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        return grant.divide(eligibleCosts, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
