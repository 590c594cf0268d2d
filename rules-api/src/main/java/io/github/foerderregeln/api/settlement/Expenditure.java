package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One item of expenditure the recipient declares in its proof of use.
 *
 * @param category its cost category; not null
 * @param amount the amount paid in EUR, greater than 0, at most two decimals; not null
 * @param paidOn the day it was paid, in the years 0001 to 9999; not null
 * @param description what it is; not null, may be empty
 */
public record Expenditure(CostCategory category, BigDecimal amount, LocalDate paidOn, String description) {
    public Expenditure {
        Checks.nonNull(category, "category");
        Checks.require("amount", Checks.money(Checks.nonNull(amount, "amount"), false));
        amount = Checks.cents(amount);
        Checks.require("paidOn", Checks.date(Checks.nonNull(paidOn, "paidOn")));
        Checks.nonNull(description, "description");
    }
}
