package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertBinds;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outcome and the amounts of an assessment: the precedence of docs/rules.md, "What an
 * assessment returns", and its "Arithmetic", across the rule files.
 */
class OutcomeTest {

    // Spec 3: any ERROR -> INELIGIBLE; else any MISSING -> INCOMPLETE; else a vote that is not
    // POSITIVE -> PENDING_BOARD_VOTE; else ELIGIBLE. A NEGATIVE vote is itself an ERROR.
    @ParameterizedTest(name = "error {0}, missing {1}, vote {2} -> {3}")
    @CsvSource({
            "true,  true,  POSITIVE, INELIGIBLE",
            "true,  true,  PENDING,  INELIGIBLE",
            "true,  true,  NEGATIVE, INELIGIBLE",
            "true,  false, POSITIVE, INELIGIBLE",
            "true,  false, PENDING,  INELIGIBLE",
            "true,  false, NEGATIVE, INELIGIBLE",
            "false, true,  POSITIVE, INCOMPLETE",
            "false, true,  PENDING,  INCOMPLETE",
            "false, true,  NEGATIVE, INELIGIBLE",
            "false, false, POSITIVE, ELIGIBLE",
            "false, false, PENDING,  PENDING_BOARD_VOTE",
            "false, false, NEGATIVE, INELIGIBLE"})
    @DisplayName("Vorrang: Fehler vor Fehlendem vor ausstehendem Votum")
    void errorGoesBeforeMissingGoesBeforePendingVote(boolean error, boolean missing, BoardVote vote, Outcome outcome) {
        // The ERROR: a Gesellschaft bürgerlichen Rechts may not apply. The MISSING: no sustainability concept.
        TestApplication application = TestApplication.eligible().vote(vote).sustainabilityConcept(!missing);
        if (error) {
            application.legalForm(LegalForm.GBR);
        }

        assertThat(assess(application).outcome()).isEqualTo(outcome);
    }

    @Test
    @DisplayName("Hinweise und Warnungen ändern das Ergebnis nicht")
    void warningsAndInformationLeaveTheApplicationEligible() {
        Assessment assessment = assess(TestApplication.eligible()
                .district("Boerde")                          // RDZ-APPLICANT-SEAT WARNING
                .partners(PartnerSector.CIVIL_SOCIETY)       // RDZ-NETWORK WARNING
                .cost(CostCategory.OTHER, "1000.00")         // RDZ-COST-CATEGORY WARNING
                .earlyStartApprovedOn("2019-02-01"));        // RDZ-EARLY-START INFO

        assertThat(assessment.findings()).extracting(Finding::ruleId, Finding::severity).containsExactlyInAnyOrder(
                tuple("RDZ-APPLICANT-SEAT", Severity.WARNING), tuple("RDZ-NETWORK", Severity.WARNING),
                tuple("RDZ-COST-CATEGORY", Severity.WARNING), tuple("RDZ-EARLY-START", Severity.INFO),
                tuple("RDZ-GRANT-RATE", Severity.INFO));
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.grant()).isEqualByComparingTo("80000.00");
    }

    @Test
    @DisplayName("Unvollständig: die Zuwendung ist die, die nach Schließen der Lücke bewilligt würde")
    void incompleteApplicationKeepsTheGrant() {
        Assessment assessment = assess(TestApplication.eligible().sustainabilityConcept(false));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
        // 0.80 x 100,000.00 = 80,000.00; own share 20,000.00; rate 80,000.00 / 100,000.00
        assertBinds(assessment, LimitKind.RATE, "80000.00");
        assertThat(assessment.amounts().ownShare()).isEqualTo(new BigDecimal("20000.00"));
        assertThat(assessment.amounts().fundingRate()).isEqualTo(new BigDecimal("0.8000"));
    }

    @Test
    @DisplayName("Votum ausstehend: die Zuwendung ist die, die nach positivem Votum bewilligt würde")
    void pendingVoteKeepsTheGrant() {
        Assessment assessment = assess(TestApplication.eligible().vote(BoardVote.PENDING).requested("70000.00"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.PENDING_BOARD_VOTE);
        // requested 70,000.00 < rate 80,000.00; own share 100,000.00 - 70,000.00
        assertBinds(assessment, LimitKind.REQUESTED, "70000.00");
        assertThat(assessment.amounts().ownShare()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(assessment.amounts().fundingRate()).isEqualTo(new BigDecimal("0.7000"));
    }

    @Test
    @DisplayName("Nicht förderfähig: Zuwendung 0,00 EUR; die Grenzen werden genannt, aber keine bindet")
    void ineligibleApplicationIsGrantedNothingAndNoLimitBindsIt() {
        Assessment assessment = assess(TestApplication.eligible().legalForm(LegalForm.GBR));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        Amounts amounts = assessment.amounts();
        assertThat(amounts.grant()).isEqualTo(new BigDecimal("0.00"));
        // Own share 100,000.00 - 0.00 - 0.00; funding rate 0.00 / 100,000.00.
        assertThat(amounts.ownShare()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(amounts.fundingRate()).isEqualTo(new BigDecimal("0.0000"));
        // The limits are reported (the rate 0.80 x 100,000.00 = 80,000.00 would bind), but nothing is
        // granted, so no limit binds and no rule says one does.
        assertThat(amounts.limit(LimitKind.RATE)).hasValueSatisfying(l -> assertThat(l.amount()).isEqualByComparingTo("80000.00"));
        assertThat(amounts.binding()).isNull();
        assertThat(assessment.findings("RDZ-GRANT-RATE")).isEmpty();
        assertThat(assessment.findings()).allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.INFO));
    }

    @Test
    @DisplayName("Haldensleben: 212.900,00 EUR zuwendungsfähig, Zuwendung 170.320,00 EUR, Eigenanteil 42.580,00 EUR (80 %)")
    void haldenslebenAmounts() {
        Assessment assessment = assess(TestApplication.eligible().decidedOn("2019-01-16").period("2019-01-16", "2020-12-31")
                .costs(new CostItem(CostCategory.PERSONNEL, new BigDecimal("160000.00"), "Zwei Vollzeitstellen"),
                        new CostItem(CostCategory.MATERIAL, new BigDecimal("52900.00"), "Räume, Technik, Veranstaltungen"))
                .requested("170320.00"));

        Amounts amounts = assessment.amounts();
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // 160,000.00 + 52,900.00
        assertThat(amounts.totalCosts()).isEqualTo(new BigDecimal("212900.00"));
        assertThat(amounts.eligibleCosts()).isEqualTo(new BigDecimal("212900.00"));
        assertThat(amounts.nonEligibleCosts()).isEqualTo(new BigDecimal("0.00"));
        // 0.80 x 212,900.00
        assertThat(amounts.grant()).isEqualTo(new BigDecimal("170320.00"));
        // 212,900.00 - 170,320.00
        assertThat(amounts.ownShare()).isEqualTo(new BigDecimal("42580.00"));
        assertThat(amounts.fundingRate()).isEqualTo(new BigDecimal("0.8000"));
    }

    // Eligible 100,000.00, requested 80,000.00; own share = eligible - grant - third party - other public.
    @ParameterizedTest(name = "third party {0}, other public {1} -> grant {2}, own share {3}")
    @CsvSource({
            "10000.00, 0.00,     80000.00, 10000.00",  // 100,000.00 - 80,000.00 - 10,000.00
            "60000.00, 39999.99,     0.00,     0.01",  // grant 0.01 rounded down to 0.00; 100,000.00 - 99,999.99
            "60000.00, 40000.00,     0.00,     0.00",  // exactly covered
            "70000.00, 40000.00,     0.00,     0.00"}) // 100,000.00 - 110,000.00 = -10,000.00, never below 0.00
    @DisplayName("Eigenanteil: zuwendungsfähige Kosten abzüglich Zuwendung und anderer Finanzierung, nie unter 0,00 EUR")
    void ownShareIsNeverBelowZero(String thirdParty, String otherPublic, String grant, String ownShare) {
        Amounts amounts = assess(TestApplication.eligible().otherFunding(thirdParty, otherPublic)).amounts();

        assertThat(amounts.grant()).isEqualTo(new BigDecimal(grant));
        assertThat(amounts.ownShare()).isEqualTo(new BigDecimal(ownShare));
    }

    @ParameterizedTest(name = "eligible {0}, requested {1} -> grant {2}, funding rate {3}")
    @CsvSource({
            "100000.00, 12344.00, 12344.00, 0.1234",   // 0.12344
            "100000.00, 12345.00, 12345.00, 0.1235",   // 0.12345: half up (half even would give 0.1234)
            "100000.00, 12346.00, 12346.00, 0.1235",   // 0.12346
            "30000.00,  10000.00, 10000.00, 0.3333",   // 0.33333...
            "30000.00,  20000.00, 20000.00, 0.6667",   // 0.66666...
            "263000.00, 210400.00, 200000.00, 0.7605"}) // Altmarkkreis, ceiling binds: 0.760456...
    @DisplayName("Förderquote: Zuwendung / zuwendungsfähige Kosten, kaufmännisch auf vier Stellen gerundet")
    void fundingRateIsRoundedHalfUpToFourDecimals(String eligible, String requested, String grant, String rate) {
        Amounts amounts = assess(TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, eligible)
                .requested(requested)).amounts();

        assertThat(amounts.grant()).isEqualTo(new BigDecimal(grant));
        assertThat(amounts.fundingRate()).isEqualTo(new BigDecimal(rate));
    }

    @Test
    @DisplayName("Förderquote: 0,0000 ohne zuwendungsfähige Kosten")
    void fundingRateIsZeroWithoutEligibleCosts() {
        Amounts amounts = assess(TestApplication.eligible().onlyCost(CostCategory.INVESTMENT, "50000.00")).amounts();

        assertThat(amounts.eligibleCosts()).isEqualTo(new BigDecimal("0.00"));
        assertThat(amounts.fundingRate()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(amounts.ownShare()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    @DisplayName("Jede Prüfung wird im Protokoll der gefeuerten Regeln vermerkt")
    void everyCheckIsRecordedAmongTheRulesFired() {
        Assessment assessment = assess(TestApplication.eligible());

        assertThat(assessment.rulesFired()).containsExactlyInAnyOrder("RDZ-APPLICANT-FORM", "RDZ-APPLICANT-SEAT",
                "RDZ-PERIOD-DURATION", "RDZ-EARLY-START", "RDZ-COST-CATEGORY", "RDZ-COST-NONE-ELIGIBLE",
                "RDZ-SUSTAINABILITY", "RDZ-TASKS", "RDZ-NETWORK", "RDZ-BOARD-VOTE", "RDZ-GRANT-RATE",
                "RDZ-GRANT-CEILING", "RDZ-GRANT-REQUESTED", "RDZ-GRANT-NO-DOUBLE-FUNDING", "RDZ-GRANT-ROUNDING",
                "RDZ-GRANT-MINIMUM");
    }

    @Test
    @DisplayName("Für ein Unternehmen kommt RDZ-DEMINIMIS zu den gefeuerten Regeln hinzu")
    void deMinimisCheckIsRecordedForAnUndertaking() {
        Assessment assessment = assess(TestApplication.eligible().legalForm(LegalForm.GMBH).undertaking());

        assertThat(assessment.rulesFired()).containsExactlyInAnyOrder("RDZ-APPLICANT-FORM", "RDZ-APPLICANT-SEAT",
                "RDZ-PERIOD-DURATION", "RDZ-EARLY-START", "RDZ-COST-CATEGORY", "RDZ-COST-NONE-ELIGIBLE",
                "RDZ-SUSTAINABILITY", "RDZ-TASKS", "RDZ-NETWORK", "RDZ-BOARD-VOTE", "RDZ-GRANT-RATE",
                "RDZ-GRANT-CEILING", "RDZ-GRANT-REQUESTED", "RDZ-GRANT-NO-DOUBLE-FUNDING", "RDZ-DEMINIMIS",
                "RDZ-GRANT-ROUNDING", "RDZ-GRANT-MINIMUM");
    }
}
