package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.AssessCommandTest.parse;
import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.INVALID;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static io.github.foerderregeln.examples.cli.InvalidInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.foerderregeln.api.RuleSets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code foerderregeln explain FILE}, in process. The example runs 2019-07-01 to 2021-07-01 with
 * 200,000.00 EUR personnel costs and 160,000.00 EUR requested: 2019-07-01 + 24 months - 1 day is
 * 2021-06-30, one day earlier than its end (docs/rules.md, "Rules", RDZ-PERIOD-DURATION).
 */
class ExplainCommandTest {
    private static final Path TOO_LONG = Path.of("../examples/applications/ineligible-project-too-long.json");

    @Test
    @DisplayName("explain --lang en: Grenzen, angewandte Regeln mit Grundlage, und was sich ändern müsste")
    void theTextReportSaysWhatWouldHaveToChangeInEnglish() {
        CommandRun run = run("explain", "--lang", "en", TOO_LONG.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("OUTCOME: INELIGIBLE", "Limits of the grant (the lowest binds)",
                // 0.80 x 200,000.00 = 160,000.00, tied with the amount requested; but an ineligible
                // application binds no limit (docs/rules.md), so neither is marked nor hinted at
                "Funding rate (RDZ-GRANT-RATE)                    EUR 160,000.00\n",
                "No limit binds: the application is not eligible for funding.",
                // the 15 rules of the assessment and RDZ-GRANT-MINIMUM, which checked the 160,000.00
                "Rules fired, in order (16)",
                "What would have to change (1)",
                "  RDZ-PERIOD-DURATION (ERROR)\n    End the project 1 day(s) earlier, on 2021-06-30 at the latest, so that it\n"
                        + "    lasts at most 24 months.\n");
        assertThat(run.out()).doesNotContain("<- binding", "A grant above");
        assertThat(run.out()).contains("RDZ-APPLICANT-FORM\n      Förderaufruf Regionale Digitalisierungszentren: Zielgruppen");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void theTextReportIsGermanByDefault() {
        CommandRun run = run("explain", TOO_LONG.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Ergebnis: nicht förderfähig (INELIGIBLE)",
                "Angewandte Regeln, in der Reihenfolge ihrer Anwendung (16)", "Was sich ändern müsste (1)");
        assertThat(unwrapped(run.out())).contains(
                "Das Vorhaben muss 1 Tag(e) früher enden, spätestens am 30.06.2021, damit es höchstens 24 Monate dauert.");
    }

    /** The report with line breaks and indents as single spaces, so that a wrapped sentence reads whole. */
    private static String unwrapped(String report) {
        return report.replaceAll("\\s+", " ");
    }

    @Test
    void jsonCarriesTheAssessmentLimitsFiredRulesAndChanges() throws Exception {
        CommandRun run = run("explain", "--format", "json", "--lang", "en", TOO_LONG.toString());

        assertThat(run.exitStatus()).isZero();
        JsonNode explanation = parse(run.out());
        assertThat(explanation.get("assessment").get("outcome").asText()).isEqualTo("INELIGIBLE");
        assertThat(explanation.get("assessment").get("amounts").get("grant").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        JsonNode rate = explanation.get("limits").get(0);
        assertThat(rate.get("kind").asText()).isEqualTo("RATE");
        assertThat(rate.get("amount").decimalValue()).isEqualByComparingTo("160000.00");
        assertThat(rate.get("reference").asText()).isNotBlank();
        // INELIGIBLE: no limit binds (docs/json-format.md).
        List<String> bindings = new ArrayList<>();
        explanation.get("limits").forEach(limit -> bindings.add(limit.get("binding").asText()));
        assertThat(bindings).containsExactly("false", "false", "false", "false");
        assertThat(explanation.get("changes")).hasSize(1);
        assertThat(explanation.get("rulesFired")).hasSize(16).allSatisfy(rule -> {
            assertThat(rule.get("ruleId").asText()).startsWith("RDZ-");
            assertThat(rule.get("reference").asText()).isNotBlank();
        });
        JsonNode change = explanation.get("changes").get(0);
        assertThat(change.get("ruleId").asText()).isEqualTo("RDZ-PERIOD-DURATION");
        assertThat(change.get("severity").asText()).isEqualTo("ERROR");
        assertThat(change.get("hint").asText()).startsWith("End the project 1 day(s) earlier");
        assertThat(change.get("figures").get("daysTooLong").asLong()).isEqualTo(1);
        assertThat(change.get("figures").get("lastAllowedEnd").asText()).isEqualTo("2021-06-30");
    }

    @Test
    void theAssessmentJsonOfAssessCarriesNoHints() {
        CommandRun run = run("assess", "--format", "json", TOO_LONG.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).doesNotContain("hint", "früher enden");
    }

    @Test
    void anInvalidFileIsExitTwoWithItsFieldErrors() {
        Path file = INVALID.resolve("negative-amount.json");

        CommandRun run = run("explain", file.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith(file + ": ")
                .contains("costs[1].amount", "must not be negative"));
        assertNoStackTrace(run.err());
    }

    @Test
    void aMissingFileIsExitTwo() {
        CommandRun run = run("explain", "no-such-application.json");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("no-such-application.json: no such file\n");
    }

    @Test
    void aDirectoryWithoutApplicationsIsExitTwo(@TempDir Path dir) {
        CommandRun run = run("explain", dir.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir + ": a directory without *.json application files\n");
    }

    @Test
    void aDirectoryIsExplainedFileByFileInNameOrder(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.copy(HALDENSLEBEN, dir.resolve("b.json"));
        java.nio.file.Files.copy(HALDENSLEBEN, dir.resolve("a.json"));
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not an application");

        CommandRun text = run("explain", dir.toString());
        CommandRun json = run("explain", "--format", "json", dir.toString());

        assertThat(text.exitStatus()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo(run("explain", dir.resolve("a.json").toString()).out() + "\n"
                + run("explain", dir.resolve("b.json").toString()).out());
        assertThat(json.exitStatus()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[{").endsWith("}]\n").contains("},\n{");
    }

    @Test
    void explainTakesExactlyOneFile() {
        CommandRun run = run("explain", HALDENSLEBEN.toString(), TOO_LONG.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: foerderregeln explain");
    }

    @Test
    @DisplayName("explain --rules DIR mit 70 %: 0,70 x 212.900,00 = 149.030,00; beantragt 170.320,00 bindet ab 170.320,00 / 0,70 = 243.314,29 (aufgerundet)")
    void explainUsesTheRuleDirectoryGiven(@TempDir Path dir) throws Exception {
        RuleSets.writeBundled(dir);
        Path call = dir.resolve("calls/rdz-lsa-2018.json");
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": \"0.70\""));

        CommandRun run = run("explain", "--rules", dir.toString(), "--lang", "en", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Grant: EUR 149,030.00");
        // The rate binds alone; the next limit is the amount requested, 170,320.00, reached at
        // 170,320.00 / 0.70 = 243,314.2857..., in whole cents rounded up 243,314.29 (docs/rules.md, "What would have to change").
        assertThat(unwrapped(run.out())).contains("Higher eligible costs raise the grant: at EUR 243,314.29"
                + " (now EUR 212,900.00) to up to EUR 170,320.00; above that, RDZ-GRANT-REQUESTED binds (EUR 170,320.00).");
    }

    @Test
    void aMissingRuleDirectoryIsReportedAndNothingExplained(@TempDir Path dir) {
        CommandRun run = run("explain", "--rules", dir.resolve("none").toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no such rule directory");
    }

    @Test
    void helpOfExplainNamesItsOptions() {
        CommandRun run = run("explain", "--help");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("FILE", "--format=json|text", "--lang=de|en", "--rules=DIR", "Exit status:");
    }

    private static final Path CASE_B = Path.of("../examples/settlements/case-b-less-spent.json");

    @Test
    void aSettlementIsExplainedByItsReportAndEveryRuleThatFiredWithReferenceAndFigures() {
        CommandRun run = run("explain", "--lang", "en", CASE_B.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(CommandRun.run("settle", "--lang", "en", CASE_B.toString()).out());
        String rules = run.out().substring(run.out().indexOf("Rules fired, in order ("));
        // Case B: 10,320.00 paid above the final grant of 160,000.00, refunded; the cap did not bind.
        assertThat(rules).contains("SET-REFUND\n", "§ 49 Abs. 3 Satz 1 Nr. 1 und § 49a Abs. 1 VwVfG", "refund = 10320.00",
                "SET-GRANT-CAP\n", "Zuwendungsbescheid: Höchstbetrag der Zuwendung");
    }

    @Test
    void aSettlementAsJsonCarriesTheSettleResultAndTheRulesFiredWithTheirFigures() throws Exception {
        CommandRun run = run("explain", "--format", "json", "--lang", "en", CASE_B.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode settled = new ObjectMapper().readTree(CommandRun.run("settle", "--format", "json", "--lang", "en",
                CASE_B.toString()).out()).get(0);
        assertThat(json.get("settlement")).isEqualTo(settled);
        JsonNode refund = null;
        for (JsonNode rule : json.get("rulesFired")) {
            assertThat(rule.get("ruleId").asText()).startsWith("SET-");
            if (rule.get("ruleId").asText().equals("SET-REFUND")) {
                refund = rule;
            }
        }
        assertThat(refund).isNotNull();
        assertThat(refund.at("/figures/refund").decimalValue()).isEqualByComparingTo("10320.00");
    }

    @Test
    void anInvalidSettlementIsExitTwoNamingItsField(@TempDir Path dir) throws java.io.IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(CASE_B).replace("\"0.8000\"", "\"1.5\""));

        CommandRun run = run("explain", bad.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ": grantDecision.fundingRate").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
