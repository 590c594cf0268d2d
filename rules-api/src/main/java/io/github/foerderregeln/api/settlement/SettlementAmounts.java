package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of a settlement, each in EUR with exactly two decimals.
 *
 * @param declared all expenditure declared
 * @param recognised the recognised eligible expenditure R
 * @param notRecognised declared less recognised
 * @param recognisedByCategory R by category; always PERSONNEL and MATERIAL; copied
 * @param finalGrant the final grant F
 * @param paid everything paid P
 * @param refund max(0, P - F)
 * @param remainingPayment max(0, F - P)
 * @param refundInterest the interest on the refund, § 49a Abs. 3 VwVfG
 * @param lateUseInterest the interest on late use, § 49a Abs. 4 VwVfG
 */
public record SettlementAmounts(BigDecimal declared, BigDecimal recognised, BigDecimal notRecognised,
        Map<CostCategory, BigDecimal> recognisedByCategory, BigDecimal finalGrant, BigDecimal paid, BigDecimal refund,
        BigDecimal remainingPayment, BigDecimal refundInterest, BigDecimal lateUseInterest) {
    public SettlementAmounts {
        declared = Checks.cents(Checks.nonNull(declared, "declared"));
        recognised = Checks.cents(Checks.nonNull(recognised, "recognised"));
        notRecognised = Checks.cents(Checks.nonNull(notRecognised, "notRecognised"));
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        byCategory.put(CostCategory.PERSONNEL, BigDecimal.ZERO.setScale(2));
        byCategory.put(CostCategory.MATERIAL, BigDecimal.ZERO.setScale(2));
        Checks.nonNull(recognisedByCategory, "recognisedByCategory").forEach((c, a) -> byCategory.put(c, Checks.cents(a)));
        recognisedByCategory = Collections.unmodifiableMap(byCategory);
        finalGrant = Checks.cents(Checks.nonNull(finalGrant, "finalGrant"));
        paid = Checks.cents(Checks.nonNull(paid, "paid"));
        refund = Checks.cents(Checks.nonNull(refund, "refund"));
        remainingPayment = Checks.cents(Checks.nonNull(remainingPayment, "remainingPayment"));
        refundInterest = Checks.cents(Checks.nonNull(refundInterest, "refundInterest"));
        lateUseInterest = Checks.cents(Checks.nonNull(lateUseInterest, "lateUseInterest"));
    }
}
