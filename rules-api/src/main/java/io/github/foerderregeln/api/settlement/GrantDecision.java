package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The key data of a grant decision (Zuwendungsbescheid) under Anteilfinanzierung.
 *
 * @param id the application's id; not null, not blank
 * @param callId the funding call; not null, not blank
 * @param decisionDate the day of the decision; not null
 * @param recipient the recipient; not null
 * @param grant the grant decided, a maximum (Höchstbetrag), in EUR, greater than 0; not null
 * @param fundingRate the Förderquote, above 0 and at most 1, at most four decimals; not null
 * @param approvedExpenditure the approved eligible expenditure by category (Finanzierungsplan), each
 *        at least 0.00, at least one above 0.00; not null, copied
 * @param plannedOtherFunding the other funding the plan counts on, at least 0.00; not null
 * @param periodStart the first day of the approval period (Bewilligungszeitraum); not null
 * @param periodEnd its last day, not before the first; not null
 * @param proofDue the day the proof of use is due; null gives {@code periodEnd.plusMonths(6)}
 * @param conditions the ancillary provisions attached; null gives those of the recipient's legal form
 * @param deMinimis the de-minimis statement for an undertaking; null when there is none
 *
 * <p>Invalid components throw an {@link InvalidSettlementException} naming every field that is wrong.
 */
public record GrantDecision(String id, String callId, LocalDate decisionDate, Recipient recipient, BigDecimal grant,
        BigDecimal fundingRate, Map<CostCategory, BigDecimal> approvedExpenditure, BigDecimal plannedOtherFunding,
        LocalDate periodStart, LocalDate periodEnd, LocalDate proofDue, Conditions conditions,
        DeMinimisStatement deMinimis) {
    /** The months after the end of the approval period the proof of use is due when the decision sets no date. */
    public static final int PROOF_DUE_MONTHS = 6;
    /** The decimals of a funding rate as a decision states it. */
    public static final int FUNDING_RATE_DECIMALS = SettlementChecks.FUNDING_RATE_DECIMALS;

    public GrantDecision {
        List<Problem> problems = new ArrayList<>();
        check(problems, "id", Checks.notBlank(id));
        check(problems, "call", Checks.notBlank(callId));
        checkDate(problems, "decisionDate", decisionDate, true);
        if (recipient == null) {
            problems.add(new Problem("recipient", "is required"));
        }
        if (grant == null) {
            problems.add(new Problem("grant", "is required"));
        } else {
            check(problems, "grant", Checks.money(grant, false));
        }
        if (fundingRate == null) {
            problems.add(new Problem("fundingRate", "is required"));
        } else {
            check(problems, "fundingRate", SettlementChecks.fundingRate(fundingRate));
        }
        if (approvedExpenditure == null) {
            problems.add(new Problem("approvedExpenditure", "is required"));
        } else {
            boolean positive = false;
            for (Map.Entry<CostCategory, BigDecimal> e : approvedExpenditure.entrySet()) {
                String field = "approvedExpenditure." + e.getKey();
                if (e.getKey() == null || e.getValue() == null) {
                    problems.add(new Problem("approvedExpenditure", "must not hold null"));
                    continue;
                }
                String problem = Checks.money(e.getValue(), true);
                check(problems, field, problem);
                positive |= problem == null && e.getValue().signum() > 0;
            }
            if (!positive) {
                problems.add(new Problem("approvedExpenditure", "must have at least one category above 0.00"));
            }
        }
        if (plannedOtherFunding == null) {
            problems.add(new Problem("plannedOtherFunding", "is required"));
        } else {
            check(problems, "plannedOtherFunding", Checks.money(plannedOtherFunding, true));
        }
        checkDate(problems, "period.start", periodStart, true);
        checkDate(problems, "period.end", periodEnd, true);
        check(problems, "period.end", Checks.period(periodStart, periodEnd));
        checkDate(problems, "proofDue", proofDue, false);
        if (!problems.isEmpty()) {
            throw new InvalidSettlementException(id == null || id.isBlank() ? null : id, problems);
        }
        grant = Checks.cents(grant);
        Map<CostCategory, BigDecimal> approved = new EnumMap<>(CostCategory.class);
        approvedExpenditure.forEach((category, amount) -> approved.put(category, Checks.cents(amount)));
        approvedExpenditure = Collections.unmodifiableMap(approved);
        plannedOtherFunding = Checks.cents(plannedOtherFunding);
        if (proofDue == null) {
            proofDue = periodEnd.plusMonths(PROOF_DUE_MONTHS);
        }
        if (conditions == null) {
            conditions = Conditions.of(recipient.legalForm());
        }
    }

    /**
     * The decision of an eligible application: see {@link io.github.foerderregeln.api.FundingRules#decide}.
     *
     * @throws io.github.foerderregeln.api.InvalidApplicationException when the assessment is not eligible
     */
    public static GrantDecision of(io.github.foerderregeln.api.Application application,
            io.github.foerderregeln.api.Assessment assessment, io.github.foerderregeln.api.CallTerms terms) {
        if (!assessment.eligible()) {
            throw new io.github.foerderregeln.api.InvalidApplicationException(application.id(), List.of(new Problem(
                    "outcome", "is " + assessment.outcome() + ": only an ELIGIBLE application becomes a grant decision")));
        }
        Map<CostCategory, BigDecimal> approved = new EnumMap<>(CostCategory.class);
        for (io.github.foerderregeln.api.CostItem item : application.costs()) {
            if (terms.eligibleCostCategories().contains(item.category())) {
                approved.merge(item.category(), item.amount(), BigDecimal::add);
            }
        }
        BigDecimal grant = assessment.grant();
        BigDecimal eligible = assessment.amounts().eligibleCosts();
        // Rounded up, so that spending exactly as planned earns the whole grant; the grant stays the maximum.
        BigDecimal rate = grant.divide(eligible, FUNDING_RATE_DECIMALS, java.math.RoundingMode.CEILING)
                .min(BigDecimal.ONE);
        io.github.foerderregeln.api.Applicant applicant = application.applicant();
        DeMinimisStatement deMinimis = null;
        if (applicant.economicActivity()) {
            deMinimis = terms.deMinimisRegulations().stream().filter(r -> r.inForceOn(application.decisionDate()))
                    .findFirst().map(r -> new DeMinimisStatement(r.id().contains("1407/2013") ? AidRegulation.EU_1407_2013
                            : AidRegulation.EU_2023_2831, grant)).orElse(null);
        }
        return new GrantDecision(application.id(), application.callId(), application.decisionDate(),
                new Recipient(applicant.name(), applicant.legalForm()), grant, rate, approved,
                application.otherFunding().total(), application.project().start(), application.project().end(), null,
                null, deMinimis);
    }

    /** The approved amount of {@code category}; 0.00 for a category the plan does not contain. */
    public BigDecimal approved(CostCategory category) {
        return approvedExpenditure.getOrDefault(category, BigDecimal.ZERO.setScale(Checks.MONEY_SCALE));
    }

    /** The approved eligible expenditure of every category together. */
    public BigDecimal approvedTotal() {
        return approvedExpenditure.values().stream().reduce(BigDecimal.ZERO.setScale(Checks.MONEY_SCALE), BigDecimal::add);
    }

    /**
     * The problem with a Förderquote outside (0, 1] or with more than four decimals, or null; the
     * JSON reader asks here too, so the rule is written once.
     */
    public static String fundingRateProblem(BigDecimal rate) {
        return SettlementChecks.fundingRate(rate);
    }

    static void check(List<Problem> problems, String field, String problem) {
        if (problem != null) {
            problems.add(new Problem(field, problem));
        }
    }

    static void checkDate(List<Problem> problems, String field, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                problems.add(new Problem(field, "is required"));
            }
        } else {
            check(problems, field, Checks.date(date));
        }
    }
}
