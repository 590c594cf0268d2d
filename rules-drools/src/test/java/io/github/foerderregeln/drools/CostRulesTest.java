package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertFires;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static io.github.foerderregeln.drools.RuleAssertions.finding;
import static io.github.foerderregeln.drools.RuleAssertions.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** costs.drl: which costs are eligible (zuwendungsfähige Kosten), docs/rules.md, "Rules" and "Arithmetic". */
class CostRulesTest {
    private static final String CATEGORY = "RDZ-COST-CATEGORY";
    private static final String NONE_ELIGIBLE = "RDZ-COST-NONE-ELIGIBLE";

    /** docs/rules.md, "The call and its parameters": the call funds Personalkosten and Sachkosten only. No default, so every category has a row. */
    private static boolean funded(CostCategory category) {
        return switch (category) {
            case PERSONNEL, MATERIAL -> true;
            case INVESTMENT, OTHER -> false;
        };
    }

    @ParameterizedTest(name = "RDZ-COST-CATEGORY: {0}")
    @EnumSource(CostCategory.class)
    @DisplayName("RDZ-COST-CATEGORY: gefördert werden nur Personal- und Sachkosten")
    void onlyPersonnelAndMaterialCostsAreEligible(CostCategory category) {
        // Item 1: personnel 100,000.00; item 2: 5,000.00 of the category under test.
        Assessment assessment = assess(TestApplication.eligible().cost(category, "5000.00"));

        assertThat(assessment.amounts().totalCosts()).isEqualByComparingTo("105000.00");
        if (funded(category)) {
            assertSilent(assessment, CATEGORY);
            assertThat(assessment.amounts().eligibleCosts()).isEqualByComparingTo("105000.00");
            assertThat(assessment.amounts().nonEligibleCosts()).isEqualByComparingTo("0.00");
        } else {
            Finding warning = finding(assessment, CATEGORY, Severity.WARNING);
            assertThat(warning.figures()).containsEntry("item", 2).containsEntry("category", category);
            assertThat(money(warning, "amount")).isEqualByComparingTo("5000.00");
            assertThat(assessment.amounts().eligibleCosts()).isEqualByComparingTo("100000.00");
            assertThat(assessment.amounts().nonEligibleCosts()).isEqualByComparingTo("5000.00");
        }
        // A WARNING does not change the outcome (docs/rules.md, "What an assessment returns").
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.rulesFired()).contains(CATEGORY);
    }

    @Test
    @DisplayName("RDZ-COST-CATEGORY: ein Befund je nicht zuwendungsfähiger Kostenposition")
    void everyExcludedItemHasItsOwnWarning() {
        Assessment assessment = assess(TestApplication.eligible().costs(
                item(CostCategory.PERSONNEL, "100000.00", "Personal"),
                item(CostCategory.INVESTMENT, "5000.00", "Server"),
                item(CostCategory.MATERIAL, "20000.00", "Miete"),
                item(CostCategory.OTHER, "1234.56", "Bewirtung")));

        assertThat(assessment.findings(CATEGORY)).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(assessment.findings(CATEGORY)).extracting(f -> f.figures().get("item"))
                .containsExactlyInAnyOrder(2, 4);
        // total 100,000.00 + 5,000.00 + 20,000.00 + 1,234.56 = 126,234.56; eligible 100,000.00 + 20,000.00
        assertThat(assessment.amounts().totalCosts()).isEqualByComparingTo("126234.56");
        assertThat(assessment.amounts().eligibleCosts()).isEqualByComparingTo("120000.00");
        assertThat(assessment.amounts().nonEligibleCosts()).isEqualByComparingTo("6234.56");
    }

    @Test
    @DisplayName("RDZ-COST-CATEGORY: die Meldung nennt Position, Kostenart, Betrag und Beschreibung")
    void categoryWarningNamesTheItemInBothLanguages() {
        Assessment assessment = assess(TestApplication.eligible().costs(
                item(CostCategory.PERSONNEL, "100000.00", "Personal"),
                item(CostCategory.OTHER, "1234.56", "Bewirtung")));

        Finding warning = finding(assessment, CATEGORY, Severity.WARNING);
        assertThat(warning.messageDe()).isEqualTo("Ausgabenposition 2 (sonstige Ausgaben, 1.234,56 EUR, \"Bewirtung\")"
                + " ist nicht zuwendungsfähig: der Aufruf fördert nur Personalausgaben, Sachausgaben.");
        assertThat(warning.messageEn()).isEqualTo("Cost item 2 (OTHER, EUR 1,234.56, \"Bewirtung\")"
                + " is not eligible: the call funds only PERSONNEL, MATERIAL.");
    }

    @Test
    @DisplayName("RDZ-COST-NONE-ELIGIBLE: ohne zuwendungsfähige Kosten (0,00 EUR) keine Zuwendung")
    void costPlanWithoutEligibleCostsIsIneligible() {
        Assessment assessment = assess(TestApplication.eligible().onlyCost(CostCategory.INVESTMENT, "50000.00"));

        Finding error = finding(assessment, NONE_ELIGIBLE, Severity.ERROR);
        assertThat(money(error, "eligibleCosts")).isEqualByComparingTo("0.00");
        assertThat(error.messageDe()).isEqualTo("Der Finanzierungsplan enthält keine zuwendungsfähigen Ausgaben (0,00 EUR).");
        assertThat(error.messageEn()).isEqualTo("The cost plan has no eligible costs (EUR 0.00).");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(assessment.grant()).isEqualByComparingTo("0.00");
        assertThat(assessment.amounts().nonEligibleCosts()).isEqualByComparingTo("50000.00");
    }

    @Test
    @DisplayName("RDZ-COST-NONE-ELIGIBLE: schon 0,01 EUR zuwendungsfähige Kosten genügen")
    void oneCentOfEligibleCostsIsAboveZero() {
        Assessment assessment = assess(TestApplication.eligible().onlyCost(CostCategory.INVESTMENT, "50000.00")
                .cost(CostCategory.MATERIAL, "0.01"));

        assertSilent(assessment, NONE_ELIGIBLE);
        assertThat(assessment.amounts().eligibleCosts()).isEqualByComparingTo("0.01");
        assertThat(assessment.rulesFired()).contains(NONE_ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-COST-NONE-ELIGIBLE: der Kostenplan des Musterantrags ist zuwendungsfähig")
    void eligibleCostPlanIsAccepted() {
        Assessment assessment = assess(TestApplication.eligible());

        assertSilent(assessment, NONE_ELIGIBLE);
        assertSilent(assessment, CATEGORY);
        assertThat(assessment.amounts().eligibleCosts()).isEqualTo(new BigDecimal("100000.00"));
    }

    private static CostItem item(CostCategory category, String amount, String description) {
        return new CostItem(category, new BigDecimal(amount), description);
    }
}
