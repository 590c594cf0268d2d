package io.github.foerderregeln.testing.diff;

import static io.github.foerderregeln.testing.diff.SettlementDiffResultTest.figures;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.RuleSide;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.ChangedSettlement;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.Summary;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The text, JSON and HTML reports of a hand-built settlement diff. */
class SettlementDiffWritersTest {
    private static final String SCRIPT_ID = "<script>alert(\"x\")</script>";

    /**
     * A settlement that now refunds 3,768.00 with 149.29 interest (balance -3,917.29); one whose refund
     * interest rises from 319.18 to 396.65 (-77.47); one whose id carries a script and whose findings alone
     * changed. Totals over them and an unchanged one of 170,320.00: final grants 670,960.00 before,
     * 667,192.00 after; refunds 10,320.00 and 14,088.00; refund interest 319.18 and 545.94.
     */
    private static SettlementDiffResult result(Language language) {
        FindingChange refund = new FindingChange("SET-REFUND", Severity.WARNING, "refund <3,768>");
        FindingChange overrun = new FindingChange("SET-CATEGORY-OVERRUN", Severity.WARNING, "cut");
        return new SettlementDiffResult(language,
                new Summary("baseline@<b>", "candidate@2", 5, 4, 1, 3,
                        figures("670960.00", "10320.00", "0.00", "319.18", "0.00"),
                        figures("667192.00", "14088.00", "0.00", "545.94", "0.00")),
                List.of(new ChangedSettlement("b-interest", SettlementOutcome.REFUND, SettlementOutcome.REFUND,
                                figures("160000.00", "10320.00", "0.00", "319.18", "0.00"),
                                figures("160000.00", "10320.00", "0.00", "396.65", "0.00"), List.of(), List.of()),
                        new ChangedSettlement("c-refund", SettlementOutcome.BALANCED, SettlementOutcome.REFUND,
                                figures("170320.00", "0.00", "0.00", "0.00", "0.00"),
                                figures("166552.00", "3768.00", "0.00", "149.29", "0.00"), List.of(refund), List.of()),
                        new ChangedSettlement(SCRIPT_ID + "\nnext", SettlementOutcome.BALANCED, SettlementOutcome.BALANCED,
                                figures("170320.00", "0.00", "0.00", "0.00", "0.00"),
                                figures("170320.00", "0.00", "0.00", "0.00", "0.00"), List.of(), List.of(overrun))),
                List.of(new InvalidApplication("bad.json", RuleSide.BOTH,
                        List.of(new Problem("grantDecision.fundingRate", "is required")))));
    }

    @Test
    void textListsTheTotalsOfEachFigureThenEachSettlementWithAllFiveFigures() {
        String text = PolicyDiffText.toText(result(Language.EN)).replaceAll(" {2,}", " ");

        assertThat(text).startsWith("Policy diff\n");
        assertThat(text).contains(" Settlements read: 5\n", " Settlements settled: 4\n", " Not settleable: 1\n",
                " Changed: 3\n", " of which outcome or an amount changed: 2\n", " of which only the findings changed: 1\n",
                " Total final grant before: EUR 670,960.00\n", " Total final grant after: EUR 667,192.00\n",
                " Difference final grant: EUR -3,768.00\n", " Difference refund: EUR +3,768.00\n",
                " Difference refund interest: EUR +226.76\n", " Difference late-use interest: EUR 0.00\n");
        assertThat(text).doesNotContain("Eligibility");
        assertThat(text).contains(" c-refund: BALANCED -> REFUND, final grant EUR 170,320.00 -> EUR 166,552.00 (EUR -3,768.00)\n"
                + " refund EUR 0.00 -> EUR 3,768.00 (EUR +3,768.00)\n"
                + " remaining payment EUR 0.00 -> EUR 0.00 (EUR 0.00)\n"
                + " refund interest EUR 0.00 -> EUR 149.29 (EUR +149.29)\n"
                + " late-use interest EUR 0.00 -> EUR 0.00 (EUR 0.00)\n"
                + " + WARNING SET-REFUND: refund <3,768>\n");
        assertThat(text).contains("Outcome transitions\n BALANCED -> REFUND: 1\n");
        assertThat(text).contains(" bad.json (Rejected by: both): grantDecision.fundingRate: is required\n",
                "Settlements that could not be settled\n");
        // Material first, the largest change of the balance first (-3,917.29 before -77.47), then the findings only.
        assertThat(text.indexOf("Changed outcomes and amounts (largest change of the balance first)"))
                .isLessThan(text.indexOf(" c-refund: "));
        assertThat(text.indexOf(" c-refund: ")).isLessThan(text.indexOf(" b-interest: "));
        assertThat(text.indexOf(" b-interest: ")).isLessThan(text.indexOf("Only the findings changed (same outcome, same amounts)"));
        assertThat(text.indexOf("Only the findings changed")).isLessThan(text.indexOf(" " + SCRIPT_ID + " next: "));
    }

    @Test
    void textInGermanNamesTheSettlementOutcomesInGermanWithTheCodeInParentheses() {
        String text = PolicyDiffText.toText(result(Language.DE)).replaceAll(" {2,}", " ");

        assertThat(text).startsWith("Regelvergleich\n").contains(" Schlussfestsetzungen gelesen: 5\n",
                " Endgültige Zuwendungen gesamt vorher: 670.960,00 EUR\n", " Differenz der Erstattungszinsen: +226,76 EUR\n",
                " c-refund: ausgeglichen (BALANCED) -> Erstattung (REFUND), endgültige Zuwendung 170.320,00 EUR"
                        + " -> 166.552,00 EUR (-3.768,00 EUR)\n");
        // A rule id such as SET-REFUND is no outcome code.
        assertThat(text.replaceAll("\\([^)]*\\)", "")).doesNotContainPattern("(?<![\\w-])(BALANCED|REFUND)(?![\\w-])");
    }

    @Test
    void jsonNamesEveryFigureBeforeAfterAndChangeAndTheSettlementId() throws Exception {
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .readTree(PolicyDiffJson.toJson(result(Language.EN)));

        JsonNode summary = json.get("summary");
        assertThat(summary.get("settlements").asLong()).isEqualTo(5);
        assertThat(summary.get("settled").asLong()).isEqualTo(4);
        assertThat(summary.get("invalid").asLong()).isEqualTo(1);
        assertThat(summary.has("eligibilityGained")).isFalse();
        assertThat(summary.get("totalFinalGrantChange").decimalValue()).isEqualTo(new BigDecimal("-3768.00"));
        assertThat(summary.get("totalRefundAfter").decimalValue()).isEqualTo(new BigDecimal("14088.00"));
        assertThat(summary.get("totalRefundInterestChange").decimalValue()).isEqualTo(new BigDecimal("226.76"));
        assertThat(summary.get("totalLateUseInterestBefore").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(summary.get("material").asLong()).isEqualTo(2);
        assertThat(summary.get("explanatoryOnly").asLong()).isEqualTo(1);
        assertThat(json.get("transitions").get(0).get("from").asText()).isEqualTo("BALANCED");
        JsonNode first = json.get("changed").get(0);
        assertThat(first.get("settlementId").asText()).isEqualTo("c-refund");
        assertThat(first.has("applicationId")).isFalse();
        assertThat(first.get("outcomeAfter").asText()).isEqualTo("REFUND");
        assertThat(first.get("finalGrantAfter").decimalValue()).isEqualTo(new BigDecimal("166552.00"));
        assertThat(first.get("refundChange").decimalValue()).isEqualTo(new BigDecimal("3768.00"));
        assertThat(first.get("remainingPaymentBefore").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(first.get("refundInterestAfter").decimalValue()).isEqualTo(new BigDecimal("149.29"));
        assertThat(first.get("lateUseInterestChange").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(first.get("balanceChange").decimalValue()).isEqualTo(new BigDecimal("-3917.29"));
        assertThat(json.get("changed").get(1).get("balanceChange").decimalValue()).isEqualTo(new BigDecimal("-77.47"));
        assertThat(json.get("changed").get(2).get("material").asBoolean()).isFalse();
        assertThat(json.get("invalid").get(0).get("settlementId").asText()).isEqualTo("bad.json");
    }

    @Test
    void htmlIsTheSameSelfContainedPageWithAColumnPerFigureAndTheBalanceCharted() throws Exception {
        String html = PolicyDiffHtml.toHtml(result(Language.EN));

        assertThat(html).doesNotContain("<script", "<b>", "http://", "https://", " src=", " href=");
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "baseline@&lt;b&gt;",
                "refund &lt;3,768&gt;", "<ol class=\"bars\" aria-label=\"Balance change per settlement\"");
        assertThat(html).contains("<th>Settlement</th><th>Outcome before</th><th>Outcome after</th><th>Final grant before</th>"
                + "<th>Final grant after</th><th>Final grant change</th><th>Refund before</th>");
        assertThat(html).contains("<th>Late-use interest change</th><th>Balance change</th><th>Findings added</th>");
        assertThat(html).contains("<td>BALANCED</td><td>REFUND</td>", "<h2>Settlements that could not be settled</h2>");
        // The chart: two bars down (-3,917.29 and -77.47) and a dot for the settlement whose balance stayed.
        assertThat(html.split("class=\"bar bar-down\"", -1)).hasSize(3);
        assertThat(html.split("class=\"dot\"", -1)).hasSize(2);
        assertThat(html).doesNotContain("class=\"bar bar-up\"").contains("EUR -3,917.29");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
