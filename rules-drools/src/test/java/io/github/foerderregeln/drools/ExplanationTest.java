package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.RULES;
import static io.github.foerderregeln.drools.RuleAssertions.assertNoFinding;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.ruleOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementExplanation;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code explain}: the limits, the rules that fired with their references, and the hints of the
 * rules. Every hint's figure is derived here by hand from docs/rules.md, and then the hint's advice is
 * applied to the application: the finding must go away (or the grant rise), and a step short of
 * the advice must not suffice. That shows the hints are computed from the rules' own figures.
 */
class ExplanationTest {

    private static Explanation explain(TestApplication application) {
        return RULES.explain(application.build());
    }

    private static Assessment assess(TestApplication application) {
        return RULES.assess(application.build());
    }

    /** The single change of {@code ruleId} with {@code severity}. */
    private static Explanation.Change change(Explanation explanation, String ruleId, Severity severity) {
        List<Explanation.Change> found = explanation.changes().stream()
                .filter(c -> c.ruleId().equals(ruleId) && c.severity() == severity).toList();
        assertThat(found).as("changes of %s %s among %s", ruleId, severity, explanation.changes()).hasSize(1);
        return found.get(0);
    }

    // --- the explanation itself ---

    @Test
    void theExplanationCarriesTheAssessmentTheLimitsInOrderAndTheFiredRulesWithReferences() {
        TestApplication application = TestApplication.eligible();
        Explanation explanation = explain(application);

        assertThat(explanation.assessment()).isEqualTo(assess(application));
        // eligible(): 100,000.00 personnel; RATE 80,000.00 ties with REQUESTED 80,000.00 and binds (spec 5.2)
        assertThat(explanation.limits()).extracting(Explanation.ExplainedLimit::kind)
                .containsExactly(LimitKind.RATE, LimitKind.CEILING, LimitKind.REQUESTED, LimitKind.NO_DOUBLE_FUNDING);
        assertThat(explanation.limits()).extracting(Explanation.ExplainedLimit::binding)
                .containsExactly(true, false, false, false);
        assertThat(explanation.limits().get(0).amount()).isEqualByComparingTo("80000.00");
        assertThat(explanation.limits()).allSatisfy(limit -> {
            assertThat(limit.ruleId()).isEqualTo(ruleOf(limit.kind()));
            assertThat(limit.reference()).isNotBlank();
        });
        assertThat(explanation.binding()).map(Explanation.ExplainedLimit::kind).contains(LimitKind.RATE);
        assertThat(explanation.rulesFired()).extracting(Explanation.FiredRule::ruleId)
                .containsExactlyElementsOf(explanation.assessment().rulesFired());
        assertThat(explanation.rulesFired()).allSatisfy(rule -> assertThat(rule.reference()).isNotBlank());
        assertThat(explanation.rulesFired()).contains(new Explanation.FiredRule("RDZ-APPLICANT-FORM",
                "Förderaufruf Regionale Digitalisierungszentren: Zielgruppen (juristische Personen des öffentlichen und privaten Rechts)"));
        // an eligible application bound by the rate: the only change is how the grant could be higher
        assertThat(explanation.changes()).extracting(Explanation.Change::ruleId).containsExactly("RDZ-GRANT-RATE");
    }

    @Test
    void aRuleWithAFindingIsReferencedAsItsFindingIsWithTheFiguresFilledIn() {
        Explanation explanation = explain(TestApplication.eligible().period("2019-04-01", "2021-04-01"));

        assertThat(explanation.rulesFired()).contains(new Explanation.FiredRule("RDZ-PERIOD-DURATION",
                "Förderaufruf Regionale Digitalisierungszentren: Förderung über 24 Monate (Anschubfinanzierung);"
                        + " Fristberechnung nach § 31 VwVfG, §§ 187 Abs. 2, 188 Abs. 2 und 3 BGB"));
    }

    @Test
    void theAssessmentOfAnExplanationHasTheHintsOnItsFindingsOnly() {
        Explanation explanation = explain(TestApplication.eligible().sustainabilityConcept(false));

        assertThat(explanation.changes()).extracting(Explanation.Change::ruleId)
                .containsExactlyInAnyOrder("RDZ-SUSTAINABILITY", "RDZ-GRANT-RATE");
        assertThat(explanation.assessment().findings()).filteredOn(f -> f.hintDe() != null)
                .extracting(f -> f.ruleId()).containsExactlyInAnyOrder("RDZ-SUSTAINABILITY", "RDZ-GRANT-RATE");
    }

    // --- period ---

    @ParameterizedTest(name = "end {0}: {1} day(s) too late")
    @DisplayName("RDZ-PERIOD-DURATION: start 2019-04-01 + 24 Monate - 1 Tag = 2021-03-31; so viele Tage früher enden")
    @CsvSource({
        "2021-04-01, 1",   // one day past 2021-03-31
        "2021-04-30, 30",  // April has 30 days
        "2021-05-01, 31"})
    void aProjectTooLongIsToldHowManyDaysEarlierToEnd(String end, long days) {
        Explanation explanation = explain(TestApplication.eligible().period("2019-04-01", end));

        Explanation.Change change = change(explanation, "RDZ-PERIOD-DURATION", Severity.ERROR);
        assertThat(change.figures()).containsEntry("daysTooLong", days);
        assertThat(change.hint(Language.EN)).isEqualTo("End the project " + days
                + " day(s) earlier, on 2021-03-31 at the latest, so that it lasts at most 24 months.");
        String earlier = LocalDate.parse(end).minusDays(days).toString();
        assertSilent(assess(TestApplication.eligible().period("2019-04-01", earlier)), "RDZ-PERIOD-DURATION");
        String notEnough = LocalDate.parse(end).minusDays(days - 1).toString();
        assertThat(assess(TestApplication.eligible().period("2019-04-01", notEnough)).findings("RDZ-PERIOD-DURATION"))
                .isNotEmpty();
    }

    @Test
    void theGermanHintWritesDatesTheGermanWay() {
        Explanation explanation = explain(TestApplication.eligible().period("2019-04-01", "2021-04-01"));

        assertThat(change(explanation, "RDZ-PERIOD-DURATION", Severity.ERROR).hint(Language.DE)).isEqualTo(
                "Das Vorhaben muss 1 Tag(e) früher enden, spätestens am 31.03.2021, damit es höchstens 24 Monate dauert.");
    }

    @Test
    @DisplayName("RDZ-EARLY-START: Beginn 20.02.2019, Bewilligung 01.03.2019: 9 Tage später beginnen oder Zulassung bis 20.02.2019")
    void anEarlyStartIsToldHowManyDaysLaterToStartOrWhenTheApprovalWasNeeded() {
        // 2019-02-20 to 2019-03-01: 8 days to the end of February (28 days in 2019), then one more
        TestApplication early = TestApplication.eligible().period("2019-02-20", "2021-02-19");
        Explanation explanation = explain(early);

        Explanation.Change change = change(explanation, "RDZ-EARLY-START", Severity.ERROR);
        assertThat(change.figures()).containsEntry("daysEarly", 9L);
        assertThat(change.hint(Language.EN)).isEqualTo("Start the project 9 day(s) later, on the decision date"
                + " 2019-03-01 at the earliest, or have an early start approved on or before 2019-02-20.");
        assertSilent(assess(TestApplication.eligible().period("2019-03-01", "2021-02-19")), "RDZ-EARLY-START");
        assertThat(assess(TestApplication.eligible().period("2019-02-28", "2021-02-19")).findings("RDZ-EARLY-START"))
                .isNotEmpty();
        assertNoFinding(assess(TestApplication.eligible().period("2019-02-20", "2021-02-19")
                .earlyStartApprovedOn("2019-02-20")), "RDZ-EARLY-START", Severity.ERROR);
        assertThat(assess(TestApplication.eligible().period("2019-02-20", "2021-02-19")
                .earlyStartApprovedOn("2019-02-21")).findings("RDZ-EARLY-START"))
                .anyMatch(f -> f.severity() == Severity.ERROR);
    }

    // --- applicant ---

    @Test
    void anIneligibleLegalFormIsToldWhichFormsMayApplyAndEachOfThemDoes() {
        Explanation explanation = explain(TestApplication.eligible().legalForm(LegalForm.GBR));

        Explanation.Change change = change(explanation, "RDZ-APPLICANT-FORM", Severity.ERROR);
        // docs/rules.md, "Legal forms": the twelve legal persons, in the order of the table
        String forms = "GEMEINDE, VERBANDSGEMEINDE, LANDKREIS, KREISFREIE_STADT, ZWECKVERBAND, ANSTALT_OEFFENTLICHEN_RECHTS,"
                + " KOERPERSCHAFT_OEFFENTLICHEN_RECHTS, EINGETRAGENER_VEREIN, GMBH, AG, GENOSSENSCHAFT, STIFTUNG";
        assertThat(change.hint(Language.EN)).isEqualTo("The applicant must be a legal person of one of these legal forms: "
                + forms + ". With the legal form GBR the application cannot be granted.");
        for (String form : forms.split(", ")) {
            assertSilent(assess(TestApplication.eligible().legalForm(LegalForm.valueOf(form))), "RDZ-APPLICANT-FORM");
        }
    }

    @Test
    void aSeatOutsideTheLandIsToldWhereTheSeatMustBe() {
        Explanation explanation = explain(TestApplication.eligible().state("BY").district(null));

        assertThat(change(explanation, "RDZ-APPLICANT-SEAT", Severity.ERROR).hint(Language.EN)).isEqualTo(
                "The applicant must have its seat in the state ST, not in BY: a legal person seated there could apply.");
        assertSilent(assess(TestApplication.eligible().state("ST").district(null)), "RDZ-APPLICANT-SEAT");
    }

    // --- costs ---

    @Test
    @DisplayName("RDZ-COST-CATEGORY: jede nicht zuwendungsfähige Position einzeln; zusammen 5.000,00 + 2.500,50 = 7.500,50 EUR")
    void anItemOfAnUnfundedCategoryIsToldThatItDoesNotRaiseTheGrant() {
        TestApplication application = TestApplication.eligible().requested("90000.00")
                .cost(CostCategory.INVESTMENT, "5000.00").cost(CostCategory.OTHER, "2500.50");
        Explanation explanation = explain(application);

        List<Explanation.Change> changes = explanation.changes().stream()
                .filter(c -> c.ruleId().equals("RDZ-COST-CATEGORY")).toList();
        assertThat(changes).extracting(Explanation.Change::severity).containsExactly(Severity.WARNING, Severity.WARNING);
        assertThat(changes.get(0).hint(Language.EN)).isEqualTo("Cost item 2 (EUR 5,000.00) does not raise the grant,"
                + " only PERSONNEL, MATERIAL are funded: it must be paid from other funds.");
        assertThat(changes.get(1).hint(Language.EN)).startsWith("Cost item 3 (EUR 2,500.50) does not raise the grant");
        assertThat(explanation.assessment().amounts().nonEligibleCosts()).isEqualByComparingTo("7500.50");
        // the grant is the same without them: 80 % of 100,000.00
        assertThat(explanation.assessment().grant()).isEqualByComparingTo(assess(TestApplication.eligible().requested("90000.00")).grant())
                .isEqualByComparingTo("80000.00");
    }

    @Test
    @DisplayName("RDZ-COST-NONE-ELIGIBLE: für 80.000,00 EUR bei 80 % sind 80.000,00 / 0,80 = 100.000,00 EUR nötig")
    void aPlanWithoutEligibleCostsIsToldTheEligibleCostsTheRequestNeeds() {
        TestApplication none = TestApplication.eligible().requested("80000.00").onlyCost(CostCategory.INVESTMENT, "50000.00");
        Explanation explanation = explain(none);

        Explanation.Change change = change(explanation, "RDZ-COST-NONE-ELIGIBLE", Severity.ERROR);
        assertThat(change.hint(Language.EN)).isEqualTo("The cost plan needs eligible costs (PERSONNEL, MATERIAL): for the"
                + " EUR 80,000.00 requested at a funding rate of 80%, at least EUR 100,000.00.");
        Assessment enough = assess(TestApplication.eligible().onlyCost(CostCategory.INVESTMENT, "50000.00")
                .cost(CostCategory.PERSONNEL, "100000.00"));
        assertSilent(enough, "RDZ-COST-NONE-ELIGIBLE");
        assertThat(enough.grant()).isEqualByComparingTo("80000.00");
        // a cent less: 0.80 x 99,999.99 = 79,999.992, rounded down to 79,999.00, less than requested
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.INVESTMENT, "50000.00")
                .cost(CostCategory.PERSONNEL, "99999.99")).grant()).isEqualByComparingTo("79999.00");
    }

    // --- procedure ---

    @Test
    void aMissingSustainabilityConceptIsToldToHandItIn() {
        Explanation explanation = explain(TestApplication.eligible().sustainabilityConcept(false));

        assertThat(explanation.assessment().outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(change(explanation, "RDZ-SUSTAINABILITY", Severity.MISSING).hint(Language.EN)).isEqualTo(
                "Hand in a sustainability concept: how the centre carries on as a self-sustaining regional structure"
                        + " after the project.");
        assertSilent(assess(TestApplication.eligible().sustainabilityConcept(true)), "RDZ-SUSTAINABILITY");
    }

    @Test
    void anApplicationWithoutTasksIsToldTheTasksAndAnyOfThemSuffices() {
        Explanation explanation = explain(TestApplication.eligible().tasks());

        Explanation.Change change = change(explanation, "RDZ-TASKS", Severity.MISSING);
        assertThat(change.hint(Language.EN)).isEqualTo(
                "Name at least one of the centre's tasks: BUNDLING, AGENDA_PROCESS, DIGITAL_STRATEGY, PROJECT_MANAGEMENT.");
        for (String task : change.figures().get("tasks").toString().split(", ")) {
            assertSilent(assess(TestApplication.eligible().tasks(CentreTask.valueOf(task))), "RDZ-TASKS");
        }
    }

    @Test
    void aNetworkWithoutBusinessOrScienceIsToldToWinSuchAPartnerAndEitherSuffices() {
        Explanation explanation = explain(TestApplication.eligible().partners(PartnerSector.ADMINISTRATION));

        assertThat(change(explanation, "RDZ-NETWORK", Severity.WARNING).hint(Language.EN))
                .isEqualTo("Win a network partner from business (BUSINESS) or science (SCIENCE).");
        assertSilent(assess(TestApplication.eligible().partners(PartnerSector.ADMINISTRATION, PartnerSector.BUSINESS)),
                "RDZ-NETWORK");
        assertSilent(assess(TestApplication.eligible().partners(PartnerSector.ADMINISTRATION, PartnerSector.SCIENCE)),
                "RDZ-NETWORK");
    }

    @ParameterizedTest
    @CsvSource({
        "NEGATIVE, ERROR, A grant needs a positive vote of the Digitalisierungsbeirat: the project would have to be put to the board again and approved by it.",
        "PENDING, INFO, The application can be decided once the Digitalisierungsbeirat has voted in favour of the project."})
    void aVoteThatIsNotPositiveIsToldThatAPositiveOneIsNeeded(BoardVote vote, Severity severity, String hint) {
        Explanation explanation = explain(TestApplication.eligible().vote(vote));

        assertThat(change(explanation, "RDZ-BOARD-VOTE", severity).hint(Language.EN)).isEqualTo(hint);
        assertThat(explain(TestApplication.eligible().vote(BoardVote.POSITIVE)).changes())
                .noneMatch(c -> c.ruleId().equals("RDZ-BOARD-VOTE"));
    }

    // --- other funding ---

    @Test
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: 60.000,00 + 45.000,00 = 105.000,00 EUR decken 100.000,00 EUR um 5.000,00 EUR über")
    void costsCoveredByOtherFundingAreToldByHowMuchItMustFall() {
        Explanation explanation = explain(TestApplication.eligible().otherFunding("60000.00", "45000.00"));

        Explanation.Change change = change(explanation, "RDZ-GRANT-NO-DOUBLE-FUNDING", Severity.ERROR);
        assertThat(change.hint(Language.EN)).isEqualTo("For anything to be left for a grant, the other funding of the"
                + " same costs (EUR 105,000.00) must fall, or the eligible costs rise, by more than EUR 5,000.00.");
        // more than 5,000.00 less: 99,999.99 leaves 0.01 of the eligible costs
        assertNoFinding(assess(TestApplication.eligible().otherFunding("60000.00", "39999.99")),
                "RDZ-GRANT-NO-DOUBLE-FUNDING", Severity.ERROR);
        // exactly 5,000.00 less leaves nothing
        assertThat(assess(TestApplication.eligible().otherFunding("60000.00", "40000.00")).findings("RDZ-GRANT-NO-DOUBLE-FUNDING"))
                .anyMatch(f -> f.severity() == Severity.ERROR);
    }

    // --- de minimis ---

    @Test
    @DisplayName("RDZ-DEMINIMIS: 200.000,00 + 5.000,00 EUR in 2017-2019 liegen 5.000,00 EUR über dem Höchstbetrag von 200.000,00 EUR")
    void aUsedUpCeilingIsToldByHowMuchTheAidInTheWindowMustFall() {
        Explanation explanation = explain(TestApplication.eligible().undertaking()
                .deMinimisAid("2018-05-02", "200000.00").deMinimisAid("2017-03-01", "5000.00"));

        Explanation.Change change = change(explanation, "RDZ-DEMINIMIS", Severity.ERROR);
        assertThat(change.hint(Language.EN)).isEqualTo("Headroom opens only when the de-minimis aid granted between"
                + " 2017-01-01 and 2019-03-01 is more than EUR 5,000.00 below EUR 205,000.00, for instance because"
                + " earlier aid leaves the window.");
        // 205,000.00 - 5,000.01 = 199,999.99: headroom 0.01
        assertNoFinding(assess(TestApplication.eligible().undertaking()
                .deMinimisAid("2018-05-02", "199999.99")), "RDZ-DEMINIMIS", Severity.ERROR);
        assertThat(assess(TestApplication.eligible().undertaking().deMinimisAid("2018-05-02", "200000.00"))
                .findings("RDZ-DEMINIMIS")).anyMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void anUndertakingWithoutRegulationIsToldWhichRegulationsTheCallHas() {
        TestApplication late = TestApplication.eligible().undertaking().decidedOn("2031-01-02").period("2031-02-01", "2033-01-31");
        Explanation explanation = explain(late);

        assertThat(change(explanation, "RDZ-DEMINIMIS", Severity.ERROR).hint(Language.EN)).isEqualTo("A grant to an"
                + " undertaking needs a de-minimis regulation in force on the decision date; the call has:"
                + " (EU) 1407/2013 2014-01-01 – 2023-12-31, (EU) 2023/2831 2024-01-01 – 2030-12-31. An applicant"
                + " without an economic activity is not affected.");
        assertSilent(assess(TestApplication.eligible().decidedOn("2031-01-02").period("2031-02-01", "2033-01-31")),
                "RDZ-DEMINIMIS");
    }

    // --- binding limits: what a higher grant would need ---

    @Test
    @DisplayName("RDZ-GRANT-RATE: 80 % von 212.900,00 = 170.320,00; bis 199.000,00 / 0,80 = 248.750,00 EUR steigt die Zuwendung, dann bindet der Antrag")
    void aGrantBoundByTheRateIsToldHowFarMoreEligibleCostsRaiseIt() {
        Explanation explanation = explain(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "212900.00")
                .requested("199000.00"));

        Explanation.Change change = change(explanation, "RDZ-GRANT-RATE", Severity.INFO);
        assertThat(change.hint(Language.EN)).isEqualTo("Higher eligible costs raise the grant: at EUR 248,750.00"
                + " (now EUR 212,900.00) to up to EUR 199,000.00; above that, RDZ-GRANT-REQUESTED binds (EUR 199,000.00).");
        assertThat(change.hint(Language.DE)).isEqualTo("Höhere zuwendungsfähige Ausgaben erhöhen die Zuwendung: bei"
                + " 248.750,00 EUR (derzeit 212.900,00 EUR) auf bis zu 199.000,00 EUR; darüber bindet die Obergrenze"
                + " „beantragter Betrag“ (RDZ-GRANT-REQUESTED: 199.000,00 EUR).");
        // What the hint says holds: at 248,750.00 the grant is 199,000.00, a cent less gives less, more gives no more.
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "248750.00").requested("199000.00"))
                .grant()).isEqualByComparingTo("199000.00");
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "248749.99").requested("199000.00"))
                .grant()).isEqualByComparingTo("198999.00");
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "300000.00").requested("199000.00"))
                .grant()).isEqualByComparingTo("199000.00");
    }

    @Test
    @DisplayName("RDZ-GRANT-RATE bei 70 %: 90.000,00 / 0,70 = 128.571,428571..., aufgerundet 128.571,43 EUR")
    void theCostsForMoreAreRoundedUpToTheCentWhenTheRateDoesNotDivideEvenly(@TempDir Path dir) throws IOException {
        RuleSets.writeBundled(dir);
        Path call = dir.resolve("calls/rdz-lsa-2018.json");
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": \"0.70\""));
        FundingRules candidate = FundingRules.fromDirectory(dir);

        Explanation explanation = candidate.explain(TestApplication.eligible().requested("90000.00")
                .onlyCost(CostCategory.PERSONNEL, "100007.15").build());

        // 0.70 x 100,007.15 = 70,005.005, rounded down to 70,005.00
        assertThat(explanation.assessment().grant()).isEqualByComparingTo("70005.00");
        Explanation.Change change = change(explanation, "RDZ-GRANT-RATE", Severity.INFO);
        // The request of 90,000.00 is the next limit. Rounded half up the costs would be 128,571.43 too, but
        // down 128,571.42, which is not enough: rounding up is what makes the hint true.
        assertThat((BigDecimal) change.figures().get("costsForNext")).isEqualTo(new BigDecimal("128571.43"));
        // 0.70 x 128,571.43 = 90,000.001
        assertThat(candidate.assess(TestApplication.eligible().requested("90000.00")
                .onlyCost(CostCategory.PERSONNEL, "128571.43").build()).grant()).isEqualByComparingTo("90000.00");
        // 0.70 x 128,571.42 = 89,999.994
        assertThat(candidate.assess(TestApplication.eligible().requested("90000.00")
                .onlyCost(CostCategory.PERSONNEL, "128571.42").build()).grant()).isEqualByComparingTo("89999.00");
    }

    @Test
    @DisplayName("RDZ-GRANT-CEILING: am Höchstbetrag erhöht keine Änderung des Antrags die Zuwendung, also kein Hinweis")
    void aGrantAtTheCeilingIsGivenNoHintSinceNoChangeRaisesIt() {
        Explanation explanation = explain(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "300000.00")
                .requested("250000.00"));

        assertThat(explanation.assessment().findings("RDZ-GRANT-CEILING")).singleElement()
                .satisfies(f -> assertThat(f.hintDe()).isNull());
        assertThat(explanation.changes()).noneMatch(c -> c.ruleId().equals("RDZ-GRANT-CEILING"));
        // More costs or a higher request raise nothing.
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "250000.00").requested("250000.00"))
                .grant()).isEqualByComparingTo("200000.00");
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "400000.00").requested("250000.00"))
                .grant()).isEqualByComparingTo("200000.00");
        // a cent below: 0.80 x 249,999.99 = 199,999.992
        assertThat(assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "249999.99").requested("250000.00"))
                .grant()).isEqualByComparingTo("199999.00");
    }

    @Test
    @DisplayName("RDZ-GRANT-REQUESTED: beantragt 60.000,50 EUR; die nächste Grenze ist 80 % von 100.000,00 = 80.000,00 EUR")
    void aGrantBoundByTheRequestIsToldHowMuchCouldBeRequested() {
        Explanation explanation = explain(TestApplication.eligible().requested("60000.50"));

        assertThat(explanation.assessment().grant()).isEqualByComparingTo("60000.00");
        Explanation.Change change = change(explanation, "RDZ-GRANT-REQUESTED", Severity.INFO);
        assertThat(change.hint(Language.EN)).isEqualTo("Up to EUR 80,000.00 could be granted if that much were requested;"
                + " then RDZ-GRANT-RATE binds (EUR 80,000.00).");
        assertThat(assess(TestApplication.eligible().requested("80000.00")).grant()).isEqualByComparingTo("80000.00");
        assertThat(assess(TestApplication.eligible().requested("80000.01")).grant()).isEqualByComparingTo("80000.00");
    }

    @Test
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: 100.000,00 - 30.000,00 = 70.000,00; für 80.000,00 höchstens 20.000,00 EUR Drittmittel")
    void aGrantBoundByOtherFundingIsToldHowFarTheOtherFundingMustFall() {
        Explanation explanation = explain(TestApplication.eligible().otherFunding("30000.00", "0.00"));

        assertThat(explanation.assessment().grant()).isEqualByComparingTo("70000.00");
        Explanation.Change change = change(explanation, "RDZ-GRANT-NO-DOUBLE-FUNDING", Severity.INFO);
        // The next limit is the rate, 80,000.00 (90,000.00 requested)
        assertThat(change.hint(Language.EN)).isEqualTo("The grant only rises if the other funding of the same costs"
                + " (EUR 30,000.00) falls: at EUR 20,000.00 at most, up to EUR 80,000.00 would be possible; then"
                + " RDZ-GRANT-RATE binds (EUR 80,000.00).");
        assertThat(assess(TestApplication.eligible().otherFunding("20000.00", "0.00")).grant()).isEqualByComparingTo("80000.00");
        assertThat(assess(TestApplication.eligible().otherFunding("20000.01", "0.00")).grant()).isEqualByComparingTo("79999.00");
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: 200.000,00 - 150.000,00 = 50.000,00 EUR Spielraum binden")
    void aGrantBoundByTheHeadroomIsToldWhichAidMustLeaveTheWindow() {
        Explanation explanation = explain(TestApplication.eligible().undertaking().deMinimisAid("2018-05-02", "150000.00"));

        assertThat(explanation.assessment().grant()).isEqualByComparingTo("50000.00");
        assertThat(change(explanation, "RDZ-DEMINIMIS", Severity.INFO).hint(Language.EN)).isEqualTo("More than the"
                + " remaining headroom of EUR 50,000.00 is only possible once de-minimis aid granted between 2017-01-01"
                + " and 2019-03-01 (EUR 150,000.00) leaves the window; up to EUR 80,000.00, then RDZ-GRANT-RATE binds"
                + " (EUR 80,000.00).");
        // aid granted before the window (2016) does not count: the rate binds again
        assertThat(assess(TestApplication.eligible().undertaking().deMinimisAid("2016-12-31", "150000.00")).grant())
                .isEqualByComparingTo("80000.00");
    }

    @ParameterizedTest
    @EnumSource(LimitKind.class)
    void everyBindingLimitIsMarkedAndExplained(LimitKind kind) {
        TestApplication application = switch (kind) {
            case RATE -> TestApplication.eligible().requested("90000.00");
            case CEILING -> TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, "300000.00").requested("250000.00");
            case REQUESTED -> TestApplication.eligible().requested("70000.00");
            case NO_DOUBLE_FUNDING -> TestApplication.eligible().otherFunding("0.00", "30000.00");
            case DEMINIMIS -> TestApplication.eligible().undertaking().deMinimisAid("2019-01-10", "160000.00");
        };
        Explanation explanation = explain(application);

        assertThat(explanation.limits()).filteredOn(Explanation.ExplainedLimit::binding)
                .extracting(Explanation.ExplainedLimit::kind).containsExactly(kind);
        assertThat(explanation.binding()).map(Explanation.ExplainedLimit::ruleId).contains(ruleOf(kind));
        if (kind == LimitKind.CEILING) {
            // No change of the application raises the ceiling: no hint.
            assertThat(explanation.changes()).filteredOn(c -> c.severity() == Severity.INFO).isEmpty();
            return;
        }
        Explanation.Change change = change(explanation, ruleOf(kind), Severity.INFO);
        assertThat(change.hintDe()).isNotBlank();
        assertThat(change.hintEn()).isNotBlank();
        assertThat(explanation.changes()).as("only the binding limit explains a cap")
                .filteredOn(c -> c.severity() == Severity.INFO)
                .extracting(Explanation.Change::ruleId).containsExactly(ruleOf(kind));
    }

    @Test
    void anUndertakingWithoutRegulationHasNoBindingLimit() {
        Explanation explanation = explain(TestApplication.eligible().undertaking().decidedOn("2031-01-02")
                .period("2031-02-01", "2033-01-31"));

        assertThat(explanation.binding()).isEmpty();
        assertThat(explanation.limits()).noneMatch(Explanation.ExplainedLimit::binding);
        assertThat(Arrays.stream(LimitKind.values()).map(RuleAssertions::ruleOf))
                .allSatisfy(id -> assertThat(explanation.changes()).noneMatch(c -> c.ruleId().equals(id) && c.severity() == Severity.INFO));
    }

    // --- a settlement ---

    /** Case B of the worked cases: 200,000.00 recognised, the rate binds at 160,000.00, 10,320.00 to refund. */
    private static Settlement caseB() {
        return new TestSettlement()
                .personnel("2019-06-30", "75000.00").material("2019-09-30", "25000.00")
                .personnel("2020-06-30", "75000.00").material("2020-09-30", "25000.00")
                .pay("2019-06-15", "60000.00").pay("2019-09-15", "20000.00")
                .pay("2020-06-15", "60000.00").pay("2020-09-15", "20000.00").pay("2020-12-01", "10320.00").build();
    }

    @Test
    @DisplayName("A settlement's explanation is its result with every rule that fired, in order, none left out")
    void aSettlementExplanationListsEveryRuleThatFiredInOrder() {
        SettlementExplanation explanation = RULES.explain(caseB());
        SettlementResult settled = RULES.settle(caseB());

        assertThat(explanation.result()).isEqualTo(settled);
        assertThat(explanation.rulesFired()).extracting(SettlementExplanation.FiredRule::ruleId)
                .containsExactlyElementsOf(settled.rulesFired()).allMatch(id -> id.startsWith("SET-"));
    }

    @Test
    @DisplayName("A settlement rule with a finding is explained by the finding's reference and the figures it computed")
    void aSettlementRuleWithAFindingCarriesItsReferenceAndFigures() {
        SettlementExplanation.FiredRule refund = fired(RULES.explain(caseB()), "SET-REFUND");

        assertThat(refund.reference())
                .isEqualTo("§ 49 Abs. 3 Satz 1 Nr. 1 und § 49a Abs. 1 VwVfG (Teilwiderruf für die Vergangenheit, Erstattung)");
        // Paid 170,320.00, final grant 0.8 x 200,000.00 = 160,000.00: 10,320.00 to refund.
        assertThat(refund.figures().get("refund")).isEqualTo(new BigDecimal("10320.00"));
    }

    @Test
    @DisplayName("A settlement rule that fired without a finding takes its reference from the rule set and has no figures")
    void aSilentSettlementRuleTakesItsReferenceFromTheRuleSet() {
        // The cap of 170,320.00 is above the 160,000.00 of the rate: SET-GRANT-CAP fires and says nothing.
        SettlementExplanation.FiredRule cap = fired(RULES.explain(caseB()), "SET-GRANT-CAP");

        assertThat(cap.reference()).isEqualTo("Zuwendungsbescheid: Höchstbetrag der Zuwendung");
        assertThat(cap.figures()).isEmpty();
        // An engine that knows no references (the interface's default) leaves it empty rather than guessing.
        SettlementExplanation plain = SettlementExplanation.of(RULES.settle(caseB()), java.util.Map.of());
        assertThat(fired(plain, "SET-GRANT-CAP").reference()).isEmpty();
        assertThat(fired(plain, "SET-REFUND").reference()).startsWith("§ 49 Abs. 3");
    }

    private static SettlementExplanation.FiredRule fired(SettlementExplanation explanation, String ruleId) {
        List<SettlementExplanation.FiredRule> found = explanation.rulesFired().stream()
                .filter(rule -> rule.ruleId().equals(ruleId)).toList();
        assertThat(found).as("%s among %s", ruleId, explanation.rulesFired()).hasSize(1);
        return found.get(0);
    }
}
