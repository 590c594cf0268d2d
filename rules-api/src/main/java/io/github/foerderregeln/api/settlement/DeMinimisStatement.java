package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;

/**
 * The written statement to an undertaking that its grant is de-minimis aid, and of how much.
 *
 * @param regulation the regulation; not null
 * @param amount the aid in EUR, greater than 0, at most two decimals; not null
 */
public record DeMinimisStatement(AidRegulation regulation, BigDecimal amount) {
    public DeMinimisStatement {
        Checks.nonNull(regulation, "regulation");
        Checks.require("amount", Checks.money(Checks.nonNull(amount, "amount"), false));
        amount = Checks.cents(amount);
    }
}
