package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of the grant to the recipient (Auszahlung).
 *
 * @param paidOn the day it was paid, in the years 0001 to 9999; not null
 * @param amount the amount in EUR, greater than 0, at most two decimals; not null
 */
public record Payment(LocalDate paidOn, BigDecimal amount) {
    public Payment {
        Checks.require("paidOn", Checks.date(Checks.nonNull(paidOn, "paidOn")));
        Checks.require("amount", Checks.money(Checks.nonNull(amount, "amount"), false));
        amount = Checks.cents(amount);
    }
}
