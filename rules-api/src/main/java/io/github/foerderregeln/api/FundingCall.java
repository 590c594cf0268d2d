package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A funding call (Förderaufruf) and its parameters. Every rate, cap, duration and list the rules
 * use is here, each with its validity dates and source, so that a policy change is a change of
 * data, not of rules.
 *
 * @param id the call's identifier, such as {@code rdz-lsa-2018}; not null, not blank
 * @param title its title; not null
 * @param version the version of its parameters, reported with every assessment; not null, not blank
 * @param fundingRate the highest share of eligible costs the grant may cover (Förderquote), such as 0.80; not null
 * @param maxGrant the highest grant in EUR (Höchstbetrag); not null
 * @param maxDurationMonths the longest project duration in months; not null
 * @param eligibleCostCategories the cost categories the call funds; not null
 * @param eligibleLegalForms the legal forms that may apply; not null
 * @param seatState the Land an applicant's seat must be in; not null
 * @param districts the districts (Landkreise, kreisfreie Städte) of that Land; not null
 * @param grantRounding how the grant is rounded; not null
 * @param minGrant the least grant that is granted at all (below it no Bescheid is issued); not null
 * @param deMinimisRegulations the de-minimis regulations that apply to undertakings; not null, copied
 * @param settlement the parameters of the settlement after the decision; null when the call settles nothing
 */
public record FundingCall(String id, String title, String version,
        DatedValues<BigDecimal> fundingRate,
        DatedValues<BigDecimal> maxGrant,
        DatedValues<Integer> maxDurationMonths,
        DatedValues<Set<CostCategory>> eligibleCostCategories,
        DatedValues<Set<LegalForm>> eligibleLegalForms,
        DatedValues<String> seatState,
        DatedValues<Set<String>> districts,
        DatedValues<GrantRounding> grantRounding,
        DatedValues<BigDecimal> minGrant,
        List<DeMinimisRegulation> deMinimisRegulations,
        io.github.foerderregeln.api.settlement.SettlementParameters settlement) {
    public FundingCall {
        Checks.require("id", Checks.notBlank(id));
        Objects.requireNonNull(title, "title must not be null");
        Checks.require("version", Checks.notBlank(version));
        Stream.of(fundingRate, maxGrant, maxDurationMonths, eligibleCostCategories, eligibleLegalForms,
                seatState, districts, grantRounding, minGrant).forEach(p -> Objects.requireNonNull(p, "parameters must not be null"));
        deMinimisRegulations = List.copyOf(deMinimisRegulations);
    }

    /** A call without settlement parameters. */
    public FundingCall(String id, String title, String version, DatedValues<BigDecimal> fundingRate,
            DatedValues<BigDecimal> maxGrant, DatedValues<Integer> maxDurationMonths,
            DatedValues<Set<CostCategory>> eligibleCostCategories, DatedValues<Set<LegalForm>> eligibleLegalForms,
            DatedValues<String> seatState, DatedValues<Set<String>> districts, DatedValues<GrantRounding> grantRounding,
            DatedValues<BigDecimal> minGrant, List<DeMinimisRegulation> deMinimisRegulations) {
        this(id, title, version, fundingRate, maxGrant, maxDurationMonths, eligibleCostCategories, eligibleLegalForms,
                seatState, districts, grantRounding, minGrant, deMinimisRegulations, null);
    }

    /**
     * The settlement parameters in force on a grant decision's date, or empty when the call has none
     * or a parameter has no value yet on that day.
     */
    public Optional<io.github.foerderregeln.api.settlement.SettlementTerms> settlementTermsOn(LocalDate decisionDate) {
        return settlement == null ? Optional.empty() : settlement.termsOn(id, version, decisionDate);
    }

    /** The first decision date for which every parameter has a value. */
    public LocalDate inForceFrom() {
        return parameters().map(DatedValues::firstValidFrom).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * The parameters in force on {@code decisionDate}, or empty when that date is before
     * {@link #inForceFrom()}.
     */
    public Optional<CallTerms> termsOn(LocalDate decisionDate) {
        if (decisionDate.isBefore(inForceFrom())) {
            return Optional.empty();
        }
        return Optional.of(new CallTerms(id, version, decisionDate,
                valueOn(fundingRate, decisionDate),
                valueOn(maxGrant, decisionDate),
                valueOn(maxDurationMonths, decisionDate),
                valueOn(eligibleCostCategories, decisionDate),
                valueOn(eligibleLegalForms, decisionDate),
                valueOn(seatState, decisionDate),
                valueOn(districts, decisionDate),
                valueOn(grantRounding, decisionDate),
                valueOn(minGrant, decisionDate),
                deMinimisRegulations));
    }

    /** Every dated parameter, in the order of the record. */
    public Stream<DatedValues<?>> parameters() {
        return Stream.of(fundingRate, maxGrant, maxDurationMonths, eligibleCostCategories, eligibleLegalForms,
                seatState, districts, grantRounding, minGrant);
    }

    private static <T> T valueOn(DatedValues<T> parameter, LocalDate date) {
        return parameter.inForceOn(date).orElseThrow().value();
    }
}
