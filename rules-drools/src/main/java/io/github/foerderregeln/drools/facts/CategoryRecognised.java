package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.CostCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The recognised expenditure of one category (stage 1 of a settlement): what was declared of it
 * within the period, at most its approved amount plus the tolerance unless its overrun was approved.
 *
 * @param category the category; not null
 * @param approved its approved amount (0.00 when the plan does not contain it); not null
 * @param cap the most recognised without approval of the overrun; not null
 * @param declared the sum of its items that were paid within the period; not null
 * @param recognised what is recognised; not null
 */
public record CategoryRecognised(CostCategory category, BigDecimal approved, BigDecimal cap, BigDecimal declared,
        BigDecimal recognised) {
    /**
     * The category's recognised expenditure: the approved amount x (1 + tolerance), rounded down to
     * the cent (the one place the tolerance is rounded), caps the declared amount unless its overrun
     * was approved.
     */
    public static CategoryRecognised of(CostCategory category, BigDecimal approved, BigDecimal tolerance,
            Object declaredSum, boolean overrunApproved) {
        BigDecimal declared = Sums.money(declaredSum).setScale(2);
        BigDecimal cap = approved.multiply(BigDecimal.ONE.add(tolerance)).setScale(2, RoundingMode.DOWN);
        BigDecimal recognised = overrunApproved ? declared : declared.min(cap);
        return new CategoryRecognised(category, approved, cap, declared, recognised);
    }

    /** What is cut: declared less recognised. */
    public BigDecimal cut() {
        return declared.subtract(recognised);
    }
}
