package io.github.foerderregeln.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.settlement.Conditions;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.InvalidSettlementException;
import io.github.foerderregeln.api.settlement.Settlement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settlement JSON of docs/json-format.md: read exactly with its defaults, every invalid field named. */
class SettlementJsonTest {
    private static final SettlementJson JSON = new SettlementJson(Set.of("rdz-lsa-2018"));

    static final String DECISION = """
            {
              "id": "haldensleben-2019",
              "call": "rdz-lsa-2018",
              "decisionDate": "2019-01-16",
              "recipient": { "name": "Stadt Haldensleben", "legalForm": "GEMEINDE" },
              "grant": "170320.00",
              "fundingRate": "0.8000",
              "approvedExpenditure": { "PERSONNEL": "160000.00", "MATERIAL": "52900.00" },
              "plannedOtherFunding": "0.00",
              "period": { "start": "2019-01-16", "end": "2020-12-31" }
            }""";

    static String settlement(String decision, String rest) {
        return """
                {
                  "id": "haldensleben-2019-settlement",
                  "grantDecision": %s,
                  "payments": [ { "paidOn": "2019-02-01", "amount": "40000.00" } ],
                  "expenditure": [
                    { "category": "PERSONNEL", "amount": "6666.67", "paidOn": "2019-01-31", "description": "Gehalt Januar" }
                  ],
                  %s
                  "proofSubmittedOn": "2021-05-20",
                  "settlementDate": "2021-09-01"
                }""".formatted(decision, rest);
    }

    private static Settlement read(String json) {
        return JSON.readSettlement(json.getBytes(StandardCharsets.UTF_8), "s.json");
    }

    private static InvalidSettlementException invalid(String json) {
        return catchThrowableOfType(() -> read(json), InvalidSettlementException.class);
    }

    @Test
    void aDecisionWithoutProofDueOrConditionsTakesSixMonthsAfterThePeriodAndTheProvisionsOfItsLegalForm() {
        GrantDecision d = read(settlement(DECISION, "")).decision();
        assertThat(d.proofDue()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(d.conditions()).isEqualTo(Conditions.ANBEST_GK);
        assertThat(d.fundingRate()).isEqualByComparingTo("0.8");
        assertThat(d.approved(CostCategory.INVESTMENT)).isEqualTo(new BigDecimal("0.00"));
        GrantDecision p = JSON.readDecision(DECISION.replace("GEMEINDE", "EINGETRAGENER_VEREIN")
                .getBytes(StandardCharsets.UTF_8), "d");
        assertThat(p.conditions()).isEqualTo(Conditions.ANBEST_P);
        assertThat(p.recipient().legalForm()).isEqualTo(LegalForm.EINGETRAGENER_VEREIN);
    }

    @Test
    void aSettlementWithoutOptionalFieldsHasNoApprovedOverrunAndNoOtherFunding() {
        Settlement s = read(settlement(DECISION, ""));
        assertThat(s.overrunApproved()).isEmpty();
        assertThat(s.otherFundingReceived()).isEqualTo(new BigDecimal("0.00"));
        assertThat(s.expenditure().get(0).amount()).isEqualTo(new BigDecimal("6666.67"));
        assertThat(s.paid()).isEqualTo(new BigDecimal("40000.00"));
    }

    @Test
    void aSettlementMayNameItsSchemaForAnEditorAndReadsAsWithout() {
        Settlement named = read(settlement(DECISION, "").replaceFirst("\\{", "{ \"\\$schema\": \"../../schemas/settlement.schema.json\","));
        assertThat(named).isEqualTo(read(settlement(DECISION, "")));
        // Only the settlement itself names a schema: inside the decision it is a misspelt field like any other.
        InvalidSettlementException e = invalid(settlement(DECISION.replaceFirst("\\{", "{ \"\\$schema\": \"x\","), ""));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("grantDecision.$schema");
    }

    @Test
    void aSettlementWrittenAndReadBackIsEqual() {
        Settlement s = read(settlement(DECISION, "\"overrunApproved\": [\"MATERIAL\"], \"otherFundingReceived\": 12.5,"));
        assertThat(read(SettlementJson.toJson(s))).isEqualTo(s);
        GrantDecision d = s.decision();
        assertThat(JSON.readDecision(SettlementJson.toJson(d).getBytes(StandardCharsets.UTF_8), "d")).isEqualTo(d);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        String decision = DECISION.replace("\"0.8000\"", "\"0.80001\"").replace("\"2020-12-31\"", "\"2018-12-31\"")
                .replace("\"rdz-lsa-2018\"", "\"nope\"");
        InvalidSettlementException e = invalid(settlement(decision,
                "\"overrunApproved\": [\"TRAVEL\"], \"otherFundingReceived\": -1, \"extra\": 1,"));
        assertThat(e.problems()).extracting(Problem::field).contains("grantDecision.fundingRate",
                "grantDecision.call", "overrunApproved[0]", "otherFundingReceived", "extra");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNamed() {
        String decision = DECISION.replace("\"2020-12-31\"", "\"2019-01-15\"");
        assertThat(invalid(settlement(decision, "")).problems()).extracting(Problem::field)
                .containsExactly("grantDecision.period.end");
    }

    @Test
    void aFundingRateAboveOneOrZeroIsInvalidAndOneIsValid() {
        assertThat(invalid(settlement(DECISION.replace("\"0.8000\"", "\"1.0001\""), "")).problems())
                .extracting(Problem::field).containsExactly("grantDecision.fundingRate");
        assertThat(invalid(settlement(DECISION.replace("\"0.8000\"", "0"), "")).problems())
                .extracting(Problem::field).containsExactly("grantDecision.fundingRate");
        assertThat(read(settlement(DECISION.replace("\"0.8000\"", "1"), "")).decision().fundingRate())
                .isEqualByComparingTo("1");
    }

    @Test
    void anApprovedCostPlanOfZerosIsInvalid() {
        String decision = DECISION.replace("\"160000.00\"", "0").replace("\"52900.00\"", "0");
        assertThat(invalid(settlement(decision, "")).problems()).extracting(Problem::field)
                .containsExactly("grantDecision.approvedExpenditure");
    }

    @Test
    void aPaymentAnExpenditureOrTheSubmissionAfterTheSettlementDateIsNamedAndOnTheDayIsValid() {
        String late = settlement(DECISION, "").replace("\"2019-02-01\"", "\"2021-09-02\"")
                .replace("\"2019-01-31\"", "\"2021-09-02\"").replace("\"2021-05-20\"", "\"2021-09-02\"");
        assertThat(invalid(late).problems()).extracting(Problem::field)
                .containsExactly("payments[0].paidOn", "expenditure[0].paidOn", "proofSubmittedOn");
        String onTheDay = late.replace("\"2021-09-02\"", "\"2021-09-01\"");
        assertThat(read(onTheDay).proofSubmittedOn()).isEqualTo(LocalDate.of(2021, 9, 1));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(invalid("{\"grantDecision\": {}}").problems()).extracting(Problem::field).contains("id",
                "expenditure", "proofSubmittedOn", "settlementDate", "grantDecision.grant",
                "grantDecision.fundingRate", "grantDecision.period", "grantDecision.recipient");
    }

    @Test
    void moneyWithThreeDecimalsAndANegativePaymentAreNamed() {
        String json = settlement(DECISION, "").replace("\"40000.00\"", "\"-1\"").replace("\"6666.67\"", "\"6666.675\"");
        assertThat(invalid(json).problems()).extracting(Problem::field)
                .containsExactly("payments[0].amount", "expenditure[0].amount");
    }
}
