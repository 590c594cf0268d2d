package io.github.foerderregeln.drools.reference;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Project;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A second, independent implementation of the call {@code rdz-lsa-2018}, written in plain Java
 * from the rules as docs/rules.md states them (as of the 2026-12-01 changes). It shares nothing with the engine but the input records: no DRL, no call data file, no
 * {@code CallTerms}, {@code Rounding} or {@code Messages}. The call's parameters are written out
 * here a second time on purpose, so that a wrong value in the call data shows up as a mismatch.
 *
 * <p>It answers what the differential tests compare (outcome, amounts, limits, binding limit,
 * findings as rule id and severity, rules fired), not the messages. It is immutable and
 * thread-safe, and written as the plain-Java baseline of the benchmarks: loops, no streams, and
 * the shared results (rule-id sets, finding keys) built once.
 */
public final class ReferenceAssessor {
    /** The one call this implementation knows. */
    public static final String CALL_ID = "rdz-lsa-2018";

    // Call parameters of rdz-lsa-2018, in force from 2017-12-01 (docs/rules.md, "The call").
    private static final LocalDate FIRST_DECISION_DATE = LocalDate.of(2017, 12, 1);
    private static final BigDecimal FUNDING_RATE = new BigDecimal("0.80");
    private static final BigDecimal MAX_GRANT = new BigDecimal("200000.00");
    private static final BigDecimal MIN_GRANT = new BigDecimal("1.00");
    private final BigDecimal fundingRate;
    private final BigDecimal maxGrant;
    private static final int MAX_DURATION_MONTHS = 24;
    private static final Set<LegalForm> ELIGIBLE_LEGAL_FORMS = EnumSet.of(
            LegalForm.GEMEINDE, LegalForm.VERBANDSGEMEINDE, LegalForm.LANDKREIS, LegalForm.KREISFREIE_STADT,
            LegalForm.ZWECKVERBAND, LegalForm.ANSTALT_OEFFENTLICHEN_RECHTS, LegalForm.KOERPERSCHAFT_OEFFENTLICHEN_RECHTS,
            LegalForm.EINGETRAGENER_VEREIN, LegalForm.GMBH, LegalForm.AG, LegalForm.GENOSSENSCHAFT, LegalForm.STIFTUNG);
    private static final String SEAT_STATE = "ST";
    // docs/rules.md, "Districts": the 11 Landkreise and 3 kreisfreie Städte since 1 July 2007.
    private static final Set<String> DISTRICTS = Set.of(
            "Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde", "Burgenlandkreis", "Harz", "Jerichower Land",
            "Mansfeld-Südharz", "Saalekreis", "Salzlandkreis", "Stendal", "Wittenberg",
            "Dessau-Roßlau", "Halle (Saale)", "Magdeburg");

    // Regulation (EU) 1407/2013: three fiscal (calendar) years, 200,000 EUR.
    private static final LocalDate REG_1407_FROM = LocalDate.of(2014, 1, 1);
    private static final LocalDate REG_1407_UNTIL = LocalDate.of(2023, 12, 31);
    private static final BigDecimal REG_1407_CEILING = new BigDecimal("200000.00");
    // Regulation (EU) 2023/2831: any three years ending on the decision date, 300,000 EUR.
    private static final LocalDate REG_2831_FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate REG_2831_UNTIL = LocalDate.of(2030, 12, 31);
    private static final BigDecimal REG_2831_CEILING = new BigDecimal("300000.00");

    private static final int MAX_ITEMS = 1000;
    private static final BigDecimal ZERO_MONEY = new BigDecimal("0.00");
    private static final BigDecimal ZERO_RATE = new BigDecimal("0.0000");

    static final String FORM = "RDZ-APPLICANT-FORM";
    static final String SEAT = "RDZ-APPLICANT-SEAT";
    static final String DURATION = "RDZ-PERIOD-DURATION";
    static final String EARLY_START = "RDZ-EARLY-START";
    static final String CATEGORY = "RDZ-COST-CATEGORY";
    static final String NONE_ELIGIBLE = "RDZ-COST-NONE-ELIGIBLE";
    static final String SUSTAINABILITY = "RDZ-SUSTAINABILITY";
    static final String TASKS = "RDZ-TASKS";
    static final String NETWORK = "RDZ-NETWORK";
    static final String VOTE = "RDZ-BOARD-VOTE";
    static final String RATE = "RDZ-GRANT-RATE";
    static final String CEILING = "RDZ-GRANT-CEILING";
    static final String REQUESTED = "RDZ-GRANT-REQUESTED";
    static final String DOUBLE_FUNDING = "RDZ-GRANT-NO-DOUBLE-FUNDING";
    static final String DEMINIMIS = "RDZ-DEMINIMIS";
    static final String ROUNDING = "RDZ-GRANT-ROUNDING";
    static final String MINIMUM = "RDZ-GRANT-MINIMUM";
    static final String DECLARATION = "RDZ-DEMINIMIS-DECLARATION";

    private static final RuleFinding FORM_ERROR = new RuleFinding(FORM, Severity.ERROR);
    private static final RuleFinding SEAT_ERROR = new RuleFinding(SEAT, Severity.ERROR);
    private static final RuleFinding SEAT_WARNING = new RuleFinding(SEAT, Severity.WARNING);
    private static final RuleFinding DURATION_ERROR = new RuleFinding(DURATION, Severity.ERROR);
    private static final RuleFinding EARLY_START_ERROR = new RuleFinding(EARLY_START, Severity.ERROR);
    private static final RuleFinding EARLY_START_INFO = new RuleFinding(EARLY_START, Severity.INFO);
    private static final RuleFinding CATEGORY_WARNING = new RuleFinding(CATEGORY, Severity.WARNING);
    private static final RuleFinding NONE_ELIGIBLE_ERROR = new RuleFinding(NONE_ELIGIBLE, Severity.ERROR);
    private static final RuleFinding SUSTAINABILITY_MISSING = new RuleFinding(SUSTAINABILITY, Severity.MISSING);
    private static final RuleFinding TASKS_MISSING = new RuleFinding(TASKS, Severity.MISSING);
    private static final RuleFinding NETWORK_WARNING = new RuleFinding(NETWORK, Severity.WARNING);
    private static final RuleFinding VOTE_ERROR = new RuleFinding(VOTE, Severity.ERROR);
    private static final RuleFinding VOTE_INFO = new RuleFinding(VOTE, Severity.INFO);
    private static final RuleFinding DOUBLE_FUNDING_ERROR = new RuleFinding(DOUBLE_FUNDING, Severity.ERROR);
    private static final RuleFinding DEMINIMIS_ERROR = new RuleFinding(DEMINIMIS, Severity.ERROR);
    private static final RuleFinding MINIMUM_ERROR = new RuleFinding(MINIMUM, Severity.ERROR);
    private static final RuleFinding DECLARATION_WARNING = new RuleFinding(DECLARATION, Severity.WARNING);
    /** The INFO naming the binding limit, by {@link LimitKind} ordinal. */
    private static final RuleFinding[] BINDING_INFO = {
        new RuleFinding(RATE, Severity.INFO), new RuleFinding(CEILING, Severity.INFO),
        new RuleFinding(REQUESTED, Severity.INFO), new RuleFinding(DOUBLE_FUNDING, Severity.INFO),
        new RuleFinding(DEMINIMIS, Severity.INFO)};

    // Every check has a rule for the case it passes, so these always fire (project decision).
    private static final Set<String> ALWAYS_FIRED = Set.of(FORM, SEAT, DURATION, EARLY_START, CATEGORY, NONE_ELIGIBLE,
            SUSTAINABILITY, TASKS, NETWORK, VOTE, RATE, CEILING, REQUESTED, DOUBLE_FUNDING);
    private static final Set<String> FIRED_WITH_GRANT = with(with(ALWAYS_FIRED, ROUNDING), MINIMUM);
    private static final Set<String> FIRED_DECLARED_WITH_GRANT = with(FIRED_WITH_GRANT, DECLARATION);
    private static final Set<String> FIRED_UNDERTAKING = with(ALWAYS_FIRED, DEMINIMIS);
    private static final Set<String> FIRED_UNDERTAKING_WITH_GRANT = with(with(FIRED_UNDERTAKING, ROUNDING), MINIMUM);

    /** The call as published: 80 % of the eligible costs, at most 200,000.00 EUR. */
    public ReferenceAssessor() {
        this(FUNDING_RATE, MAX_GRANT);
    }

    /**
     * The call with another funding rate and ceiling, everything else as published: what a
     * policy diff's candidate that edits only these two parameters must decide.
     *
     * @param fundingRate the share of the eligible costs, such as {@code 0.90}; not null
     * @param maxGrant the ceiling of the grant, such as {@code 250000.00}; not null
     */
    public ReferenceAssessor(BigDecimal fundingRate, BigDecimal maxGrant) {
        this.fundingRate = java.util.Objects.requireNonNull(fundingRate, "fundingRate must not be null");
        this.maxGrant = java.util.Objects.requireNonNull(maxGrant, "maxGrant must not be null");
    }

    /**
     * Assesses one application of the call {@code rdz-lsa-2018}.
     *
     * @param application the application; not null
     * @return what the rules decide
     * @throws InvalidApplicationException for another call, a decision date before 2017-12-01, or more than
     *         1000 cost items or aid entries
     */
    public Result assess(Application application) {
        validate(application);
        Applicant applicant = application.applicant();
        Project project = application.project();
        LocalDate decisionDate = application.decisionDate();
        List<RuleFinding> findings = new ArrayList<>(8);

        // Spec 4 and 5, RDZ-APPLICANT-FORM: legal persons only.
        if (!ELIGIBLE_LEGAL_FORMS.contains(applicant.legalForm())) {
            findings.add(FORM_ERROR);
        }
        // RDZ-APPLICANT-SEAT: seat in Sachsen-Anhalt; a district that is given must be spelt as in 5.1, whatever the state.
        if (!SEAT_STATE.equals(applicant.state())) {
            findings.add(SEAT_ERROR);
        }
        if (applicant.district() != null && !DISTRICTS.contains(applicant.district())) {
            findings.add(SEAT_WARNING);
        }

        // RDZ-PERIOD-DURATION, §§ 187 (2), 188 (2) and (3) BGB: the day before the day of the same number
        // 24 months on; where that month has no such day, its last day.
        LocalDate start = project.start();
        java.time.YearMonth lastMonth = java.time.YearMonth.from(start).plusMonths(MAX_DURATION_MONTHS);
        LocalDate lastAllowed = start.getDayOfMonth() <= lastMonth.lengthOfMonth()
                ? lastMonth.atDay(start.getDayOfMonth()).minusDays(1) : lastMonth.atEndOfMonth();
        if (project.end().isAfter(lastAllowed)) {
            findings.add(DURATION_ERROR);
        }
        // RDZ-EARLY-START (VV Nr. 1.3 zu § 44 LHO): a start before the decision needs an approval on or before the start.
        LocalDate approvedOn = project.earlyStartApprovedOn();
        if (project.start().isBefore(decisionDate) && (approvedOn == null || approvedOn.isAfter(project.start()))) {
            findings.add(EARLY_START_ERROR);
        }
        if (approvedOn != null && !approvedOn.isAfter(project.start())) {
            findings.add(EARLY_START_INFO);
        }

        // RDZ-COST-CATEGORY: only personnel and material costs are eligible; one warning per other item.
        BigDecimal totalCosts = ZERO_MONEY;
        BigDecimal eligibleCosts = ZERO_MONEY;
        List<CostItem> costs = application.costs();
        for (int i = 0, n = costs.size(); i < n; i++) {
            CostItem item = costs.get(i);
            totalCosts = totalCosts.add(item.amount());
            if (item.category() == CostCategory.PERSONNEL || item.category() == CostCategory.MATERIAL) {
                eligibleCosts = eligibleCosts.add(item.amount());
            } else {
                findings.add(CATEGORY_WARNING);
            }
        }
        if (eligibleCosts.signum() == 0) {
            findings.add(NONE_ELIGIBLE_ERROR);
        }

        if (!project.sustainabilityConcept()) {
            findings.add(SUSTAINABILITY_MISSING);
        }
        if (project.tasks().isEmpty()) {
            findings.add(TASKS_MISSING);
        }
        if (!project.partners().contains(PartnerSector.BUSINESS) && !project.partners().contains(PartnerSector.SCIENCE)) {
            findings.add(NETWORK_WARNING);
        }
        if (application.boardVote() == BoardVote.NEGATIVE) {
            findings.add(VOTE_ERROR);
        } else if (application.boardVote() == BoardVote.PENDING) {
            findings.add(VOTE_INFO);
        }

        // The limits of spec 5 and 5.2, exact: 0.80 x eligible keeps its four decimals.
        BigDecimal otherFunding = application.otherFunding().thirdParty().add(application.otherFunding().otherPublic());
        BigDecimal rateLimit = eligibleCosts.multiply(fundingRate);
        BigDecimal requestedLimit = application.requestedGrant();
        BigDecimal doubleFundingLimit = eligibleCosts.subtract(otherFunding);
        if (otherFunding.signum() > 0 && doubleFundingLimit.signum() <= 0) {
            findings.add(DOUBLE_FUNDING_ERROR);
        }

        // RDZ-DEMINIMIS, undertakings only: the headroom under the ceiling of the regulation in force.
        BigDecimal headroom = null;
        boolean grantComputed = true;
        if (applicant.economicActivity()) {
            List<DeMinimisAid> aid = applicant.deMinimisAid();
            if (!decisionDate.isBefore(REG_1407_FROM) && !decisionDate.isAfter(REG_1407_UNTIL)) {
                // Art. 3(2) 1407/2013: the current fiscal year up to the decision date and the two before it.
                int lastYear = decisionDate.getYear();
                int firstYear = lastYear - 2;
                BigDecimal prior = ZERO_MONEY;
                for (int i = 0, n = aid.size(); i < n; i++) {
                    int year = aid.get(i).grantedOn().getYear();
                    if (year >= firstYear && year <= lastYear && !aid.get(i).grantedOn().isAfter(decisionDate)) {
                        prior = prior.add(aid.get(i).amount());
                    }
                }
                headroom = REG_1407_CEILING.subtract(prior);
            } else if (!decisionDate.isBefore(REG_2831_FROM) && !decisionDate.isAfter(REG_2831_UNTIL)) {
                // Art. 3(2) 2023/2831: any period of three years, here the one ending on the decision date.
                LocalDate threeYearsBefore = decisionDate.minusYears(3);
                BigDecimal prior = ZERO_MONEY;
                for (int i = 0, n = aid.size(); i < n; i++) {
                    LocalDate grantedOn = aid.get(i).grantedOn();
                    if (grantedOn.isAfter(threeYearsBefore) && !grantedOn.isAfter(decisionDate)) {
                        prior = prior.add(aid.get(i).amount());
                    }
                }
                headroom = REG_2831_CEILING.subtract(prior);
            } else {
                // No regulation of the call covers the decision date: no de-minimis aid can be granted.
                findings.add(DEMINIMIS_ERROR);
                grantComputed = false;
            }
            if (headroom != null && headroom.signum() <= 0) {
                findings.add(DEMINIMIS_ERROR);
            }
        } else if (!applicant.deMinimisAid().isEmpty()) {
            findings.add(DECLARATION_WARNING);
        }

        // RDZ-GRANT-ROUNDING: the lowest limit; on a tie the first in LimitKind order; rounded down to whole euros.
        LimitKind binding = null;
        BigDecimal computedGrant = null;
        BigDecimal bindingLimit = null;
        if (grantComputed) {
            binding = LimitKind.RATE;
            BigDecimal lowest = rateLimit;
            if (maxGrant.compareTo(lowest) < 0) {
                binding = LimitKind.CEILING;
                lowest = maxGrant;
            }
            if (requestedLimit.compareTo(lowest) < 0) {
                binding = LimitKind.REQUESTED;
                lowest = requestedLimit;
            }
            if (doubleFundingLimit.compareTo(lowest) < 0) {
                binding = LimitKind.NO_DOUBLE_FUNDING;
                lowest = doubleFundingLimit;
            }
            if (headroom != null && headroom.compareTo(lowest) < 0) {
                binding = LimitKind.DEMINIMIS;
                lowest = headroom;
            }
            BigDecimal wholeEuros = lowest.setScale(0, RoundingMode.DOWN);
            computedGrant = wholeEuros.signum() > 0 ? wholeEuros.setScale(2) : ZERO_MONEY;
            // RDZ-GRANT-MINIMUM: a lowest limit above zero that leaves less than 1.00 EUR.
            if (lowest.signum() > 0 && computedGrant.compareTo(MIN_GRANT) < 0) {
                findings.add(MINIMUM_ERROR);
            }
            bindingLimit = lowest;
        }

        // Spec 3: ERROR before MISSING before a vote that is not positive.
        boolean error = false;
        boolean missing = false;
        for (int i = 0, n = findings.size(); i < n; i++) {
            Severity severity = findings.get(i).severity();
            error |= severity == Severity.ERROR;
            missing |= severity == Severity.MISSING;
        }
        Outcome outcome = error ? Outcome.INELIGIBLE
                : missing ? Outcome.INCOMPLETE
                : application.boardVote() == BoardVote.POSITIVE ? Outcome.ELIGIBLE : Outcome.PENDING_BOARD_VOTE;

        // Every limit equal to the lowest binds, and says so, unless the application is ineligible.
        if (outcome != Outcome.INELIGIBLE && computedGrant != null && computedGrant.signum() > 0) {
            BigDecimal[] all = {rateLimit, maxGrant, requestedLimit, doubleFundingLimit, headroom};
            for (int k = 0; k < all.length; k++) {
                if (all[k] != null && all[k].compareTo(bindingLimit) == 0) {
                    findings.add(BINDING_INFO[k]);
                }
            }
        }
        if (outcome == Outcome.INELIGIBLE) {
            binding = null;
        }
        BigDecimal grant = outcome == Outcome.INELIGIBLE ? ZERO_MONEY : computedGrant;
        BigDecimal ownShare = eligibleCosts.subtract(grant).subtract(otherFunding);
        if (ownShare.signum() < 0) {
            ownShare = ZERO_MONEY;
        }
        BigDecimal fundingRate = eligibleCosts.signum() == 0 ? ZERO_RATE : grant.divide(eligibleCosts, 4, RoundingMode.HALF_UP);
        findings.sort(null);
        Set<String> fired = applicant.economicActivity()
                ? grantComputed ? FIRED_UNDERTAKING_WITH_GRANT : FIRED_UNDERTAKING
                : applicant.deMinimisAid().isEmpty() ? FIRED_WITH_GRANT : FIRED_DECLARED_WITH_GRANT;
        if (grantComputed && bindingLimit.signum() <= 0) {
            // RDZ-GRANT-MINIMUM speaks only of a lowest limit above zero: at zero or below another error speaks.
            fired = without(fired, MINIMUM);
        }
        return new Result(outcome, totalCosts, eligibleCosts, totalCosts.subtract(eligibleCosts), grant, ownShare,
                fundingRate, new Limits(cents(rateLimit), maxGrant, requestedLimit, doubleFundingLimit, headroom), binding,
                findings, fired);
    }

    private static void validate(Application application) {
        if (CALL_ID.equals(application.callId()) && !application.decisionDate().isBefore(FIRST_DECISION_DATE)
                && application.costs().size() <= MAX_ITEMS && application.applicant().deMinimisAid().size() <= MAX_ITEMS) {
            return;
        }
        List<Problem> problems = new ArrayList<>(1);
        if (!CALL_ID.equals(application.callId())) {
            problems.add(new Problem("call", "unknown call id '" + application.callId() + "'"));
        } else if (application.decisionDate().isBefore(FIRST_DECISION_DATE)) {
            problems.add(new Problem("decisionDate", "is before " + FIRST_DECISION_DATE));
        }
        if (application.costs().size() > MAX_ITEMS) {
            problems.add(new Problem("costs", "more than " + MAX_ITEMS + " entries"));
        }
        if (application.applicant().deMinimisAid().size() > MAX_ITEMS) {
            problems.add(new Problem("applicant.deMinimisAid", "more than " + MAX_ITEMS + " entries"));
        }
        throw new InvalidApplicationException(application.id(), problems);
    }

    /** A limit as it is reported: cut to the cent. Only the rate limit can have more decimals. */
    private static BigDecimal cents(BigDecimal limit) {
        return limit.setScale(2, RoundingMode.DOWN);
    }

    private static Set<String> without(Set<String> ids, String id) {
        List<String> all = new ArrayList<>(ids);
        all.remove(id);
        return Set.copyOf(all);
    }

    private static Set<String> with(Set<String> ids, String id) {
        List<String> all = new ArrayList<>(ids);
        all.add(id);
        return Set.copyOf(all);
    }
}
