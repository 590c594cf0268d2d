package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.testing.diff.PolicyDiff;
import io.github.foerderregeln.testing.diff.PolicyDiffResult;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.RuleSide;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.Summary;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import io.github.foerderregeln.drools.reference.RuleFinding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy diff between the bundled rule set and a candidate that raises the funding rate to
 * 90 % and the ceiling to 250,000.00 EUR: over a generated corpus every expected change is
 * computed independently by the {@link ReferenceAssessor} with both sets of parameters, and on
 * hand-built applications by hand arithmetic.
 */
class PolicyDiffTest {
    private static final String CALL = "calls/rdz-lsa-2018.json";
    private static final String PROCEDURE = "rdz/procedure/procedure.drl";

    @TempDir
    static Path temp;

    private static FundingRules baseline;
    private static FundingRules raised;

    @BeforeAll
    static void writeTheRuleSets() throws IOException {
        Path base = temp.resolve("baseline");
        RuleSets.writeBundled(base);
        baseline = FundingRules.fromDirectory(base);
        Path candidate = temp.resolve("candidate");
        RuleSets.writeBundled(candidate);
        // The same edit the README shows with sed: only fundingRate holds "0.80", only maxGrant "200000.00" as a value.
        edit(candidate.resolve(CALL), "\"value\": \"0.80\"", "\"value\": \"0.90\"");
        edit(candidate.resolve(CALL), "\"value\": \"200000.00\"", "\"value\": \"250000.00\"");
        raised = FundingRules.fromDirectory(candidate);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("%s once in %s", from, file).hasSize(2);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static PolicyDiffResult diff(FundingRules candidate, List<Application> applications) {
        return new PolicyDiff(baseline, candidate, Language.EN).compare(applications);
    }

    /** A changed application as the reference can describe it: findings as sorted (rule id, severity). */
    private record Expected(String id, Outcome outcomeBefore, Outcome outcomeAfter, BigDecimal grantBefore,
            BigDecimal grantAfter, List<RuleFinding> added, List<RuleFinding> removed) {
        static Expected of(ChangedApplication change) {
            return new Expected(change.applicationId(), change.outcomeBefore(), change.outcomeAfter(),
                    change.grantBefore(), change.grantAfter(), sorted(change.findingsAdded()),
                    sorted(change.findingsRemoved()));
        }

        private static List<RuleFinding> sorted(List<FindingChange> findings) {
            List<RuleFinding> list = new ArrayList<>();
            findings.forEach(f -> list.add(new RuleFinding(f.ruleId(), f.severity())));
            list.sort(null);
            return list;
        }
    }

    /** The multiset difference {@code of - minus}, sorted; both lists come sorted from the reference. */
    private static List<RuleFinding> without(List<RuleFinding> of, List<RuleFinding> minus) {
        List<RuleFinding> rest = new ArrayList<>(of);
        minus.forEach(rest::remove);
        return rest;
    }

    @Test
    void overTheGeneratedCorpusEveryChangeAndTotalIsWhatTheReferenceComputesWithBothParameterSets() {
        List<Application> corpus = ApplicationGenerators.corpus(20_261_123L, 2000);
        ReferenceAssessor before = new ReferenceAssessor();
        ReferenceAssessor after = new ReferenceAssessor(new BigDecimal("0.90"), new BigDecimal("250000.00"));
        List<Expected> expected = new ArrayList<>();
        BigDecimal totalBefore = BigDecimal.ZERO;
        BigDecimal totalAfter = BigDecimal.ZERO;
        long gained = 0;
        long lost = 0;
        long unchanged = 0;
        for (Application application : corpus) {
            Result old = before.assess(application);
            Result now = after.assess(application);
            totalBefore = totalBefore.add(old.grant());
            totalAfter = totalAfter.add(now.grant());
            gained += old.outcome() != Outcome.ELIGIBLE && now.outcome() == Outcome.ELIGIBLE ? 1 : 0;
            lost += old.outcome() == Outcome.ELIGIBLE && now.outcome() != Outcome.ELIGIBLE ? 1 : 0;
            if (old.outcome() != now.outcome() || old.grant().compareTo(now.grant()) != 0
                    || !old.findings().equals(now.findings())) {
                expected.add(new Expected(application.id(), old.outcome(), now.outcome(), old.grant(), now.grant(),
                        without(now.findings(), old.findings()), without(old.findings(), now.findings())));
            } else {
                unchanged++;
            }
        }
        // The corpus must exercise both sides, or the comparison below could pass on a diff that reports nothing.
        assertThat(expected).as("changed").hasSizeGreaterThan(100);
        assertThat(unchanged).as("unchanged").isGreaterThan(100);

        PolicyDiffResult result = diff(raised, corpus);

        assertThat(result.changed().stream().map(Expected::of).toList()).containsExactlyElementsOf(expected);
        Summary summary = result.summary();
        assertThat(summary.applications()).isEqualTo(2000);
        assertThat(summary.assessed()).isEqualTo(2000);
        assertThat(summary.invalid()).isZero();
        assertThat(summary.changed()).isEqualTo(expected.size());
        assertThat(summary.eligibilityGained()).isEqualTo(gained);
        assertThat(summary.eligibilityLost()).isEqualTo(lost);
        assertThat(summary.totalGrantBefore()).isEqualByComparingTo(totalBefore);
        assertThat(summary.totalGrantAfter()).isEqualByComparingTo(totalAfter);
        assertThat(summary.totalGrantChange()).isEqualByComparingTo(totalAfter.subtract(totalBefore));
        assertThat(result.invalid()).isEmpty();
    }

    @Test
    void handComputedGrantsUnderTheRaisedRateAndCeiling() {
        // 100,000.00 personnel, 90,000.00 requested: 0.80 x 100,000.00 = 80,000.00 binds before;
        // 0.90 x 100,000.00 = 90,000.00 ties with the request after: both bind, +10,000.00.
        Application rateBound = TestApplication.eligible().id("rate-bound").requested("90000.00").build();
        // 80,000.00 requested: rate and request tie before (80,000.00, both bind); after, the request alone
        // (80,000.00 < 90,000.00) binds: the same grant, but the rate's binding INFO goes.
        Application bindingMoves = TestApplication.eligible().id("binding-moves").requested("80000.00").build();
        // 50,000.00 requested binds under both (50,000.00 < 80,000.00 < 90,000.00): unchanged.
        Application unchanged = TestApplication.eligible().id("unchanged").requested("50000.00").build();
        // 300,000.00 personnel and requested: 0.80 x 300,000.00 = 240,000.00 > 200,000.00, the ceiling binds;
        // after, 0.90 x 300,000.00 = 270,000.00 > 250,000.00, the new ceiling binds: +50,000.00.
        Application ceilingBound = TestApplication.eligible().id("ceiling-bound")
                .onlyCost(CostCategory.PERSONNEL, "300000.00").requested("300000.00").build();

        PolicyDiffResult result = diff(raised, List.of(rateBound, bindingMoves, unchanged, ceilingBound));

        assertThat(result.changed()).extracting(ChangedApplication::applicationId)
                .containsExactly("rate-bound", "binding-moves", "ceiling-bound");
        ChangedApplication rate = result.changed().get(0);
        assertThat(rate.grantBefore()).isEqualByComparingTo("80000.00");
        assertThat(rate.grantAfter()).isEqualByComparingTo("90000.00");
        assertThat(rate.grantChange()).isEqualByComparingTo("10000.00");
        assertThat(rate.findingsAdded()).extracting(FindingChange::ruleId, FindingChange::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RDZ-GRANT-REQUESTED", Severity.INFO));
        assertThat(rate.findingsRemoved()).isEmpty();
        ChangedApplication moves = result.changed().get(1);
        assertThat(moves.grantChange()).isEqualByComparingTo("0.00");
        assertThat(moves.outcomeAfter()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(moves.findingsAdded()).isEmpty();
        assertThat(moves.findingsRemoved()).extracting(FindingChange::ruleId, FindingChange::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RDZ-GRANT-RATE", Severity.INFO));
        ChangedApplication ceiling = result.changed().get(2);
        assertThat(ceiling.grantBefore()).isEqualByComparingTo("200000.00");
        assertThat(ceiling.grantAfter()).isEqualByComparingTo("250000.00");
        assertThat(ceiling.findingsAdded()).isEmpty();
        Summary summary = result.summary();
        assertThat(summary.applications()).isEqualTo(4);
        assertThat(summary.assessed()).isEqualTo(4);
        assertThat(summary.changed()).isEqualTo(3);
        assertThat(summary.eligibilityGained()).isZero();
        assertThat(summary.eligibilityLost()).isZero();
        // 80,000 + 80,000 + 50,000 + 200,000 = 410,000; 90,000 + 80,000 + 50,000 + 250,000 = 470,000.
        assertThat(summary.totalGrantBefore()).isEqualByComparingTo("410000.00");
        assertThat(summary.totalGrantAfter()).isEqualByComparingTo("470000.00");
        assertThat(summary.totalGrantChange()).isEqualByComparingTo("60000.00");
    }

    @Test
    void aRuleEditThatMakesTheNetworkWarningAnErrorAndAllowsThirtySixMonthsMovesEligibilityBothWays()
            throws IOException {
        Path dir = temp.resolve("stricter-network-longer-projects");
        RuleSets.writeBundled(dir);
        edit(dir.resolve(PROCEDURE), "@severity(\"WARNING\")", "@severity(\"ERROR\")");
        edit(dir.resolve(CALL), "\"value\": 24,", "\"value\": 36,");
        FundingRules candidate = FundingRules.fromDirectory(dir);
        // 2019-04-01 to 2022-03-31 is 36 months: past the 24-month end 2021-03-31 (INELIGIBLE, grant 0.00),
        // within the 36-month end 2022-03-31; then ELIGIBLE with 0.80 x 100,000.00 = 80,000.00.
        Application longer = TestApplication.eligible().id("thirty-six-months").period("2019-04-01", "2022-03-31").build();
        // Administration only among the partners: a WARNING before (ELIGIBLE, 80,000.00), an ERROR after (0.00).
        Application noNetwork = TestApplication.eligible().id("no-network").partners(PartnerSector.ADMINISTRATION).build();
        Application same = TestApplication.eligible().id("same").legalForm(LegalForm.EINGETRAGENER_VEREIN).build();

        PolicyDiffResult result = diff(candidate, List.of(longer, noNetwork, same));

        assertThat(result.changed()).extracting(ChangedApplication::applicationId)
                .containsExactly("thirty-six-months", "no-network");
        ChangedApplication gained = result.changed().get(0);
        assertThat(gained.outcomeBefore()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(gained.outcomeAfter()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(gained.grantBefore()).isEqualByComparingTo("0.00");
        assertThat(gained.grantAfter()).isEqualByComparingTo("80000.00");
        assertThat(gained.gainedEligibility()).isTrue();
        assertThat(gained.findingsRemoved()).extracting(FindingChange::ruleId, FindingChange::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RDZ-PERIOD-DURATION", Severity.ERROR));
        // Ineligible before, no limit bound it; eligible after, the rate binds and says so.
        assertThat(gained.findingsAdded()).extracting(FindingChange::ruleId, FindingChange::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RDZ-GRANT-RATE", Severity.INFO));
        ChangedApplication lost = result.changed().get(1);
        assertThat(lost.outcomeBefore()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(lost.outcomeAfter()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(lost.grantChange()).isEqualByComparingTo("-80000.00");
        assertThat(lost.lostEligibility()).isTrue();
        assertThat(lost.findingsAdded()).extracting(FindingChange::ruleId, FindingChange::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RDZ-NETWORK", Severity.ERROR));
        assertThat(lost.findingsRemoved()).extracting(FindingChange::ruleId, FindingChange::severity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RDZ-NETWORK", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("RDZ-GRANT-RATE", Severity.INFO));
        Summary summary = result.summary();
        assertThat(summary.eligibilityGained()).isEqualTo(1);
        assertThat(summary.eligibilityLost()).isEqualTo(1);
        // Before 0 + 80,000 + 80,000 = 160,000; after 80,000 + 0 + 80,000 = 160,000: the difference is zero.
        assertThat(summary.totalGrantBefore()).isEqualByComparingTo("160000.00");
        assertThat(summary.totalGrantAfter()).isEqualByComparingTo("160000.00");
        assertThat(summary.totalGrantChange()).isEqualByComparingTo("0.00");
    }

    @Test
    void anApplicationNeitherRuleSetCanAssessIsCountedAsInvalidAndTheOthersStillCompared() {
        Application otherCall = TestApplication.eligible().id("other-call").call("no-such-call").build();
        Application rateBound = TestApplication.eligible().id("rate-bound").requested("90000.00").build();
        PolicyDiff diff = new PolicyDiff(baseline, raised, Language.EN);
        PolicyDiff.Comparison comparison = diff.start();

        Optional<InvalidApplication> rejected = comparison.add(otherCall);
        comparison.add(rateBound);
        comparison.addInvalid("broken.json", List.of(new io.github.foerderregeln.api.Problem("applicant", "missing")));
        PolicyDiffResult result = comparison.result();

        assertThat(rejected).get().satisfies(entry -> {
            assertThat(entry.applicationId()).isEqualTo("other-call");
            assertThat(entry.invalidUnder()).isEqualTo(RuleSide.BOTH);
            assertThat(entry.message()).contains("no-such-call");
        });
        assertThat(result.invalid()).extracting(InvalidApplication::applicationId).containsExactly("other-call", "broken.json");
        assertThat(result.summary().applications()).isEqualTo(3);
        assertThat(result.summary().assessed()).isEqualTo(1);
        assertThat(result.summary().invalid()).isEqualTo(2);
        assertThat(result.summary().totalGrantBefore()).isEqualByComparingTo("80000.00");
        assertThat(result.changed()).extracting(ChangedApplication::applicationId).containsExactly("rate-bound");
    }
    @Test
    void anApplicationOnlyTheCandidateRejectsIsInvalidUnderTheCandidateAndLeftOutOfTheTotals() throws IOException {
        Path dir = temp.resolve("renamed-call");
        RuleSets.writeBundled(dir);
        edit(dir.resolve(CALL), "\"id\": \"rdz-lsa-2018\"", "\"id\": \"rdz-lsa-2018-neu\"");
        Application application = TestApplication.eligible().id("known-before").build();

        PolicyDiffResult result = diff(FundingRules.fromDirectory(dir), List.of(application));

        assertThat(result.invalid()).singleElement().satisfies(entry -> {
            assertThat(entry.invalidUnder()).isEqualTo(RuleSide.CANDIDATE);
            assertThat(entry.problems()).extracting(io.github.foerderregeln.api.Problem::field).containsExactly("call");
        });
        assertThat(result.summary().assessed()).isZero();
        assertThat(result.summary().totalGrantBefore()).isEqualByComparingTo("0.00");
        assertThat(result.changed()).isEmpty();
    }
}
