package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;

/**
 * One item of the cost plan (Kostenplan).
 *
 * @param category its cost category; not null
 * @param amount the amount in EUR, greater than 0, at most two decimals; not null
 * @param description what it is; not null, may be empty
 */
public record CostItem(CostCategory category, BigDecimal amount, String description) {
    public CostItem {
        Checks.nonNull(category, "category");
        Checks.require("amount", Checks.money(Checks.nonNull(amount, "amount"), false));
        amount = Checks.cents(amount);
        Checks.nonNull(description, "description");
    }
}
