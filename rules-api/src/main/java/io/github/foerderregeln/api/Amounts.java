package io.github.foerderregeln.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of an assessment. Money has two decimals; the funding rate four.
 *
 * @param totalCosts all cost items; not null
 * @param eligibleCosts the items of categories the call funds (zuwendungsfähige Kosten); not null
 * @param nonEligibleCosts total less eligible costs; not null
 * @param grant the grant (Zuwendung), 0.00 when ineligible; not null
 * @param ownShare eligible costs less grant and other funding (Eigenanteil), never below 0.00; not null
 * @param fundingRate grant divided by eligible costs, four decimals rounded half up; not null
 * @param limits every limit the rules set, in {@link LimitKind} order; not null, copied
 * @param binding the limit the computed grant is bound by, also when the outcome sets the grant to 0.00;
 *        null when the rules computed no grant (an undertaking without a de-minimis regulation in force)
 */
public record Amounts(BigDecimal totalCosts, BigDecimal eligibleCosts, BigDecimal nonEligibleCosts,
        BigDecimal grant, BigDecimal ownShare, BigDecimal fundingRate, List<Limit> limits, LimitKind binding) {
    public Amounts {
        Objects.requireNonNull(totalCosts, "totalCosts must not be null");
        Objects.requireNonNull(eligibleCosts, "eligibleCosts must not be null");
        Objects.requireNonNull(nonEligibleCosts, "nonEligibleCosts must not be null");
        Objects.requireNonNull(grant, "grant must not be null");
        Objects.requireNonNull(ownShare, "ownShare must not be null");
        Objects.requireNonNull(fundingRate, "fundingRate must not be null");
        limits = List.copyOf(limits);
    }

    /** The limit of a kind, if the rules set one. */
    public Optional<Limit> limit(LimitKind kind) {
        return limits.stream().filter(l -> l.kind() == kind).findFirst();
    }
}
