package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.CostCategory;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Stage 1 of the amount: the sum of the cost items of the categories the call funds
 * (zuwendungsfähige Kosten).
 *
 * @param amount the sum in EUR, exact; not null
 */
public record EligibleCosts(BigDecimal amount) {
    /** The eligible costs from an accumulated sum, which is an integer 0 when no item matched. */
    public static EligibleCosts of(Object sum) {
        return new EligibleCosts(Sums.money(sum));
    }

    /** The codes of {@code categories} in their declared order, for messages. */
    public static String names(Collection<CostCategory> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
