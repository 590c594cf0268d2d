package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.INELIGIBLE_GBR;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code foerderregeln assess} on valid applications, in process. Expected figures come from
 * docs/rules.md, "Real cases" (Haldensleben) and "Arithmetic".
 */
class AssessCommandTest {
    /** Keeps the scale of numbers as written, so that "exactly two decimals" can be checked. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static JsonNode parse(String json) throws JsonProcessingException {
        return JSON.readTree(json);
    }

    @Test
    @DisplayName("Haldensleben: 80 % von 212.900,00 EUR = 170.320,00 EUR, förderfähig")
    void haldenslebenIsEligibleForTheGrantItRequested() throws Exception {
        CommandRun run = run("assess", "--format", "json", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode array = parse(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode assessment = array.get(0);
        assertThat(assessment.get("applicationId").asText()).isEqualTo("haldensleben-2019");
        assertThat(assessment.get("call").asText()).isEqualTo("rdz-lsa-2018");
        assertThat(assessment.get("outcome").asText()).isEqualTo("ELIGIBLE");
        JsonNode amounts = assessment.get("amounts");
        // 160,000.00 personnel + 52,900.00 material, both eligible categories.
        assertMoney(amounts, "totalCosts", "212900.00");
        assertMoney(amounts, "eligibleCosts", "212900.00");
        assertMoney(amounts, "nonEligibleCosts", "0.00");
        // min(0.80 x 212,900.00 = 170,320.00, 200,000.00, requested 170,320.00, 212,900.00 - 0 - 0)
        assertMoney(amounts, "grant", "170320.00");
        // 212,900.00 - 170,320.00
        assertMoney(amounts, "ownShare", "42580.00");
        // 170,320.00 / 212,900.00 = 0.8 exactly, written with four decimals
        assertThat(amounts.get("fundingRate").decimalValue()).isEqualTo(new BigDecimal("0.8000"));
        assertThat(amounts.get("fundingRate").decimalValue().scale()).isEqualTo(4);
        // The rate limit (0.80 x 212,900.00 = 170,320.00) ties with the amount requested (170,320.00):
        // every limit equal to the lowest binds and says so (docs/rules.md), in rule id order.
        JsonNode findings = assessment.get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("ruleId").asText()).isEqualTo("RDZ-GRANT-RATE");
        assertThat(findings.get(0).get("message").asText()).isEqualTo(
                "Die Zuwendung ist auf 80 % der zuwendungsfähigen Ausgaben begrenzt (170.320,00 EUR); ebenso binden: „beantragter Betrag“ (RDZ-GRANT-REQUESTED).");
        assertThat(findings.get(1).get("ruleId").asText()).isEqualTo("RDZ-GRANT-REQUESTED");
        assertThat(findings.get(1).get("message").asText()).isEqualTo(
                "Die Zuwendung ist auf den beantragten Betrag von 170.320,00 EUR begrenzt; ebenso binden: „Förderquote“ (RDZ-GRANT-RATE).");
    }

    private static void assertMoney(JsonNode amounts, String field, String expected) {
        BigDecimal value = amounts.get(field).decimalValue();
        assertThat(value).as(field).isEqualTo(new BigDecimal(expected));
        assertThat(value.scale()).as(field + " has exactly two decimals").isEqualTo(2);
    }

    @Test
    void langEnWritesTheMessagesInEnglish() throws Exception {
        CommandRun run = run("assess", "--format", "json", "--lang", "en", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        JsonNode finding = parse(run.out()).get(0).get("findings").get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("RDZ-GRANT-RATE");
        assertThat(finding.get("message").asText())
                .isEqualTo("The grant is limited to 80% of the eligible costs (EUR 170,320.00); binding as well: RDZ-GRANT-REQUESTED.");
    }

    @Test
    @DisplayName("Exit 0 whatever the outcomes: an ineligible application was assessed all the same")
    void jsonHoldsOneAssessmentPerFileInTheOrderGivenAndAnIneligibleOneExitsZero() throws Exception {
        CommandRun run = run("assess", "--format", "json", HALDENSLEBEN.toString(), INELIGIBLE_GBR.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode array = parse(run.out());
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("applicationId").asText()).isEqualTo("haldensleben-2019");
        JsonNode gbr = array.get(1);
        assertThat(gbr.get("applicationId").asText()).isEqualTo("ineligible-gbr");
        // A GbR is not a legal person (docs/rules.md, "Legal forms"): an ERROR, so INELIGIBLE with grant 0.00.
        assertThat(gbr.get("outcome").asText()).isEqualTo("INELIGIBLE");
        assertMoney(gbr.get("amounts"), "grant", "0.00");
        assertThat(gbr.get("findings").get(0).get("ruleId").asText()).isEqualTo("RDZ-APPLICANT-FORM");
        assertThat(gbr.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
    }

    @Test
    void aDirectoryIsAssessedFileByFileInNameOrderAsDiffReadsIt(@TempDir Path dir) throws Exception {
        java.nio.file.Files.copy(INELIGIBLE_GBR, dir.resolve("b.json"));
        java.nio.file.Files.copy(HALDENSLEBEN, dir.resolve("a.json"));
        java.nio.file.Files.createDirectory(dir.resolve("sub"));

        CommandRun run = run("assess", "--format", "json", dir.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(run("assess", "--format", "json", dir.resolve("a.json").toString(),
                dir.resolve("b.json").toString()).out());
    }

    @Test
    void anEmptyDirectoryIsInvalidInputAndTheOtherFilesAreStillAssessed(@TempDir Path dir) {
        CommandRun run = run("assess", dir.toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir + ": a directory without *.json application files\n");
        assertThat(run.out()).contains("haldensleben");
    }

    @Test
    void theTextReportIsTheDefaultAndGermanShowingOutcomeAmountsAndTheBindingLimit() {
        CommandRun run = run("assess", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
        String report = run.out();
        // German words, the JSON code only in parentheses (docs/rules.md, "Words and references").
        assertThat(report).contains("haldensleben-2019", "rdz-lsa-2018", "Ergebnis: förderfähig (ELIGIBLE)");
        assertThat(report).contains("zuwendungsfähige Ausgaben", "170.320,00 EUR", "212.900,00 EUR", "42.580,00 EUR", "80,00 %");
        assertThat(report).doesNotContain("Kosten");
        // The outcome comes before any figure: it is what a reader looks for first.
        assertThat(report.indexOf("förderfähig")).isLessThan(report.indexOf("212.900,00 EUR"));
        // 0.80 x 212,900.00 = 170,320.00 = requested: a tie, both limits bind.
        List<String> marked = report.lines().filter(line -> line.contains("<- bindend")).toList();
        assertThat(marked).hasSize(2);
        assertThat(marked.get(0)).contains("(RDZ-GRANT-RATE)", "170.320,00 EUR");
        assertThat(marked.get(1)).contains("(RDZ-GRANT-REQUESTED)", "170.320,00 EUR");
        assertThat(report).contains("(RDZ-GRANT-CEILING)", "200.000,00 EUR");
        assertThat(report).contains("Grundlage: Förderaufruf Regionale Digitalisierungszentren");
    }

    @Test
    void theEnglishTextReportWritesEuroFirstWithEnglishSeparators() {
        CommandRun run = run("assess", "--lang", "en", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        String report = run.out();
        assertThat(report).contains("OUTCOME: ELIGIBLE", "EUR 170,320.00", "EUR 42,580.00", "80.00%");
        assertThat(report).doesNotContain("170.320,00");
        List<String> marked = report.lines().filter(line -> line.contains("<- binding")).toList();
        assertThat(marked).hasSize(2);
        assertThat(marked.get(0)).contains("(RDZ-GRANT-RATE)");
        assertThat(marked.get(1)).contains("(RDZ-GRANT-REQUESTED)");
        assertThat(report).contains("The grant is limited to 80% of the eligible costs", "Reference: ");
    }

    @Test
    void anIneligibleApplicationListsItsErrorAndItsLimitsButNoneBinds() {
        CommandRun run = run("assess", INELIGIBLE_GBR.toString());

        assertThat(run.exitStatus()).isZero();
        String report = run.out();
        assertThat(report).contains("Ergebnis: nicht förderfähig (INELIGIBLE)", "Zuwendung: 0,00 EUR");
        assertThat(report.indexOf("Fehler (ERROR): 1")).isPositive().isLessThan(report.indexOf("RDZ-APPLICANT-FORM"));
        // docs/rules.md: an ineligible application binds no limit and gets no "binding" INFO,
        // but its limits are still listed (0.80 x 212,900.00 = 170,320.00).
        assertThat(report).doesNotContain("<- bindend", "Hinweise");
        assertThat(report).contains("Förderquote (RDZ-GRANT-RATE)", "170.320,00 EUR",
                "Keine Obergrenze bindet: der Antrag ist nicht förderfähig.");
    }

    @Test
    void textReportsOfSeveralFilesFollowEachOtherInTheOrderGiven() {
        CommandRun run = run("assess", HALDENSLEBEN.toString(), INELIGIBLE_GBR.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out().indexOf("Antrag haldensleben-2019"))
                .isNotNegative().isLessThan(run.out().indexOf("Antrag ineligible-gbr"));
    }

    @Test
    void theTextReportFitsInAHundredColumns() {
        for (String language : List.of("de", "en")) {
            CommandRun run = run("assess", "--lang", language, HALDENSLEBEN.toString(), INELIGIBLE_GBR.toString());

            assertThat(run.out().lines()).as(language).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        }
    }
}
