package io.github.foerderregeln.drools.facts;

import java.math.BigDecimal;

/** Reads the result of a DRL {@code accumulate( ...; sum(...))} over money. */
public final class Sums {
    private Sums() {
    }

    /**
     * An accumulated sum of money as a {@link BigDecimal}. Drools sums {@code BigDecimal}s
     * exactly, but gives a plain number 0 when nothing matched.
     */
    public static BigDecimal money(Object sum) {
        if (sum instanceof BigDecimal decimal) {
            return decimal;
        }
        if (sum instanceof Number number && number.doubleValue() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        throw new IllegalStateException("an accumulated sum of money is not a BigDecimal: " + sum);
    }

    /** The total of the de-minimis aid {@code aid} lists, exact. */
    public static BigDecimal total(java.util.List<io.github.foerderregeln.api.DeMinimisAid> aid) {
        return aid.stream().map(io.github.foerderregeln.api.DeMinimisAid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
