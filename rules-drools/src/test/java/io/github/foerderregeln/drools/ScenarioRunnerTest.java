package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.scenario.ScenarioResult;
import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import io.github.foerderregeln.testing.scenario.ScenarioRunner;
import io.github.foerderregeln.testing.scenario.junit.ScenarioTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Scenarios run against the engine. The base is {@link TestApplication#eligible()} as JSON:
 * eligible costs 100,000.00, requested 80,000.00, so 0.80 x 100,000.00 = 80,000.00 binds (the rate,
 * tied with the amount requested, comes first) and the grant is 80,000.00.
 */
class ScenarioRunnerTest {
    private static final String BASE = """
            {"id": "base", "call": "rdz-lsa-2018", "decisionDate": "2019-03-01",
             "applicant": {"name": "Stadt", "legalForm": "GEMEINDE", "state": "ST", "district": "Börde"},
             "project": {"start": "2019-04-01", "end": "2021-03-31", "tasks": ["BUNDLING"],
                         "partners": ["BUSINESS"], "sustainabilityConcept": true},
             "costs": [{"category": "PERSONNEL", "amount": "100000.00"}],
             "requestedGrant": "80000.00", "boardVote": "POSITIVE"}
            """;
    private static final ScenarioRunner RUNNER = new ScenarioRunner(FundingRules.load());

    @TempDir
    Path dir;

    private Path scenario(String name, String changes, String expect) throws IOException {
        Files.createDirectories(dir.resolve("bases"));
        Files.writeString(dir.resolve("bases/base.json"), BASE);
        Path file = dir.resolve(name + ".scenario.json");
        Files.writeString(file, """
                {"scenario": "%s", "base": "bases/base.json", "changes": %s, "expect": %s}
                """.formatted(name, changes, expect));
        return file;
    }

    @Test
    void aScenarioWhoseExpectationsHoldPasses() throws IOException {
        Path file = scenario("rate binds", "{}", """
                {"outcome": "ELIGIBLE", "grant": "80000", "findings": [{"ruleId": "RDZ-GRANT-RATE", "severity": "INFO"},
                 {"ruleId": "RDZ-GRANT-REQUESTED", "severity": "INFO"}], "excludesFindings": ["RDZ-NETWORK"]}""");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.differences()).isEmpty();
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.name()).isEqualTo("rate binds");
    }

    @Test
    void aWrongGrantFailsWithTheDifference() throws IOException {
        // The author expected the requested 80,000.01 to bind; 0.80 x 100,000.00 = 80,000.00 binds instead.
        Path file = scenario("a cent more is granted", "{\"requestedGrant\": \"80000.01\"}",
                "{\"outcome\": \"ELIGIBLE\", \"grant\": \"80000.01\"}");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.differences()).containsExactly("grant: expected 80000.01, got 80000.00");
    }

    @Test
    void everyDifferenceIsListed() throws IOException {
        // A GbR (docs/rules.md, "Legal forms") is INELIGIBLE with grant 0.00; no limit binds, so no INFO.
        Path file = scenario("a gbr", "{\"applicant\": {\"legalForm\": \"GBR\"}}", """
                {"outcome": "ELIGIBLE", "grant": "80000.00",
                 "rulesFired": ["RDZ-APPLICANT-FORM", "RDZ-DEMINIMIS"],
                 "findings": [{"ruleId": "RDZ-GRANT-RATE", "severity": "INFO"}, {"ruleId": "RDZ-NETWORK", "severity": "WARNING"}],
                 "includesFindings": ["RDZ-TASKS"], "excludesFindings": ["RDZ-APPLICANT-FORM"]}""");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.differences()).containsExactly(
                "outcome: expected ELIGIBLE, got INELIGIBLE",
                "grant: expected 80000.00, got 0.00",
                "rule ids: missing [RDZ-DEMINIMIS], unexpected [RDZ-APPLICANT-SEAT, RDZ-BOARD-VOTE, RDZ-COST-CATEGORY,"
                        + " RDZ-COST-NONE-ELIGIBLE, RDZ-EARLY-START, RDZ-GRANT-CEILING, RDZ-GRANT-MINIMUM, RDZ-GRANT-NO-DOUBLE-FUNDING,"
                        + " RDZ-GRANT-RATE, RDZ-GRANT-REQUESTED, RDZ-GRANT-ROUNDING, RDZ-NETWORK, RDZ-PERIOD-DURATION,"
                        + " RDZ-SUSTAINABILITY, RDZ-TASKS]",
                "findings: missing [RDZ-GRANT-RATE INFO, RDZ-NETWORK WARNING], unexpected [RDZ-APPLICANT-FORM ERROR]",
                "findings: expected a finding of RDZ-TASKS, got none",
                "findings: expected no finding of RDZ-APPLICANT-FORM, got [RDZ-APPLICANT-FORM ERROR]");
    }

    @Test
    void anExpectedRejectionPassesOnlyForTheNamedFields() throws IOException {
        Path named = scenario("end before start", "{\"project\": {\"end\": \"2019-03-31\"}}",
                "{\"invalidFields\": [\"project.end\"]}");
        Path otherField = scenario("end before start, wrong field", "{\"project\": {\"end\": \"2019-03-31\"}}",
                "{\"invalidFields\": [\"project.start\"]}");
        Path valid = scenario("valid after all", "{}", "{\"invalidFields\": [\"project.end\"]}");

        assertThat(RUNNER.run(named).status()).isEqualTo(Status.PASSED);
        assertThat(RUNNER.run(otherField).differences())
                .containsExactly("invalid fields: missing [project.start], unexpected [project.end]");
        assertThat(RUNNER.run(valid).differences()).containsExactly(
                "invalid fields: expected the application to be rejected for [project.end], got an assessment with outcome ELIGIBLE");
    }

    @Test
    void anInvalidApplicationThatIsNotExpectedIsABrokenScenarioNamingTheField() throws IOException {
        Path file = scenario("unknown form", "{\"applicant\": {\"legalForm\": \"LLC\"}}",
                "{\"outcome\": \"ELIGIBLE\", \"grant\": \"80000.00\"}");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.status()).isEqualTo(Status.BROKEN);
        assertThat(result.differences()).singleElement().asString().startsWith("application.applicant.legalForm: ");
    }

    @Test
    void aBrokenFileIsABrokenResultNotACrash() throws IOException {
        Path file = scenario("typo", "{}", "{\"outcome\": \"ELIGIBLE\", \"grnat\": \"80000.00\"}");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.status()).isEqualTo(Status.BROKEN);
        assertThat(result.name()).isEqualTo("typo.scenario.json");
        assertThat(result.differences()).anySatisfy(d -> assertThat(d).startsWith("expect.grnat: unknown field"))
                .anySatisfy(d -> assertThat(d).startsWith("expect.grant: is required"));
    }

    @Test
    void theJUnitEntryPointGivesAContainerPerFolderAndFailsAFailingScenarioWithItsDifferences() throws Throwable {
        scenario("rate binds", "{}", "{\"outcome\": \"ELIGIBLE\", \"grant\": \"80000.00\"}");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/wrong.scenario.json"), """
                {"scenario": "the grant is 79,999.00", "base": "../bases/base.json",
                 "expect": {"outcome": "ELIGIBLE", "grant": "79999.00"}}
                """);

        List<DynamicNode> nodes = ScenarioTests.in(dir, FundingRules.load()).toList();

        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("more", "rate binds");
        DynamicTest passing = (DynamicTest) nodes.get(1);
        passing.getExecutable().execute();
        DynamicTest failing = (DynamicTest) ((DynamicContainer) nodes.get(0)).getChildren().findFirst().orElseThrow();
        assertThat(failing.getDisplayName()).isEqualTo("the grant is 79,999.00");
        assertThatThrownBy(() -> failing.getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("grant: expected 79999.00, got 80000.00");
    }

    @Test
    void theJUnitEntryPointRefusesAFolderWithoutScenariosRatherThanPassingNothing() throws IOException {
        Files.writeString(dir.resolve("base.json"), BASE);

        assertThatThrownBy(() -> ScenarioTests.in(dir, FundingRules.load())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scenario files (*.scenario.json)");
        assertThatThrownBy(() -> ScenarioTests.in(dir.resolve("missing"), FundingRules.load()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void theJUnitEntryPointGivesAListFileAContainerWithATestPerElement() throws Throwable {
        Files.createDirectories(dir.resolve("bases"));
        Files.writeString(dir.resolve("bases/base.json"), BASE);
        Files.writeString(dir.resolve("pair.scenario.json"), """
                [{"scenario": "rate binds", "base": "bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80000"}},
                 {"scenario": "wrong grant", "base": "bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}}]
                """);

        List<DynamicNode> nodes = ScenarioTests.in(dir, FundingRules.load()).toList();

        assertThat(nodes).singleElement().isInstanceOf(DynamicContainer.class)
                .extracting(DynamicNode::getDisplayName).isEqualTo("pair.scenario.json");
        List<DynamicTest> tests = ((DynamicContainer) nodes.get(0)).getChildren().map(DynamicTest.class::cast).toList();
        assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("rate binds", "wrong grant");
        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("pair.scenario.json[1]: wrong grant (failed)")
                .hasMessageContaining("grant: expected 1, got 80000.00");
    }

    @Test
    void runEachGivesAResultPerElementAndRunRefusesAList() throws IOException {
        Files.createDirectories(dir.resolve("bases"));
        Files.writeString(dir.resolve("bases/base.json"), BASE);
        Path file = dir.resolve("pair.scenario.json");
        Files.writeString(file, """
                [{"scenario": "rate binds", "base": "bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80000"}},
                 {"scenario": "invalid", "base": "bases/base.json", "changes": {"project": {"end": "2019-01-01"}},
                  "expect": {"outcome": "ELIGIBLE", "grant": "80000"}}]
                """);

        List<ScenarioResult> results = RUNNER.runEach(file);

        assertThat(results).extracting(ScenarioResult::status).containsExactly(Status.PASSED, Status.BROKEN);
        assertThat(results).extracting(ScenarioResult::index).containsExactly(0, 1);
        assertThat(results.get(1).differences()).anySatisfy(d -> assertThat(d).startsWith("[1].application.project.end"));
        assertThatThrownBy(() -> RUNNER.run(file)).isInstanceOf(IllegalArgumentException.class);
    }
}
