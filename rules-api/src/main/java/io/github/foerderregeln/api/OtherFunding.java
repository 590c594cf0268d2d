package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;

/**
 * Other money for the same costs (Deckungsmittel): it reduces the grant so that no cost is funded twice.
 *
 * @param thirdParty third-party funds (Drittmittel) in EUR, 0 or more, at most two decimals; not null
 * @param otherPublic other public grants in EUR, 0 or more, at most two decimals; not null
 */
public record OtherFunding(BigDecimal thirdParty, BigDecimal otherPublic) {
    /** No other funding. */
    public static final OtherFunding NONE = new OtherFunding(BigDecimal.ZERO, BigDecimal.ZERO);

    public OtherFunding {
        Checks.require("thirdParty", Checks.money(Checks.nonNull(thirdParty, "thirdParty"), true));
        Checks.require("otherPublic", Checks.money(Checks.nonNull(otherPublic, "otherPublic"), true));
        thirdParty = Checks.cents(thirdParty);
        otherPublic = Checks.cents(otherPublic);
    }

    /** Third-party funds plus other public grants. */
    public BigDecimal total() {
        return thirdParty.add(otherPublic);
    }
}
