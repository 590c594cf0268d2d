package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.Limit;
import java.math.BigDecimal;

/**
 * The last stage: the grant, the lowest limit rounded as the call says.
 *
 * @param amount the grant in EUR, two decimals; not null
 * @param binding the limit it is bound by; not null
 */
public record Grant(BigDecimal amount, Limit binding) {
}
