package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.settlement.InterestCalculation;
import io.github.foerderregeln.api.settlement.InterestKind;

/**
 * The interest of one kind of a settlement, computed by {@link InterestCalculation}.
 *
 * @param kind refund or late use; not null
 * @param calculation its lines and total; not null
 * @param incomplete whether a day of its periods has no known Basiszinssatz
 */
public record SettlementInterest(InterestKind kind, InterestCalculation calculation, boolean incomplete) {
    /** The interest of {@code calculation}. */
    public SettlementInterest(InterestKind kind, InterestCalculation calculation) {
        this(kind, calculation, calculation.firstUnknownDay().isPresent());
    }

    /** The total, rounded half up to the cent. */
    public java.math.BigDecimal total() {
        return calculation.total();
    }
}
