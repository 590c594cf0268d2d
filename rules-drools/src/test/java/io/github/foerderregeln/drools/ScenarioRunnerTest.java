package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.scenario.ScenarioResult;
import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import io.github.foerderregeln.testing.scenario.ScenarioRunner;
import io.github.foerderregeln.testing.scenario.ScenarioUpdates;
import io.github.foerderregeln.testing.scenario.ScenarioUpdates.FieldChange;
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
                "invalid fields: expected the input to be rejected for [project.end], but it was assessed: ELIGIBLE, grant 80000.00");
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

    /**
     * Case B of docs/settlement.md: R = 200,000.00, F = 0.8000 x R = 160,000.00, paid 170,320.00, so a
     * refund of 10,320.00 with interest for 274 days at 4.12 %: 10,320.00 x 274 x 4.12 / 36,500 = 319.18.
     */
    private Path settlementScenario(String expect) throws IOException {
        Files.createDirectories(dir.resolve("bases"));
        Files.copy(Path.of("../examples/settlements/case-b-less-spent.json"), dir.resolve("bases/case-b.json"));
        Path file = dir.resolve("settle.scenario.json");
        Files.writeString(file, """
                {"scenario": "less spent", "base": "bases/case-b.json",
                  "expect": %s}
                """.formatted(expect));
        return file;
    }

    @Test
    void aSettlementScenarioWhoseFiguresHoldPasses() throws IOException {
        Path file = settlementScenario("""
                {"outcome": "REFUND", "finalGrant": "160000", "refund": "10320.00", "remainingPayment": "0",
                 "refundInterest": "319.18", "lateUseInterest": "0.00", "includesFindings": ["SET-REFUND-INTEREST"]}""");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.differences()).isEmpty();
        assertThat(result.settlement()).isNotNull();
        assertThat(result.assessment()).isNull();
    }

    @Test
    void aSettlementScenarioWithWrongFiguresFailsNamingEachResultField() throws IOException {
        Path file = settlementScenario("""
                {"outcome": "BALANCED", "finalGrant": "170320.00", "refund": "0.00", "refundInterest": "319.17"}""");

        ScenarioResult result = RUNNER.run(file);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.differences()).containsExactly(
                "outcome: expected BALANCED, got REFUND",
                "finalGrant: expected 170320.00, got 160000.00",
                "refund: expected 0.00, got 10320.00",
                "refundInterest: expected 319.17, got 319.18");
        assertThat(result.answer()).hasValue("settled: REFUND, finalGrant 160000.00, refund 10320.00, remainingPayment 0.00,"
                + " refundInterest 319.18, lateUseInterest 0.00");
    }

    @Test
    void updateRewritesTheFiguresOfAFailedSettlementScenario() throws IOException {
        Path file = settlementScenario("""
                {"outcome": "REFUND", "finalGrant": "160000.00", "refund": "10000.00", "refundInterest": "1.00"}""");

        List<FieldChange> changes = ScenarioUpdates.update(RUNNER.run(file));

        assertThat(changes).containsExactly(new FieldChange("refund", "\"10000.00\"", "\"10320.00\""),
                new FieldChange("refundInterest", "\"1.00\"", "\"319.18\""));
        assertThat(RUNNER.run(file).passed()).isTrue();
    }

    @Test
    void aSettlementRejectedForTheExpectedFieldsPassesAndOneNotExpectedIsBroken() throws IOException {
        Path expected = settlementScenario("{\"invalidFields\": [\"payments[0].paidOn\"]}");
        Files.writeString(expected, Files.readString(expected).replace("\"base\": \"bases/case-b.json\",",
                "\"base\": \"bases/case-b.json\", \"changes\": {\"payments\": [{\"paidOn\": \"2022-01-01\", \"amount\": \"1.00\"}]},"));

        ScenarioResult rejected = RUNNER.run(expected);
        Files.writeString(expected, Files.readString(expected).replace("{\"invalidFields\": [\"payments[0].paidOn\"]}",
                "{\"outcome\": \"REFUND\", \"finalGrant\": \"1\"}"));
        ScenarioResult broken = RUNNER.run(expected);

        assertThat(rejected.differences()).isEmpty();
        assertThat(broken.status()).isEqualTo(Status.BROKEN);
        assertThat(broken.differences()).anySatisfy(d -> assertThat(d).startsWith("settlement.payments[0].paidOn"));
    }
}
