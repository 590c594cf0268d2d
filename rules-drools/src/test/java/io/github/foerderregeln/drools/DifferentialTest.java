package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import io.github.foerderregeln.drools.reference.RuleFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Drools engine against the plain-Java {@link ReferenceAssessor}, written independently from
 * the same spec: on every generated application they must agree on the outcome, every amount
 * (value and scale), every limit, the binding limit, the findings (rule id and severity) and the
 * rules fired.
 */
class DifferentialTest {
    private static final FundingRules RULES = FundingRules.load();
    private static final ReferenceAssessor REFERENCE = new ReferenceAssessor();

    /**
     * Fresh applications on every build, beyond the fixed corpus below: 2,000 a build explore new
     * ground over time; the 10,000 of the fixed corpus are the ones whose coverage is asserted.
     */
    @Property(tries = 2_000, afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void engineAgreesWithTheReferenceOnEveryGeneratedApplication(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);

        assertThat(List.of(assessment.amounts().totalCosts(), assessment.amounts().eligibleCosts(),
                assessment.amounts().nonEligibleCosts(), assessment.grant(), assessment.amounts().ownShare()))
                .as("money has two decimals").allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
        assertThat(assessment.amounts().fundingRate().scale()).as("the funding rate has four decimals").isEqualTo(4);
        assertThat(Result.of(assessment).differencesFrom(REFERENCE.assess(application)))
                .as("engine against reference for %s", application).isEmpty();
    }

    @Provide
    Arbitrary<Application> applications() {
        return ApplicationGenerators.applications();
    }

    @Test
    void engineAgreesWithTheReferenceOnTheCorpusOfSeed42() {
        List<Application> corpus = ApplicationGenerators.corpus(42, 10_000);
        List<String> mismatches = new ArrayList<>();
        int mismatchCount = 0;
        for (Application application : corpus) {
            List<String> differences = Result.of(RULES.assess(application)).differencesFrom(REFERENCE.assess(application));
            if (!differences.isEmpty()) {
                mismatchCount++;
                if (mismatches.size() < 5) {
                    mismatches.add(application.id() + ": " + String.join("; ", differences) + "\n    " + application);
                }
            }
        }
        assertThat(mismatches).as("%d of %d applications differ; the first ones", mismatchCount, corpus.size()).isEmpty();
    }

    /**
     * The comparison above proves little unless the generated applications reach every outcome,
     * every binding limit, requests of less than 2 EUR and starts at a month's end. Counted on the reference,
     * which the test above holds equal to the engine.
     */
    @Test
    void corpusOfSeed42ReachesEveryOutcomeBindingLimitAndFinding() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<LimitKind, Integer> bindings = new EnumMap<>(LimitKind.class);
        Map<RuleFinding, Integer> findings = new HashMap<>();
        int noGrantComputed = 0;
        int belowTwoEuros = 0;
        int monthEndStarts = 0;
        int fractionalRateLimit = 0;
        for (Application application : ApplicationGenerators.corpus(42, 10_000)) {
            Result result = REFERENCE.assess(application);
            outcomes.merge(result.outcome(), 1, Integer::sum);
            if (!result.rulesFired().contains("RDZ-GRANT-ROUNDING")) {
                noGrantComputed++;
            }
            if (result.binding() != null) {
                bindings.merge(result.binding(), 1, Integer::sum);
            }
            for (RuleFinding finding : result.findings()) {
                findings.merge(finding, 1, Integer::sum);
            }
            if (application.requestedGrant().compareTo(new BigDecimal("2.00")) < 0) {
                belowTwoEuros++;
            }
            if (application.project().start().getDayOfMonth() >= 29) {
                monthEndStarts++;
            }
            if (result.eligibleCosts().multiply(new BigDecimal("0.80")).stripTrailingZeros().scale() > 2) {
                fractionalRateLimit++;
            }
        }

        // At least 5 % of 10,000 for each outcome; ELIGIBLE the most common.
        assertThat(outcomes).as("outcomes").allSatisfy((outcome, count) -> assertThat(count).isGreaterThanOrEqualTo(500))
                .containsOnlyKeys(Outcome.values());
        assertThat(outcomes.get(Outcome.ELIGIBLE)).isGreaterThanOrEqualTo(2_500);
        assertThat(bindings).as("binding limits").allSatisfy((kind, count) -> assertThat(count).isGreaterThanOrEqualTo(50))
                .containsOnlyKeys(LimitKind.values());
        assertThat(noGrantComputed).as("undertakings decided when no de-minimis regulation is in force").isGreaterThanOrEqualTo(20);
        assertThat(belowTwoEuros).as("requests of less than 2.00 EUR").isGreaterThanOrEqualTo(20);
        assertThat(monthEndStarts).as("projects starting on the 29th to 31st of a month").isGreaterThanOrEqualTo(200);
        assertThat(fractionalRateLimit).as("rate limits with fractions of a cent").isGreaterThanOrEqualTo(1_000);
        List<RuleFinding> everyFinding = List.of(
                new RuleFinding("RDZ-APPLICANT-FORM", Severity.ERROR),
                new RuleFinding("RDZ-APPLICANT-SEAT", Severity.ERROR),
                new RuleFinding("RDZ-APPLICANT-SEAT", Severity.WARNING),
                new RuleFinding("RDZ-PERIOD-DURATION", Severity.ERROR),
                new RuleFinding("RDZ-EARLY-START", Severity.ERROR),
                new RuleFinding("RDZ-EARLY-START", Severity.INFO),
                new RuleFinding("RDZ-COST-CATEGORY", Severity.WARNING),
                new RuleFinding("RDZ-COST-NONE-ELIGIBLE", Severity.ERROR),
                new RuleFinding("RDZ-SUSTAINABILITY", Severity.MISSING),
                new RuleFinding("RDZ-TASKS", Severity.MISSING),
                new RuleFinding("RDZ-NETWORK", Severity.WARNING),
                new RuleFinding("RDZ-BOARD-VOTE", Severity.ERROR),
                new RuleFinding("RDZ-BOARD-VOTE", Severity.INFO),
                new RuleFinding("RDZ-GRANT-RATE", Severity.INFO),
                new RuleFinding("RDZ-GRANT-CEILING", Severity.INFO),
                new RuleFinding("RDZ-GRANT-REQUESTED", Severity.INFO),
                new RuleFinding("RDZ-GRANT-NO-DOUBLE-FUNDING", Severity.INFO),
                new RuleFinding("RDZ-GRANT-NO-DOUBLE-FUNDING", Severity.ERROR),
                new RuleFinding("RDZ-DEMINIMIS", Severity.INFO),
                new RuleFinding("RDZ-DEMINIMIS", Severity.ERROR),
                new RuleFinding("RDZ-DEMINIMIS-DECLARATION", Severity.WARNING),
                new RuleFinding("RDZ-GRANT-MINIMUM", Severity.ERROR));
        assertThat(findings).as("findings").containsOnlyKeys(everyFinding)
                .allSatisfy((finding, count) -> assertThat(count).as(finding.toString()).isGreaterThanOrEqualTo(20));
    }

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                arguments("decided 2017-11-30, the day before the call's parameters apply",
                        TestApplication.eligible().decidedOn("2017-11-30").period("2017-12-01", "2019-11-30"), "decisionDate"),
                arguments("an unknown call id", TestApplication.eligible().call("rdz-lsa-2017"), "call"),
                arguments("1001 cost items, one more than allowed", withItems(1001), "costs"),
                arguments("1001 de-minimis aid entries, one more than allowed", withAid(1001), "applicant.deMinimisAid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidApplications")
    void engineAndReferenceRefuseTheSameInvalidApplications(String reason, TestApplication builder, String field) {
        Application application = builder.build();

        InvalidApplicationException engine = catchThrowableOfType(InvalidApplicationException.class, () -> RULES.assess(application));
        InvalidApplicationException reference = catchThrowableOfType(InvalidApplicationException.class,
                () -> REFERENCE.assess(application));

        assertThat(engine).as("the engine refuses it").isNotNull();
        assertThat(engine.problems()).extracting(Problem::field).containsExactly(field);
        assertThat(reference).as("the reference refuses it").isNotNull();
        assertThat(reference.problems()).extracting(Problem::field).containsExactly(field);
    }

    static Stream<Arguments> largestValidApplications() {
        return Stream.of(
                arguments("decided 2017-12-01, the first day the call's parameters apply",
                        TestApplication.eligible().decidedOn("2017-12-01").period("2017-12-01", "2019-11-30")),
                arguments("1000 cost items", withItems(1000)),
                arguments("1000 de-minimis aid entries", withAid(1000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largestValidApplications")
    void engineAndReferenceAgreeOnTheLimitsOfValidInput(String reason, TestApplication builder) {
        Application application = builder.build();

        assertThat(Result.of(RULES.assess(application)).differencesFrom(REFERENCE.assess(application))).isEmpty();
    }

    private static TestApplication withItems(int count) {
        TestApplication builder = TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "100.00");
        for (int i = 1; i < count; i++) {
            builder.cost(i % 2 == 0 ? CostCategory.MATERIAL : CostCategory.INVESTMENT, "100.00");
        }
        return builder;
    }

    private static TestApplication withAid(int count) {
        TestApplication builder = TestApplication.eligible().undertaking();
        for (int i = 0; i < count; i++) {
            builder.deMinimisAid("2018-06-01", "100.00");
        }
        return builder;
    }
}
