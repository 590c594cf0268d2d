package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of a funding call in force on one decision date: the fact the rules read
 * instead of literals. Obtained from {@link FundingCall#termsOn(LocalDate)}.
 *
 * @param callId the call; not null
 * @param callVersion the version of the call's parameters; not null
 * @param decisionDate the date the terms are in force on; not null
 * @param fundingRate the highest share of eligible costs, such as 0.80; not null
 * @param maxGrant the highest grant in EUR; not null
 * @param maxDurationMonths the longest project duration in months
 * @param eligibleCostCategories the cost categories funded; not null, copied
 * @param eligibleLegalForms the legal forms that may apply; not null, copied
 * @param seatState the Land the seat must be in; not null
 * @param districts the districts of that Land; not null, copied
 * @param grantRounding how the grant is rounded; not null
 * @param minGrant the least grant that is granted at all; not null
 * @param deMinimisRegulations all de-minimis regulations of the call, in force or not; not null, copied
 */
public record CallTerms(String callId, String callVersion, LocalDate decisionDate, BigDecimal fundingRate,
        BigDecimal maxGrant, int maxDurationMonths, Set<CostCategory> eligibleCostCategories,
        Set<LegalForm> eligibleLegalForms, String seatState, Set<String> districts, GrantRounding grantRounding,
        BigDecimal minGrant, List<DeMinimisRegulation> deMinimisRegulations) {
    public CallTerms {
        Objects.requireNonNull(callId, "callId must not be null");
        Objects.requireNonNull(callVersion, "callVersion must not be null");
        Objects.requireNonNull(decisionDate, "decisionDate must not be null");
        Objects.requireNonNull(fundingRate, "fundingRate must not be null");
        Checks.require("fundingRate", Checks.rate(fundingRate));
        Checks.require("maxGrant", Checks.money(Objects.requireNonNull(maxGrant, "maxGrant must not be null"), false));
        Checks.require("maxDurationMonths", Checks.between(maxDurationMonths, 1, Checks.MAX_DURATION_MONTHS));
        eligibleCostCategories = Set.copyOf(eligibleCostCategories);
        eligibleLegalForms = Set.copyOf(eligibleLegalForms);
        Objects.requireNonNull(seatState, "seatState must not be null");
        districts = Set.copyOf(districts);
        Objects.requireNonNull(grantRounding, "grantRounding must not be null");
        Checks.require("minGrant", Checks.money(Objects.requireNonNull(minGrant, "minGrant must not be null"), false));
        deMinimisRegulations = List.copyOf(deMinimisRegulations);
    }
}
