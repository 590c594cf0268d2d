package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * De-minimis aid the applicant was granted before. Aid counts as granted on the day the
 * undertaking gets the legal right to it, that is the date of the grant decision, not of payment.
 *
 * @param grantedOn the date of the grant decision, in the years 0001 to 9999; not null
 * @param amount the aid in EUR, greater than 0, at most two decimals; not null
 */
public record DeMinimisAid(LocalDate grantedOn, BigDecimal amount) {
    public DeMinimisAid {
        Checks.require("grantedOn", Checks.date(Checks.nonNull(grantedOn, "grantedOn")));
        Checks.require("amount", Checks.money(Checks.nonNull(amount, "amount"), false));
        amount = Checks.cents(amount);
    }
}
