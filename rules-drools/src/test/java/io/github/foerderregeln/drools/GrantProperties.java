package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * What holds for every grant, whatever the application (docs/rules.md: What an assessment returns,
 * Rules, Arithmetic): it is a whole number of euros between 0.00 and the lowest limit, 0.00 when
 * ineligible, and it does not depend on costs the call does not fund or on the order of the cost plan.
 */
class GrantProperties {
    private static final FundingRules RULES = FundingRules.load();
    private static final BigDecimal CEILING = new BigDecimal("200000.00");
    private static final String COST_CATEGORY = "RDZ-COST-CATEGORY";

    @Property
    void grantIsNeverNegativeAndAlwaysWholeEuros(@ForAll("applications") Application application) {
        BigDecimal grant = RULES.assess(application).grant();

        assertThat(grant.signum()).isNotNegative();
        assertThat(grant.scale()).isEqualTo(2);
        assertThat(grant.remainder(BigDecimal.ONE)).as("cents of %s", grant).isEqualByComparingTo("0.00");
    }

    @Property
    void aGrantBelowTheMinimumOfOneEuroIsNeverGivenOnlyRefused(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);

        if (assessment.outcome() == Outcome.INELIGIBLE) {
            assertThat(assessment.grant()).isEqualByComparingTo("0.00");
        } else {
            assertThat(assessment.grant()).isGreaterThanOrEqualTo(new BigDecimal("1.00"));
        }
    }

    @Property
    void grantIsNeverAboveAnyLimitTheEligibleCostsTheCeilingOrTheAmountRequested(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);
        BigDecimal grant = assessment.grant();

        // A limit of 0.00 or less leaves a grant of 0.00 (spec 5.2: "0.00 if that is <= 0").
        for (Limit limit : assessment.amounts().limits()) {
            assertThat(grant).as(limit.toString()).isLessThanOrEqualTo(limit.amount().max(BigDecimal.ZERO));
        }
        assertThat(grant).isLessThanOrEqualTo(assessment.amounts().eligibleCosts())
                .isLessThanOrEqualTo(CEILING)
                .isLessThanOrEqualTo(application.requestedGrant());
    }

    @Property
    void grantFallsShortOfTheLowestLimitByLessThanOneEuroUnlessIneligible(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);
        BigDecimal lowest = assessment.amounts().limits().stream().map(Limit::amount).min(BigDecimal::compareTo).orElseThrow();

        // Rounding down to whole euros (spec 1, grant rounding) loses less than 1.00, and never rounds up.
        if (assessment.outcome() != Outcome.INELIGIBLE && lowest.signum() > 0) {
            assertThat(lowest.subtract(assessment.grant())).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThan(BigDecimal.ONE);
        }
    }

    @Property
    void ineligibleApplicationsGetAGrantOfZero(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);

        if (assessment.outcome() == Outcome.INELIGIBLE) {
            assertThat(assessment.grant()).isEqualTo(new BigDecimal("0.00"));
            assertThat(assessment.amounts().fundingRate()).isEqualTo(new BigDecimal("0.0000"));
        }
    }

    @Property
    void ownShareIsEligibleCostsLessGrantAndOtherFundingButNeverNegative(@ForAll("applications") Application application) {
        Amounts amounts = RULES.assess(application).amounts();
        BigDecimal uncovered = amounts.eligibleCosts().subtract(amounts.grant()).subtract(application.otherFunding().total());

        assertThat(amounts.ownShare().signum()).isNotNegative();
        assertThat(amounts.ownShare()).isEqualByComparingTo(uncovered.max(BigDecimal.ZERO));
        assertThat(amounts.ownShare().scale()).isEqualTo(2);
    }

    @Property
    void totalCostsAreEligiblePlusNonEligibleCosts(@ForAll("applications") Application application) {
        Amounts amounts = RULES.assess(application).amounts();
        BigDecimal sumOfItems = BigDecimal.ZERO;
        for (CostItem item : application.costs()) {
            sumOfItems = sumOfItems.add(item.amount());
        }

        assertThat(amounts.totalCosts()).isEqualTo(amounts.eligibleCosts().add(amounts.nonEligibleCosts()));
        assertThat(amounts.totalCosts()).isEqualByComparingTo(sumOfItems);
    }

    @Property
    void anItemOfACategoryTheCallDoesNotFundAddsOnlyAWarningAndToTheTotal(
            @ForAll("applications") Application application, @ForAll("excludedItems") CostItem item) {
        List<CostItem> costs = new ArrayList<>(application.costs());
        costs.add(item);
        Assessment before = RULES.assess(application);
        Assessment after = RULES.assess(withCosts(application, costs));

        assertThat(after.outcome()).isEqualTo(before.outcome());
        Amounts was = before.amounts();
        assertThat(after.amounts()).isEqualTo(new Amounts(was.totalCosts().add(item.amount()), was.eligibleCosts(),
                was.nonEligibleCosts().add(item.amount()), was.grant(), was.ownShare(), was.fundingRate(), was.limits(),
                was.binding()));
        List<Finding> added = new ArrayList<>(after.findings());
        for (Finding finding : before.findings()) {
            assertThat(added.remove(finding)).as("still there: %s", finding).isTrue();
        }
        assertThat(added).singleElement().satisfies(warning -> {
            assertThat(warning.ruleId()).isEqualTo(COST_CATEGORY);
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.figures()).contains(Map.entry("item", costs.size()), Map.entry("category", item.category()),
                    Map.entry("amount", item.amount()));
        });
        assertThat(new HashSet<>(after.rulesFired())).isEqualTo(new HashSet<>(before.rulesFired()));
    }

    /**
     * The cost plan is a set of items: its order changes nothing but the numbers the
     * RDZ-COST-CATEGORY warnings give the excluded items, which follow the items to their new places.
     */
    @Property
    void theOrderOfTheCostItemsChangesNothingButTheItemNumbersInWarnings(
            @ForAll("reorderedCostPlans") Tuple2<Application, Application> applications) {
        Assessment before = RULES.assess(applications.get1());
        Application reordered = applications.get2();
        Assessment after = RULES.assess(reordered);

        assertThat(withoutItemWarnings(after)).isEqualTo(withoutItemWarnings(before));
        assertThat(itemWarnings(after)).extracting(warning -> warning.figures().get("description"))
                .containsExactlyInAnyOrderElementsOf(itemWarnings(before).stream()
                        .map(warning -> warning.figures().get("description")).toList());
        for (Finding warning : itemWarnings(after)) {
            CostItem item = reordered.costs().get((Integer) warning.figures().get("item") - 1);
            assertThat(warning.figures()).contains(Map.entry("category", item.category()),
                    Map.entry("amount", item.amount()), Map.entry("description", item.description()));
        }
        if (itemWarnings(before).isEmpty()) {
            assertThat(after).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Application> applications() {
        return ApplicationGenerators.applications();
    }

    @Provide
    Arbitrary<CostItem> excludedItems() {
        Arbitrary<CostCategory> category = Arbitraries.of(CostCategory.INVESTMENT, CostCategory.OTHER);
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500000.00"))
                .ofScale(2).edgeCases(edges -> edges.add(new BigDecimal("0.01")));
        return Combinators.combine(category, amount).as((c, a) -> new CostItem(c, a, "nicht förderfähig"));
    }

    @Provide
    Arbitrary<Tuple2<Application, Application>> reorderedCostPlans() {
        return ApplicationGenerators.applications().filter(application -> application.costs().size() > 1)
                .flatMap(application -> Arbitraries.shuffle(application.costs())
                        .map(costs -> Tuple.of(application, withCosts(application, costs))));
    }

    private static Application withCosts(Application application, List<CostItem> costs) {
        return new Application(application.id(), application.callId(), application.decisionDate(), application.applicant(),
                application.project(), costs, application.otherFunding(), application.requestedGrant(), application.boardVote());
    }

    private static List<Finding> itemWarnings(Assessment assessment) {
        return assessment.findings(COST_CATEGORY);
    }

    private static Assessment withoutItemWarnings(Assessment assessment) {
        List<Finding> others = assessment.findings().stream().filter(finding -> !finding.ruleId().equals(COST_CATEGORY)).toList();
        return new Assessment(assessment.applicationId(), assessment.callId(), assessment.callVersion(), assessment.ruleSet(),
                assessment.outcome(), assessment.amounts(), others, assessment.rulesFired());
    }
}
