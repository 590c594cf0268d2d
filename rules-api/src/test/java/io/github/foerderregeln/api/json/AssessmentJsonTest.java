package io.github.foerderregeln.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Rounding;
import io.github.foerderregeln.api.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The assessment JSON of docs/json-format.md: its field names, money as numbers with exactly two
 * decimals, the funding rate with four, findings in the language asked for and in the order of
 * severity, then rule id.
 */
class AssessmentJsonTest {
    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** Haldensleben as docs/json-format.md shows it, with amounts given at scale 0 to show the writer adds the cents. */
    private static Assessment haldensleben() {
        List<Limit> limits = List.of(
                new Limit(LimitKind.RATE, money("212900.00").multiply(money("0.80")), "RDZ-GRANT-RATE"),
                new Limit(LimitKind.CEILING, money("200000.00"), "RDZ-GRANT-CEILING"),
                new Limit(LimitKind.REQUESTED, money("170320.00"), "RDZ-GRANT-REQUESTED"),
                new Limit(LimitKind.NO_DOUBLE_FUNDING, money("212900.00"), "RDZ-GRANT-NO-DOUBLE-FUNDING"));
        // 170,320 / 212,900 = 0.8000
        Amounts amounts = new Amounts(money("212900"), money("212900"), money("0"), money("170320"), money("42580"),
                Rounding.fundingRate(money("170320.00"), money("212900.00")), limits, LimitKind.RATE);
        Map<String, Object> rateFigures = new LinkedHashMap<>();
        rateFigures.put("rate", money("0.80"));
        rateFigures.put("eligibleCosts", money("212900.00"));
        rateFigures.put("limit", money("170320.00"));
        Map<String, Object> otherFigures = new LinkedHashMap<>();
        otherFigures.put("approvedOn", LocalDate.of(2019, 1, 10));
        otherFigures.put("months", 24);
        otherFigures.put("count", 14L);
        otherFigures.put("form", LegalForm.GEMEINDE);
        otherFigures.put("categories", List.of("PERSONNEL", "MATERIAL"));
        otherFigures.put("economic", false);
        otherFigures.put("district", "Börde");
        List<Finding> findings = List.of(
                new Finding("RDZ-GRANT-RATE", Severity.INFO,
                        "Die Zuwendung ist auf 80 % der zuwendungsfähigen Kosten begrenzt (170.320,00 EUR).",
                        "The grant is limited to 80% of the eligible costs (EUR 170,320.00).",
                        "Förderaufruf Regionale Digitalisierungszentren: Zuschuss max. 80 %", rateFigures),
                new Finding("RDZ-NETWORK", Severity.WARNING, "Netzwerk", "network", "Förderaufruf", Map.of()),
                new Finding("RDZ-EARLY-START", Severity.INFO, "Beginn", "start", "VV Nr. 1.3 zu § 44 LHO LSA",
                        otherFigures));
        return new Assessment("haldensleben-2019", "rdz-lsa-2018", "2018.1", "bundled@0123456789ab", Outcome.ELIGIBLE,
                amounts, findings, List.of("RDZ-APPLICANT-FORM", "RDZ-GRANT-RATE", "RDZ-GRANT-ROUNDING"));
    }

    /** An ineligible application without a computed grant: grant and rate are zero, nothing binds. */
    private static Assessment ineligibleWithoutGrant() {
        // eligible 1,234.57; rate limit 0.80 x 1,234.57 = 987.656 exactly
        List<Limit> limits = List.of(new Limit(LimitKind.RATE, money("987.656"), "RDZ-GRANT-RATE"));
        Amounts amounts = new Amounts(money("1234.57"), money("1234.57"), money("0.00"), money("0.00"), money("1234.57"),
                Rounding.fundingRate(money("0.00"), money("1234.57")), limits, null);
        return new Assessment("undertaking-2031", "rdz-lsa-2018", "2018.1", "bundled@0123456789ab", Outcome.INELIGIBLE,
                amounts, List.of(), List.of());
    }

    private static JsonNode json(Assessment assessment, Language language) {
        return JsonEdits.tree(AssessmentJson.toJson(assessment, language));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The exact decimal of a JSON number, scale included; fails on anything but a number. */
    private static BigDecimal number(JsonNode node) {
        assertThat(node.isNumber()).as(node + " is a JSON number").isTrue();
        return node.decimalValue();
    }

    @Test
    @DisplayName("Field names of docs/json-format.md; callVersion, ruleSet and limits added after them")
    void theAssessmentHasTheFieldNamesOfTheFormat() {
        JsonNode root = json(haldensleben(), Language.DE);

        assertThat(names(root)).containsExactly("applicationId", "call", "outcome", "amounts", "findings", "rulesFired",
                "limits", "callVersion", "ruleSet");
        assertThat(names(root.get("amounts"))).containsExactly("totalCosts", "eligibleCosts", "nonEligibleCosts", "grant",
                "ownShare", "fundingRate");
        assertThat(names(root.get("findings").get(0))).containsExactly("ruleId", "severity", "message", "reference",
                "figures");
        assertThat(root.get("applicationId").asText()).isEqualTo("haldensleben-2019");
        assertThat(root.get("call").asText()).isEqualTo("rdz-lsa-2018");
        assertThat(root.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(root.get("callVersion").asText()).isEqualTo("2018.1");
        assertThat(root.get("ruleSet").asText()).isEqualTo("bundled@0123456789ab");
    }

    @Test
    @DisplayName("Money is a JSON number with exactly two decimals: 212900.00, 0.00")
    void moneyIsANumberWithExactlyTwoDecimals() {
        JsonNode amounts = json(haldensleben(), Language.DE).get("amounts");

        // isEqualTo on BigDecimal compares the scale as well
        assertThat(number(amounts.get("totalCosts"))).isEqualTo(money("212900.00"));
        assertThat(number(amounts.get("eligibleCosts"))).isEqualTo(money("212900.00"));
        assertThat(number(amounts.get("nonEligibleCosts"))).isEqualTo(money("0.00"));
        assertThat(number(amounts.get("grant"))).isEqualTo(money("170320.00"));
        assertThat(number(amounts.get("ownShare"))).isEqualTo(money("42580.00"));
        assertThat(AssessmentJson.toJson(haldensleben(), Language.DE)).contains("170320.00").doesNotContain("E+");
    }

    @Test
    @DisplayName("The funding rate is a number with four decimals: 0.8000, and 0.0000 without a grant")
    void theFundingRateHasFourDecimals() {
        assertThat(number(json(haldensleben(), Language.DE).get("amounts").get("fundingRate"))).isEqualTo(money("0.8000"));
        assertThat(number(json(ineligibleWithoutGrant(), Language.DE).get("amounts").get("fundingRate")))
                .isEqualTo(money("0.0000"));
    }

    @Test
    void aFundingRateGivenWithFewerDecimalsIsWrittenWithFour() {
        Assessment given = haldensleben();
        Amounts a = given.amounts();
        Amounts shortRate = new Amounts(a.totalCosts(), a.eligibleCosts(), a.nonEligibleCosts(), a.grant(), a.ownShare(),
                money("0.8"), a.limits(), a.binding());
        Assessment assessment = new Assessment(given.applicationId(), given.callId(), given.callVersion(),
                given.ruleSet(), given.outcome(), shortRate, given.findings(), given.rulesFired());

        assertThat(number(json(assessment, Language.DE).get("amounts").get("fundingRate"))).isEqualTo(money("0.8000"));
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleId() {
        JsonNode findings = json(haldensleben(), Language.DE).get("findings");

        assertThat(findings).extracting(f -> f.get("severity").asText() + " " + f.get("ruleId").asText())
                .containsExactly("WARNING RDZ-NETWORK", "INFO RDZ-EARLY-START", "INFO RDZ-GRANT-RATE");
    }

    @Test
    @DisplayName("message is German by default and English when asked; the reference stays as written")
    void findingsAreWrittenInTheLanguageAskedFor() {
        JsonNode german = json(haldensleben(), Language.DE).get("findings").get(2);
        JsonNode english = json(haldensleben(), Language.EN).get("findings").get(2);

        assertThat(german.get("message").asText())
                .isEqualTo("Die Zuwendung ist auf 80 % der zuwendungsfähigen Kosten begrenzt (170.320,00 EUR).");
        assertThat(english.get("message").asText())
                .isEqualTo("The grant is limited to 80% of the eligible costs (EUR 170,320.00).");
        assertThat(english.get("reference").asText()).isEqualTo(german.get("reference").asText())
                .isEqualTo("Förderaufruf Regionale Digitalisierungszentren: Zuschuss max. 80 %");
    }

    @Test
    void figuresKeepTheirTypeAndExactValue() {
        JsonNode findings = json(haldensleben(), Language.DE).get("findings");
        JsonNode rate = findings.get(2).get("figures");
        JsonNode other = findings.get(1).get("figures");

        assertThat(names(rate)).containsExactly("rate", "eligibleCosts", "limit");
        assertThat(number(rate.get("rate"))).isEqualTo(money("0.80"));
        assertThat(number(rate.get("limit"))).isEqualTo(money("170320.00"));
        assertThat(other.get("approvedOn").isTextual()).isTrue();
        assertThat(other.get("approvedOn").asText()).isEqualTo("2019-01-10");
        assertThat(other.get("months").isInt()).isTrue();
        assertThat(other.get("months").intValue()).isEqualTo(24);
        assertThat(other.get("count").longValue()).isEqualTo(14L);
        assertThat(other.get("form").asText()).isEqualTo("GEMEINDE");
        assertThat(other.get("categories")).extracting(JsonNode::asText).containsExactly("PERSONNEL", "MATERIAL");
        assertThat(other.get("economic").isBoolean()).isTrue();
        assertThat(other.get("district").asText()).isEqualTo("Börde");
    }

    @Test
    void rulesFiredAreListedInTheirOrder() {
        assertThat(json(haldensleben(), Language.DE).get("rulesFired")).extracting(JsonNode::asText)
                .containsExactly("RDZ-APPLICANT-FORM", "RDZ-GRANT-RATE", "RDZ-GRANT-ROUNDING");
    }

    @Test
    @DisplayName("Limits are shown cut to the cent (0.80 x 1,234.57 = 987.656 -> 987.65) and only the binding one says so")
    void limitsAreCutToTheCentAndMarkTheBindingOne() {
        JsonNode limits = json(haldensleben(), Language.DE).get("limits");

        assertThat(limits).extracting(l -> l.get("kind").asText() + " " + l.get("binding").asBoolean())
                .containsExactly("RATE true", "CEILING false", "REQUESTED false", "NO_DOUBLE_FUNDING false");
        assertThat(names(limits.get(0))).containsExactly("kind", "ruleId", "amount", "binding");
        assertThat(limits.get(0).get("ruleId").asText()).isEqualTo("RDZ-GRANT-RATE");
        // 0.80 x 212,900.00 = 170,320.0000, written with its cents only
        assertThat(number(limits.get(0).get("amount"))).isEqualTo(money("170320.00"));

        JsonNode noGrant = json(ineligibleWithoutGrant(), Language.DE).get("limits");
        // docs/rules.md, "Arithmetic": shown with exactly two decimals, rounded down, never 987.66
        assertThat(number(noGrant.get(0).get("amount"))).isEqualTo(money("987.65"));
        assertThat(noGrant.get(0).get("binding").asBoolean()).isFalse();
    }

    @Test
    void anIneligibleAssessmentWritesZeroMoneyWithCents() {
        JsonNode root = json(ineligibleWithoutGrant(), Language.EN);

        assertThat(root.get("outcome").asText()).isEqualTo("INELIGIBLE");
        assertThat(number(root.get("amounts").get("grant"))).isEqualTo(money("0.00"));
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.get("rulesFired")).isEmpty();
    }

    @Test
    void manyAssessmentsAreOneUtf8ArrayAndTheStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        AssessmentJson.writeAll(List.of(haldensleben(), ineligibleWithoutGrant()), Language.DE, out);

        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode array = JsonEdits.tree(text);
        assertThat(array.isArray()).isTrue();
        assertThat(array).extracting(a -> a.get("applicationId").asText())
                .containsExactly("haldensleben-2019", "undertaking-2031");
        assertThat(array.get(0)).isEqualTo(json(haldensleben(), Language.DE));
        assertThat(text).contains("zuwendungsfähigen").endsWith("\n");
        assertThat(closed[0]).as("the caller's stream is not closed").isFalse();
    }

    @Test
    void aWriterGetsTheSameArray() throws IOException {
        StringWriter out = new StringWriter();

        AssessmentJson.writeAll(List.of(haldensleben()), Language.EN, out);

        assertThat(JsonEdits.tree(out.toString()).get(0)).isEqualTo(json(haldensleben(), Language.EN));
        assertThat(JsonEdits.tree(out.toString()).get(0)).isNotEqualTo(json(haldensleben(), Language.DE));
    }

    @Test
    void noAssessmentsAreAnEmptyArray() throws IOException {
        StringWriter out = new StringWriter();

        AssessmentJson.writeAll(List.of(), Language.DE, out);

        assertThat(JsonEdits.tree(out.toString()).isArray()).isTrue();
        assertThat(JsonEdits.tree(out.toString())).isEmpty();
    }
}
