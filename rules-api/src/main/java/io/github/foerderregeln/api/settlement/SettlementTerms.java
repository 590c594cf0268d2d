package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;

/**
 * The settlement parameters of a call in force on a grant decision's date: the fact the settlement
 * rules read instead of literals.
 *
 * @param callId the call; not null
 * @param callVersion the version of the call's parameters; not null
 * @param tolerance the share a category may exceed its approved amount by, such as 0.20; not null, at least 0
 * @param useMonths the months within which a payment must be used
 * @param retentionYears the years receipts are kept
 * @param retentionFrom from when they are counted; not null
 * @param interestPoints the percentage points above the Basiszinssatz; not null
 * @param lateUseFrom from when late-use interest runs; not null
 * @param dayCountBasis the days of an interest year (actual days / basis)
 * @param finalGrantRounding how the final grant is rounded; not null
 */
public record SettlementTerms(String callId, String callVersion, BigDecimal tolerance, int useMonths,
        int retentionYears, RetentionStart retentionFrom, BigDecimal interestPoints, LateUseStart lateUseFrom,
        int dayCountBasis, GrantRounding finalGrantRounding) {
    public SettlementTerms {
        Checks.nonNull(callId, "callId");
        Checks.nonNull(callVersion, "callVersion");
        if (Checks.nonNull(tolerance, "tolerance").signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        Checks.require("useMonths", Checks.between(useMonths, 0, Checks.MAX_DURATION_MONTHS));
        Checks.require("retentionYears", Checks.between(retentionYears, 0, Checks.MAX_WINDOW_YEARS));
        Checks.nonNull(retentionFrom, "retentionFrom");
        Checks.nonNull(interestPoints, "interestPoints");
        Checks.nonNull(lateUseFrom, "lateUseFrom");
        Checks.require("dayCountBasis", Checks.between(dayCountBasis, 360, 366));
        Checks.nonNull(finalGrantRounding, "finalGrantRounding");
    }
}
