package io.github.foerderregeln.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import io.github.foerderregeln.testing.scenario.ScenarioUpdates.FieldChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `test --update`: a failed scenario's expectation is rewritten to the rules' answer, and nothing else of the file. */
class ScenarioUpdatesTest {
    private static final String HEAD = """
            {
              "scenario": "A request equal to the rate limit",
              "note": "requested 80,000.00 = 0.80 x 100,000.00.",
              "base": "../bases/eligible-gemeinde.json",
              "changes": {"requestedGrant": "80000.00"},
            """;

    @TempDir
    Path dir;

    private static Assessment assessment(Outcome outcome, String grant, List<String> fired, Finding... findings) {
        BigDecimal g = new BigDecimal(grant);
        Amounts amounts = new Amounts(new BigDecimal("100000.00"), new BigDecimal("100000.00"), new BigDecimal("0.00"), g,
                new BigDecimal("100000.00").subtract(g), new BigDecimal("0.9000"), List.of(), null);
        return new Assessment("a", "rdz-lsa-2018", "2018.2", "bundled", outcome, amounts, List.of(findings), fired);
    }

    private static Finding info(String ruleId) {
        return new Finding(ruleId, Severity.INFO, "de", "en", "ref", Map.of(), null, null);
    }

    private Path write(String expect) throws IOException {
        Path file = dir.resolve("s.scenario.json");
        Files.writeString(file, HEAD + "  \"expect\": " + expect + "\n}\n");
        return file;
    }

    @Test
    void aFailedScenarioGetsTheRulesAnswerInEveryFieldItStatesAndTheRestOfTheFileStays() throws IOException {
        Path file = write("""
                {
                    "outcome": "ELIGIBLE",
                    "grant": "80000.00",
                    "findings": [
                      {"ruleId": "RDZ-GRANT-RATE", "severity": "INFO"}
                    ],
                    "excludesFindings": ["RDZ-NETWORK", "RDZ-GRANT-REQUESTED"]
                  }""");
        Assessment now = assessment(Outcome.ELIGIBLE, "90000.00", List.of("RDZ-GRANT-RATE", "RDZ-GRANT-REQUESTED"),
                info("RDZ-GRANT-RATE"), info("RDZ-GRANT-REQUESTED"));

        List<FieldChange> changes = ScenarioUpdates.update(new ScenarioResult(file, "s", Status.FAILED,
                List.of("grant: expected 80000.00, got 90000.00"), now));

        assertThat(changes).extracting(FieldChange::toString).containsExactly(
                "grant: \"80000.00\" -> \"90000.00\"",
                "findings: [{\"ruleId\":\"RDZ-GRANT-RATE\",\"severity\":\"INFO\"}] -> [{\"ruleId\":\"RDZ-GRANT-RATE\","
                        + "\"severity\":\"INFO\"},{\"ruleId\":\"RDZ-GRANT-REQUESTED\",\"severity\":\"INFO\"}]",
                "excludesFindings: [\"RDZ-NETWORK\",\"RDZ-GRANT-REQUESTED\"] -> [\"RDZ-NETWORK\"]");
        assertThat(Files.readString(file)).isEqualTo(HEAD + """
                  "expect": {
                    "outcome": "ELIGIBLE",
                    "grant": "90000.00",
                    "findings": [
                      {"ruleId": "RDZ-GRANT-RATE", "severity": "INFO"},
                      {"ruleId": "RDZ-GRANT-REQUESTED", "severity": "INFO"}
                    ],
                    "excludesFindings": ["RDZ-NETWORK"]
                  }
                }
                """);
    }

    @Test
    void aFieldThatHoldsIsLeftAsItIsWrittenAndTheOrderOfFindingsDoesNotCount() throws IOException {
        Path file = write("""
                {"outcome": "ELIGIBLE", "grant": 80000, "rulesFired": ["B", "A"],
                   "findings": [{"ruleId": "Y", "severity": "INFO"}, {"ruleId": "X", "severity": "INFO"}]}""");
        Assessment now = assessment(Outcome.INELIGIBLE, "80000.00", List.of("A", "B"), info("X"), info("Y"));

        List<FieldChange> changes = ScenarioUpdates.update(new ScenarioResult(file, "s", Status.FAILED,
                List.of("outcome: expected ELIGIBLE, got INELIGIBLE"), now));

        assertThat(changes).containsExactly(new FieldChange("outcome", "\"ELIGIBLE\"", "\"INELIGIBLE\""));
        assertThat(Files.readString(file)).contains("\"grant\": 80000,", "\"rulesFired\": [\n      \"B\",\n      \"A\"\n    ]",
                "\"outcome\": \"INELIGIBLE\"");
    }

    @Test
    void aPassedBrokenOrRejectedScenarioIsNotRewritten() throws IOException {
        Path file = write("{\"invalidFields\": [\"project.end\"]}");
        String before = Files.readString(file);
        Assessment now = assessment(Outcome.ELIGIBLE, "80000.00", List.of());

        assertThat(ScenarioUpdates.update(new ScenarioResult(file, "s", Status.FAILED, List.of("invalid fields: ..."), now))).isEmpty();
        assertThat(ScenarioUpdates.update(new ScenarioResult(file, "s", Status.BROKEN, List.of("expect: missing")))).isEmpty();
        assertThat(ScenarioUpdates.update(new ScenarioResult(file, "s", Status.PASSED, List.of(), now))).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void inAListOnlyTheFailedElementIsRewrittenAndTheOthersStayByteForByte() throws IOException {
        String first = """
                [
                  {"scenario": "first",   "base": "b.json",
                   "expect": {"outcome":"ELIGIBLE","grant":"80000.00"}},
                """;
        String last = """
                ,
                  {"scenario": "third", "base": "b.json", "expect": {"outcome": "ELIGIBLE",  "grant": "80000.00"}}
                ]
                """;
        Path file = dir.resolve("list.scenario.json");
        Files.writeString(file, first + """
                  {"scenario": "second", "base": "b.json",
                   "expect": {"outcome": "ELIGIBLE", "grant": "80000.00"}}""" + last);
        Assessment now = assessment(Outcome.ELIGIBLE, "90000.00", List.of());

        List<FieldChange> changes = ScenarioUpdates.update(new ScenarioResult(file, 1, "second", Status.FAILED,
                List.of("grant: expected 80000.00, got 90000.00"), now));

        assertThat(changes).containsExactly(new FieldChange("grant", "\"80000.00\"", "\"90000.00\""));
        assertThat(Files.readString(file)).isEqualTo(first + """
                  {"scenario": "second", "base": "b.json",
                   "expect": {
                     "outcome": "ELIGIBLE",
                     "grant": "90000.00"
                   }}""" + last);
    }
}
