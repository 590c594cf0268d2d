package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertBinds;
import static io.github.foerderregeln.drools.RuleAssertions.assertFires;
import static io.github.foerderregeln.drools.RuleAssertions.assertNoFinding;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static io.github.foerderregeln.drools.RuleAssertions.finding;
import static io.github.foerderregeln.drools.RuleAssertions.kinds;
import static io.github.foerderregeln.drools.RuleAssertions.limit;
import static io.github.foerderregeln.drools.RuleAssertions.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * limits.drl: the limits of the grant and the grant itself (docs/rules.md, "Rules" and "Arithmetic"). The grant is
 * the lowest limit rounded down to whole euros; on a tie the limit first in the order RATE,
 * CEILING, REQUESTED, NO_DOUBLE_FUNDING, DEMINIMIS binds.
 */
class GrantLimitRulesTest {
    private static final String RATE = "RDZ-GRANT-RATE";
    private static final String CEILING = "RDZ-GRANT-CEILING";
    private static final String REQUESTED = "RDZ-GRANT-REQUESTED";
    private static final String NO_DOUBLE_FUNDING = "RDZ-GRANT-NO-DOUBLE-FUNDING";
    private static final String ROUNDING = "RDZ-GRANT-ROUNDING";

    /** Stadt Haldensleben, first Bescheid of 16 Jan 2019 (docs/rules.md, "Real cases"). */
    private static TestApplication haldensleben() {
        return TestApplication.eligible().decidedOn("2019-01-16").period("2019-01-16", "2020-12-31")
                .costs(new CostItem(CostCategory.PERSONNEL, new BigDecimal("160000.00"), "Zwei Vollzeitstellen"),
                        new CostItem(CostCategory.MATERIAL, new BigDecimal("52900.00"), "Räume, Technik, Veranstaltungen"))
                .requested("170320.00");
    }

    /** The eligible application with {@code eligible} EUR of personnel costs as its only item. */
    private static TestApplication withEligibleCosts(String eligible) {
        return TestApplication.eligible().onlyCost(CostCategory.PERSONNEL, eligible);
    }

    @Test
    @DisplayName("RDZ-GRANT-RATE: Haldensleben – 0,80 x 212.900,00 = 170.320,00 EUR, so viel wie beantragt: beide Grenzen binden")
    void haldenslebenIsBoundByTheRateAndTheAmountRequestedTogether() {
        Assessment assessment = assess(haldensleben());

        // Rate limit 0.80 x 212,900.00 = 170,320.00 ties the amount requested: both bind, RATE is named first.
        Finding rate = assertBinds(assessment, LimitKind.RATE, "170320.00", LimitKind.REQUESTED);
        assertThat(rate.messageDe()).isEqualTo("Die Zuwendung ist auf 80 % der zuwendungsfähigen Ausgaben begrenzt"
                + " (170.320,00 EUR); ebenso binden: „beantragter Betrag“ (RDZ-GRANT-REQUESTED).");
        assertThat(rate.messageEn()).isEqualTo("The grant is limited to 80% of the eligible costs (EUR 170,320.00);"
                + " binding as well: RDZ-GRANT-REQUESTED.");
        assertThat(rate.reference())
                .isEqualTo("Förderaufruf Regionale Digitalisierungszentren: Zuschuss max. 80 % (Förderquote)");
        assertThat(money(rate, "rate")).isEqualByComparingTo("0.80");
        assertThat(money(rate, "limit")).isEqualByComparingTo("170320.00");
        // Raising the eligible costs alone would raise nothing: the hint names the other binding limit.
        assertThat(rate.hintDe()).isEqualTo("Höhere zuwendungsfähige Ausgaben allein erhöhen die Zuwendung nicht:"
                + " zugleich müssten „beantragter Betrag“ (RDZ-GRANT-REQUESTED) steigen.");
        // The only findings: every check passed, and the rate and the amount requested bind.
        assertThat(assessment.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactlyInAnyOrder(tuple(RATE, Severity.INFO), tuple(REQUESTED, Severity.INFO));
    }

    @Test
    @DisplayName("RDZ-GRANT-RATE, -CEILING, -REQUESTED, -NO-DOUBLE-FUNDING: jede Grenze ist gesetzt, exakt und ungerundet")
    void everyLimitIsSetExactly() {
        Assessment assessment = assess(haldensleben());

        assertThat(limit(assessment, LimitKind.RATE)).isEqualByComparingTo("170320.00");
        assertThat(limit(assessment, LimitKind.CEILING)).isEqualByComparingTo("200000.00");
        assertThat(limit(assessment, LimitKind.REQUESTED)).isEqualByComparingTo("170320.00");
        // 212,900.00 - 0.00 - 0.00
        assertThat(limit(assessment, LimitKind.NO_DOUBLE_FUNDING)).isEqualByComparingTo("212900.00");
        // Not an undertaking: no de-minimis limit.
        assertThat(assessment.amounts().limit(LimitKind.DEMINIMIS)).isEmpty();
        assertThat(assessment.rulesFired()).contains(RATE, CEILING, REQUESTED, NO_DOUBLE_FUNDING, ROUNDING);
    }

    // Eligible 100,000.00: rate limit 0.80 x 100,000.00 = 80,000.00.
    @ParameterizedTest(name = "RDZ-GRANT-RATE / RDZ-GRANT-REQUESTED: requested {0} -> {1} binds, grant {2}")
    @CsvSource({
            "79999.99, REQUESTED, '',        79999.00",  // requested lower by 0.01 binds; rounded down to whole euros
            "80000.00, RATE,      REQUESTED, 80000.00",  // tie: both bind, RATE is named first
            "80000.01, RATE,      '',        80000.00"}) // rate lower by 0.01 binds
    @DisplayName("RDZ-GRANT-RATE / RDZ-GRANT-REQUESTED: höchstens 80 % der zuwendungsfähigen Ausgaben und höchstens der beantragte Betrag")
    void rateAndAmountRequestedBindByOneCent(String requested, LimitKind binding, String also, String grant) {
        Assessment assessment = assess(withEligibleCosts("100000.00").requested(requested));

        assertBinds(assessment, binding, grant, kinds(also));
        assertThat(limit(assessment, LimitKind.RATE)).isEqualByComparingTo("80000.00");
        assertThat(limit(assessment, LimitKind.REQUESTED)).isEqualByComparingTo(requested);
    }

    @Test
    @DisplayName("RDZ-GRANT-RATE: lässt die Quote weniger als 1,00 EUR (0,80 x 1,00 = 0,80), schweigt die Regel und RDZ-GRANT-MINIMUM lehnt ab")
    void rateIsSilentAndTheMinimumRefusesWhenTheRoundedGrantIsZero() {
        Assessment assessment = assess(withEligibleCosts("1.00"));

        assertThat(limit(assessment, LimitKind.RATE)).isEqualByComparingTo("0.80");
        assertThat(assessment.grant()).isEqualByComparingTo("0.00");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        // Ineligible: no limit binds.
        assertThat(assessment.amounts().binding()).isNull();
        assertSilent(assessment, RATE);
        assertFires(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
    }

    @Test
    @DisplayName("RDZ-GRANT-RATE: die Grenze 0,80 x 100.001,26 = 80.001,008 wird auf den Cent abgerundet gezeigt (80.001,00 EUR)")
    void rateLimitIsShownCutToTheCent() {
        Assessment assessment = assess(withEligibleCosts("100001.26").requested("90000.00"));

        Finding rate = assertBinds(assessment, LimitKind.RATE, "80001.00");
        assertThat(limit(assessment, LimitKind.RATE)).isEqualTo(new BigDecimal("80001.00"));
        assertThat(money(rate, "limit")).isEqualTo(new BigDecimal("80001.00"));
        assertThat(rate.messageDe()).contains("(80.001,00 EUR)");
        assertThat(money(rate, "eligibleCosts")).isEqualByComparingTo("100001.26");
    }

    @Test
    @DisplayName("RDZ-GRANT-RATE: gerundet wird nur die Anzeige; die Grenze 80.000,008 liegt über dem Antrag von 80.000,00, der allein bindet")
    void rateLimitIsComparedExactly() {
        // Shown, the rate limit would be 80,000.00 and tie the request; exactly, it is above it.
        Assessment assessment = assess(withEligibleCosts("100000.01").requested("80000.00"));

        assertBinds(assessment, LimitKind.REQUESTED, "80000.00");
    }

    @ParameterizedTest(name = "RDZ-GRANT-CEILING: eligible {0}, requested {1} -> {2} binds, grant {3}")
    @CsvSource({
            // The amount requested is the lowest other limit (rate 0.80 x 300,000.00 = 240,000.00):
            "300000.00, 199999.99, REQUESTED, '',        199999.00",  // lowest limit 199,999.99, rounded down
            "300000.00, 200000.00, CEILING,   REQUESTED, 200000.00",  // tie: both bind, CEILING named first
            "300000.00, 200000.01, CEILING,   '',        200000.00",
            // The rate is the lowest other limit (requested 250,000.00):
            "249999.99, 250000.00, RATE,      '',        199999.00",  // 0.80 x 249,999.99 = 199,999.992, rounded down
            "250000.00, 250000.00, RATE,      CEILING,   200000.00",  // 0.80 x 250,000.00 = 200,000.00 ties
            "250000.01, 250000.00, CEILING,   '',        200000.00"}) // 0.80 x 250,000.01 = 200,000.008
    @DisplayName("RDZ-GRANT-CEILING: höchstens 200.000,00 EUR je Zentrum")
    void grantIsAtMostTheCeiling(String eligible, String requested, LimitKind binding, String also, String grant) {
        Assessment assessment = assess(withEligibleCosts(eligible).requested(requested));

        assertBinds(assessment, binding, grant, kinds(also));
        assertThat(limit(assessment, LimitKind.CEILING)).isEqualByComparingTo("200000.00");
    }

    @Test
    @DisplayName("RDZ-GRANT-CEILING: Altmarkkreis Salzwedel – 263.000,00 EUR zuwendungsfähig, Höchstbetrag 200.000,00 EUR")
    void altmarkkreisIsBoundByTheCeiling() {
        Assessment assessment = assess(TestApplication.eligible().legalForm(LegalForm.LANDKREIS)
                .district("Altmarkkreis Salzwedel").decidedOn("2019-04-29").period("2019-07-01", "2021-06-30")
                .onlyCost(CostCategory.PERSONNEL, "263000.00").requested("210400.00"));

        // Rate 0.80 x 263,000.00 = 210,400.00 > ceiling 200,000.00.
        Finding ceiling = assertBinds(assessment, LimitKind.CEILING, "200000.00");
        assertThat(money(ceiling, "ceiling")).isEqualByComparingTo("200000.00");
        assertThat(ceiling.messageDe()).isEqualTo("Die Zuwendung ist auf den Höchstbetrag von 200.000,00 EUR begrenzt.");
        assertThat(ceiling.messageEn()).isEqualTo("The grant is limited to the ceiling of EUR 200,000.00.");
        assertThat(ceiling.reference()).contains("200.000,00 EUR je Zentrum");
        // Own share 263,000.00 - 200,000.00 = 63,000.00 (about 24 %).
        assertThat(assessment.amounts().ownShare()).isEqualByComparingTo("63000.00");
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-GRANT-REQUESTED: höchstens der beantragte Betrag (50.000,50 EUR, bewilligt 50.000,00 EUR)")
    void amountRequestedBindsWithItsFigureInBothLanguages() {
        Assessment assessment = assess(withEligibleCosts("100000.00").requested("50000.50"));

        Finding requested = assertBinds(assessment, LimitKind.REQUESTED, "50000.00");
        assertThat(money(requested, "requested")).isEqualByComparingTo("50000.50");
        assertThat(requested.messageDe())
                .isEqualTo("Die Zuwendung ist auf den beantragten Betrag von 50.000,50 EUR begrenzt.");
        assertThat(requested.messageEn()).isEqualTo("The grant is limited to the amount requested, EUR 50,000.50.");
    }

    // Eligible 100,000.00, requested 80,000.00; headroom = 100,000.00 - thirdParty - otherPublic.
    @ParameterizedTest(name = "RDZ-GRANT-NO-DOUBLE-FUNDING: third party {0}, other public {1} -> headroom {2}")
    @CsvSource({
            "60000.00,  40000.01, -0.01, true",
            "60000.00,  40000.00,  0.00, true",
            "60000.00,  39999.99,  0.01, false",
            "100000.00,     0.00,  0.00, true",
            "0.00,     100000.00,  0.00, true"})
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: ist nach anderer Finanzierung nichts übrig, ist das ein Fehler")
    void nothingLeftAfterOtherFundingIsAnError(String thirdParty, String otherPublic, String headroom, boolean error) {
        Assessment assessment = assess(withEligibleCosts("100000.00").otherFunding(thirdParty, otherPublic));

        assertThat(limit(assessment, LimitKind.NO_DOUBLE_FUNDING)).isEqualByComparingTo(headroom);
        assertThat(assessment.grant()).isEqualByComparingTo("0.00");
        // Ineligible in every row, so no limit binds.
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(assessment.amounts().binding()).isNull();
        if (error) {
            assertFires(assessment, NO_DOUBLE_FUNDING, Severity.ERROR);
            assertNoFinding(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
        } else {
            // One cent left is no double funding, but a grant below the minimum.
            assertNoFinding(assessment, NO_DOUBLE_FUNDING, Severity.ERROR);
            assertFires(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
        }
        assertNoFinding(assessment, NO_DOUBLE_FUNDING, Severity.INFO);
    }

    @Test
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: die Meldung nennt zuwendungsfähige Ausgaben, Drittmittel und andere Zuwendungen")
    void nothingLeftErrorNamesTheFiguresInBothLanguages() {
        Finding error = finding(assess(withEligibleCosts("100000.00").otherFunding("60000.00", "40000.00")),
                NO_DOUBLE_FUNDING, Severity.ERROR);

        assertThat(money(error, "eligibleCosts")).isEqualByComparingTo("100000.00");
        assertThat(money(error, "thirdParty")).isEqualByComparingTo("60000.00");
        assertThat(money(error, "otherPublic")).isEqualByComparingTo("40000.00");
        assertThat(error.messageDe()).isEqualTo("Die zuwendungsfähigen Ausgaben von 100.000,00 EUR sind durch Drittmittel"
                + " (60.000,00 EUR) und andere öffentliche Zuwendungen (40.000,00 EUR) bereits gedeckt;"
                + " für eine Zuwendung bleibt nichts.");
        assertThat(error.messageEn()).isEqualTo("The eligible costs of EUR 100,000.00 are already covered by"
                + " third-party funds (EUR 60,000.00) and other public grants (EUR 40,000.00); nothing is left for a grant.");
    }

    @Test
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: 100.000,00 - 30.000,00 - 10.000,00 = 60.000,00 EUR begrenzen die Zuwendung")
    void otherFundingBindsTheGrant() {
        Assessment assessment = assess(withEligibleCosts("100000.00").otherFunding("30000.00", "10000.00"));

        Finding binds = assertBinds(assessment, LimitKind.NO_DOUBLE_FUNDING, "60000.00");
        assertThat(money(binds, "limit")).isEqualByComparingTo("60000.00");
        assertThat(money(binds, "eligibleCosts")).isEqualByComparingTo("100000.00");
        assertThat(money(binds, "thirdParty")).isEqualByComparingTo("30000.00");
        assertThat(money(binds, "otherPublic")).isEqualByComparingTo("10000.00");
        assertThat(binds.messageDe()).isEqualTo("Die Zuwendung ist auf die nicht anderweitig finanzierten"
                + " zuwendungsfähigen Ausgaben begrenzt (60.000,00 EUR = 100.000,00 EUR abzüglich Drittmittel"
                + " 30.000,00 EUR und andere öffentliche Zuwendungen 10.000,00 EUR).");
        assertThat(binds.messageEn()).isEqualTo("The grant is limited to the eligible costs not funded otherwise"
                + " (EUR 60,000.00 = EUR 100,000.00 less third-party funds EUR 30,000.00 and other public grants"
                + " EUR 10,000.00).");
        // A Gemeinde is a Gebietskörperschaft: ANBest-Gk.
        assertThat(binds.reference()).isEqualTo("§ 23 LHO LSA; Nr. 1.2 ANBest-Gk (Deckungsmittel)");
        // Own share 100,000.00 - 60,000.00 - 30,000.00 - 10,000.00 = 0.00.
        assertThat(assessment.amounts().ownShare()).isEqualByComparingTo("0.00");
    }

    // Eligible 100,000.00, rate limit 80,000.00: other funding of 20,000.00 leaves exactly the rate limit.
    @ParameterizedTest(name = "RDZ-GRANT-NO-DOUBLE-FUNDING: other public {0} -> {1} binds, grant {2}")
    @CsvSource({
            "19999.99, RATE,              '',                80000.00",  // 80,000.01 left
            "20000.00, RATE,              NO_DOUBLE_FUNDING, 80000.00",  // 80,000.00 left, tie: both bind
            "20000.01, NO_DOUBLE_FUNDING, '',                79999.00"}) // 79,999.99 left, rounded down
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: keine Ausgabe wird doppelt gefördert")
    void costsLeftAfterOtherFundingBindByOneCent(String otherPublic, LimitKind binding, String also, String grant) {
        assertBinds(assess(withEligibleCosts("100000.00").requested("90000.00").otherFunding("0.00", otherPublic)),
                binding, grant, kinds(also));
    }

    @Test
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: ohne andere Finanzierung kein Fehler, auch ohne zuwendungsfähige Kosten")
    void noOtherFundingIsNeverAnError() {
        Assessment assessment = assess(TestApplication.eligible().onlyCost(CostCategory.INVESTMENT, "50000.00"));

        // Headroom 0.00 - 0.00 - 0.00 = 0.00, but nothing is funded twice: only RDZ-COST-NONE-ELIGIBLE speaks.
        assertThat(limit(assessment, LimitKind.NO_DOUBLE_FUNDING)).isEqualByComparingTo("0.00");
        assertSilent(assessment, NO_DOUBLE_FUNDING);
        assertFires(assessment, "RDZ-COST-NONE-ELIGIBLE", Severity.ERROR);
    }

    /** docs/rules.md, "Legal forms": Gebietskörperschaften and Zweckverbände get the ANBest-Gk, everyone else the ANBest-P. */
    private static String anBest(LegalForm form) {
        return switch (form) {
            case GEMEINDE, VERBANDSGEMEINDE, LANDKREIS, KREISFREIE_STADT, ZWECKVERBAND -> "ANBest-Gk";
            case ANSTALT_OEFFENTLICHEN_RECHTS, KOERPERSCHAFT_OEFFENTLICHEN_RECHTS, EINGETRAGENER_VEREIN, GMBH, AG,
                    GENOSSENSCHAFT, STIFTUNG, GBR, EINZELUNTERNEHMEN, NATUERLICHE_PERSON -> "ANBest-P";
        };
    }

    @ParameterizedTest(name = "RDZ-GRANT-NO-DOUBLE-FUNDING: {0}")
    @EnumSource(LegalForm.class)
    @DisplayName("RDZ-GRANT-NO-DOUBLE-FUNDING: der Verweis nennt die ANBest der Rechtsform (Nr. 1.2 ANBest-Gk / ANBest-P)")
    void referenceNamesTheAncillaryProvisionsOfTheLegalForm(LegalForm form) {
        Finding error = finding(assess(withEligibleCosts("100000.00").legalForm(form).otherFunding("100000.00", "0.00")),
                NO_DOUBLE_FUNDING, Severity.ERROR);

        assertThat(error.reference()).isEqualTo("§ 23 LHO LSA; Nr. 1.2 " + anBest(form) + " (Deckungsmittel)");
    }

    // The lowest limit here is the amount requested (rate 80,000.00 above it).
    @ParameterizedTest(name = "RDZ-GRANT-ROUNDING: lowest limit {0} -> grant {1}")
    @CsvSource({
            "79999.99, 79999.00",
            "79999.01, 79999.00",
            "79999.00, 79999.00",
            "0.99,     0.00",
            "1.00,     1.00"})
    @DisplayName("RDZ-GRANT-ROUNDING: die Zuwendung ist die niedrigste Grenze, auf volle Euro abgerundet, nie aufgerundet")
    void grantIsTheLowestLimitRoundedDownToWholeEuros(String requested, String grant) {
        Assessment assessment = assess(withEligibleCosts("100000.00").requested(requested));

        assertThat(assessment.grant()).isEqualTo(new BigDecimal(grant));
        // A grant that rounds to 0.00 is refused (RDZ-GRANT-MINIMUM): then no limit binds.
        assertThat(assessment.amounts().binding()).isEqualTo(assessment.grant().signum() > 0 ? LimitKind.REQUESTED : null);
        assertThat(assessment.findings(REQUESTED)).hasSize(assessment.grant().signum() > 0 ? 1 : 0);
        // The rule computes; it never has a finding of its own.
        assertSilent(assessment, ROUNDING);
        assertThat(assessment.rulesFired()).contains(ROUNDING);
    }

    @Test
    @DisplayName("RDZ-GRANT-ROUNDING: ohne geltende De-minimis-Verordnung wird für ein Unternehmen keine Zuwendung berechnet")
    void noGrantIsComputedForAnUndertakingWithoutRegulationInForce() {
        // The call's regulations end on 2030-12-31.
        Assessment assessment = assess(TestApplication.eligible().legalForm(LegalForm.GMBH).undertaking()
                .decidedOn("2031-01-01").period("2031-02-01", "2032-01-31"));

        assertThat(assessment.rulesFired()).doesNotContain(ROUNDING);
        assertSilent(assessment, ROUNDING);
        assertThat(assessment.amounts().binding()).isNull();
        assertThat(assessment.grant()).isEqualByComparingTo("0.00");
        for (String limitRule : new String[] {RATE, CEILING, REQUESTED, NO_DOUBLE_FUNDING}) {
            assertNoFinding(assessment, limitRule, Severity.INFO);
        }
    }

    // Eligible 100,000.00 (rate 80,000.00): the amount requested is the lowest limit.
    @ParameterizedTest(name = "RDZ-GRANT-MINIMUM: requested {0} -> grant {1}, refused: {2}")
    @CsvSource({
            "0.01, 0.00, true",
            "0.99, 0.00, true",    // rounds down to 0.00, below the minimum of 1.00
            "1.00, 1.00, false",   // at the minimum
            "1.99, 1.00, false",   // rounds down to the minimum
            "2.00, 2.00, false"})
    @DisplayName("RDZ-GRANT-MINIMUM: eine Zuwendung unter 1,00 EUR wird nicht bewilligt")
    void aGrantBelowTheMinimumIsRefused(String requested, String grant, boolean refused) {
        Assessment assessment = assess(withEligibleCosts("100000.00").requested(requested));

        assertThat(assessment.rulesFired()).contains("RDZ-GRANT-MINIMUM");
        assertThat(assessment.grant()).isEqualByComparingTo(refused ? "0.00" : grant);
        if (refused) {
            assertFires(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(assessment.amounts().binding()).isNull();
            assertSilent(assessment, REQUESTED);
        } else {
            assertSilent(assessment, "RDZ-GRANT-MINIMUM");
            assertBinds(assessment, LimitKind.REQUESTED, grant);
            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    @Test
    @DisplayName("RDZ-GRANT-MINIMUM: die Meldung nennt die Grenze, die so wenig übrig lässt, und die Mindestzuwendung")
    void theMinimumErrorNamesTheLimitThatLeftSoLittle() {
        Finding error = finding(assess(withEligibleCosts("100000.00").otherFunding("60000.00", "39999.50")),
                "RDZ-GRANT-MINIMUM", Severity.ERROR);

        assertThat(error.figures()).containsEntry("limitRule", NO_DOUBLE_FUNDING);
        assertThat(money(error, "limit")).isEqualByComparingTo("0.50");
        assertThat(money(error, "minGrant")).isEqualByComparingTo("1.00");
        assertThat(error.messageDe()).isEqualTo("Die Zuwendung betrüge nur 0,00 EUR und damit weniger als die"
                + " Mindestzuwendung von 1,00 EUR: die niedrigste Obergrenze, nicht anderweitig finanzierte"
                + " zuwendungsfähige Ausgaben (RDZ-GRANT-NO-DOUBLE-FUNDING), lässt 0,50 EUR; ein Bescheid über"
                + " diesen Betrag ergeht nicht.");
        assertThat(error.reference()).startsWith("Annahme: Mindestzuwendung von 1,00 EUR");
    }

    @Test
    @DisplayName("RDZ-GRANT-MINIMUM: ist die niedrigste Grenze 0,00 EUR oder weniger, spricht die Regel dieser Grenze, nicht die Mindestzuwendung")
    void theMinimumIsSilentWhereALimitOfNothingHasItsOwnError() {
        Assessment assessment = assess(withEligibleCosts("100000.00").otherFunding("60000.00", "40000.00"));

        assertFires(assessment, NO_DOUBLE_FUNDING, Severity.ERROR);
        assertSilent(assessment, "RDZ-GRANT-MINIMUM");
    }
}
