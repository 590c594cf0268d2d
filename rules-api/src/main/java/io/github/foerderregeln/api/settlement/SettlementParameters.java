package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.DatedValues;
import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The settlement parameters of a call (its {@code settlementParameters} block), each dated with its
 * source; the values in force on a grant decision's date settle it.
 *
 * @param tolerance the share a category may exceed its approved amount by; not null
 * @param useMonths the months within which a payment must be used; not null
 * @param retentionYears the years receipts are kept; not null
 * @param retentionFrom from when they are counted; not null
 * @param interestPoints the percentage points above the Basiszinssatz; not null
 * @param lateUseFrom from when late-use interest runs; not null
 * @param dayCountBasis the days of an interest year; not null
 * @param finalGrantRounding how the final grant is rounded; not null
 */
public record SettlementParameters(DatedValues<BigDecimal> tolerance, DatedValues<Integer> useMonths,
        DatedValues<Integer> retentionYears, DatedValues<RetentionStart> retentionFrom,
        DatedValues<BigDecimal> interestPoints, DatedValues<LateUseStart> lateUseFrom,
        DatedValues<Integer> dayCountBasis, DatedValues<GrantRounding> finalGrantRounding) {
    public SettlementParameters {
        parameters(tolerance, useMonths, retentionYears, retentionFrom, interestPoints, lateUseFrom, dayCountBasis,
                finalGrantRounding).forEach(p -> Checks.nonNull(p, "settlement parameters"));
    }

    private static Stream<DatedValues<?>> parameters(DatedValues<?>... values) {
        return Stream.of(values);
    }

    /** The terms in force on {@code decisionDate}, or empty when a parameter has no value yet on that day. */
    public Optional<SettlementTerms> termsOn(String callId, String callVersion, LocalDate decisionDate) {
        if (parameters(tolerance, useMonths, retentionYears, retentionFrom, interestPoints, lateUseFrom, dayCountBasis,
                finalGrantRounding).anyMatch(p -> p.inForceOn(decisionDate).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new SettlementTerms(callId, callVersion, on(tolerance, decisionDate),
                on(useMonths, decisionDate), on(retentionYears, decisionDate), on(retentionFrom, decisionDate),
                on(interestPoints, decisionDate), on(lateUseFrom, decisionDate), on(dayCountBasis, decisionDate),
                on(finalGrantRounding, decisionDate)));
    }

    private static <T> T on(DatedValues<T> parameter, LocalDate date) {
        return parameter.inForceOn(date).orElseThrow().value();
    }
}
