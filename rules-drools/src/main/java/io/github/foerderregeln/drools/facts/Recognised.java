package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.CostCategory;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The recognised eligible expenditure R of a settlement (the end of stage 1), by category.
 *
 * @param amount R; not null
 * @param byCategory R by category; not null
 */
public record Recognised(BigDecimal amount, Map<CostCategory, BigDecimal> byCategory) {
    public Recognised {
        byCategory = Map.copyOf(byCategory);
    }

    /** R from the recognised expenditure of each category. */
    public static Recognised of(Collection<?> categories) {
        Map<CostCategory, BigDecimal> by = new EnumMap<>(CostCategory.class);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Object fact : categories) {
            CategoryRecognised c = (CategoryRecognised) fact;
            by.put(c.category(), c.recognised());
            total = total.add(c.recognised());
        }
        return new Recognised(total, by);
    }
}
