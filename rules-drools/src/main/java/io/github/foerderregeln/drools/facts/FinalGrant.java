package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The final grant (SET-FINAL-GRANT): the lowest limit, never below 0.00, rounded as the call's
 * parameter says; every limit equal to the lowest, compared exactly before rounding, binds.
 *
 * @param lowest the lowest limit, exact; not null
 * @param amount the final grant, rounded; not null
 * @param binding the kinds of the limits that bind; not null
 */
public record FinalGrant(BigDecimal lowest, BigDecimal amount, Set<SettlementLimitKind> binding) {
    public FinalGrant {
        binding = Set.copyOf(binding);
    }

    /** The final grant of {@code limits} (facts of {@link SettlementLimit}). */
    public static FinalGrant from(Collection<?> limits, GrantRounding rounding) {
        BigDecimal lowest = null;
        for (Object fact : limits) {
            BigDecimal amount = ((SettlementLimit) fact).amount();
            lowest = lowest == null || amount.compareTo(lowest) < 0 ? amount : lowest;
        }
        if (lowest == null) {
            throw new IllegalStateException("the final grant needs at least one limit");
        }
        Set<SettlementLimitKind> binding = EnumSet.noneOf(SettlementLimitKind.class);
        for (Object fact : limits) {
            SettlementLimit limit = (SettlementLimit) fact;
            if (limit.amount().compareTo(lowest) == 0) {
                binding.add(limit.kind());
            }
        }
        BigDecimal floor = lowest.max(BigDecimal.ZERO);
        return new FinalGrant(lowest, floor.setScale(rounding.scale(), rounding.mode()).setScale(2), binding);
    }

    /** Whether the limit of {@code kind} binds. */
    public boolean binds(SettlementLimitKind kind) {
        return binding.contains(kind);
    }
}
