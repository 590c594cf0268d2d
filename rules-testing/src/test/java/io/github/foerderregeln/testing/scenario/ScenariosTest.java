package io.github.foerderregeln.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.internal.ApplicationLimits;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenario files are read strictly: a misspelt expectation must never pass silently. */
class ScenariosTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = """
            {"id": "base", "call": "rdz-lsa-2018", "decisionDate": "2019-03-01",
             "applicant": {"name": "Stadt", "legalForm": "GEMEINDE", "state": "ST", "district": "Börde"},
             "project": {"start": "2019-04-01", "end": "2021-03-31", "tasks": ["BUNDLING", "AGENDA_PROCESS"]},
             "costs": [{"category": "PERSONNEL", "amount": "100000.00"}],
             "requestedGrant": "90000.00", "boardVote": "POSITIVE"}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path scenario(String body) throws IOException {
        write("bases/base.json", BASE);
        return write("s/a.scenario.json", body);
    }

    @Test
    void aScenarioWithAWholeApplicationIsReadWithEveryExpectation() throws IOException {
        Path file = write("whole.scenario.json", """
                {"scenario": "the base is eligible", "note": "0.80 x 100,000.00 = 80,000.00",
                 "application": %s,
                 "expect": {"outcome": "ELIGIBLE", "grant": "80000", "rulesFired": ["RDZ-GRANT-RATE"],
                            "findings": [{"ruleId": "RDZ-GRANT-RATE", "severity": "INFO"}],
                            "includesFindings": ["RDZ-GRANT-RATE"], "excludesFindings": ["RDZ-NETWORK"]}}
                """.formatted(BASE));

        Scenario scenario = Scenarios.read(file);

        assertThat(scenario.name()).isEqualTo("the base is eligible");
        assertThat(scenario.note()).isEqualTo("0.80 x 100,000.00 = 80,000.00");
        assertThat(scenario.expect().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(scenario.expect().grant()).isEqualByComparingTo("80000.00");
        assertThat(scenario.expect().rulesFired()).containsExactly("RDZ-GRANT-RATE");
        assertThat(scenario.expect().findings()).containsExactly(new ExpectedFinding("RDZ-GRANT-RATE", Severity.INFO));
        assertThat(scenario.expect().includesFindings()).containsExactly("RDZ-GRANT-RATE");
        assertThat(scenario.expect().excludesFindings()).containsExactly("RDZ-NETWORK");
        assertThat(JSON.readTree(scenario.applicationJson())).isEqualTo(JSON.readTree(BASE));
    }

    @Test
    void changesMergeIntoTheBaseRelativeToTheScenarioFolder() throws IOException {
        Path file = scenario("""
                {"scenario": "s", "base": "../bases/base.json",
                 "changes": {"applicant": {"district": null, "legalForm": "GBR"},
                             "project": {"tasks": ["DIGITAL_STRATEGY"]}, "boardVote": null},
                 "expect": {"outcome": "INELIGIBLE", "grant": "0.00"}}
                """);

        JsonNode application = JSON.readTree(Scenarios.read(file).applicationJson());

        // RFC 7386: objects merge field by field, null removes, an array replaces the whole array.
        assertThat(application.at("/applicant/legalForm").asText()).isEqualTo("GBR");
        assertThat(application.at("/applicant/name").asText()).isEqualTo("Stadt");
        assertThat(application.get("applicant").has("district")).isFalse();
        assertThat(application.has("boardVote")).isFalse();
        assertThat(application.at("/project/tasks")).hasSize(1);
        assertThat(application.at("/project/tasks/0").asText()).isEqualTo("DIGITAL_STRATEGY");
        assertThat(application.at("/project/end").asText()).isEqualTo("2021-03-31");
        assertThat(application.at("/costs/0/amount").asText()).isEqualTo("100000.00");
    }

    @Test
    void aMistakeReadsAsTheSameMistakeInAnApplication() throws IOException {
        Path file = scenario("""
                {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "GRANTED", "grant": "1.005"}}
                """);
        List<Problem> scenario = problems(file);
        List<Problem> application = applicationProblems(BASE.replace("\"90000.00\"", "\"1.005\"")
                .replace("\"POSITIVE\"", "\"GRANTED\"").replace("\"decisionDate\": \"2019-03-01\",", ""));

        assertThat(message(scenario, "expect.grant")).isEqualTo(message(application, "requestedGrant"))
                .isEqualTo("must have at most two decimals (was 1.005)");
        assertThat(message(scenario, "expect.outcome")).startsWith("unknown code \"GRANTED\" (one of ELIGIBLE, ");
        assertThat(message(application, "boardVote")).startsWith("unknown code \"GRANTED\" (one of POSITIVE, ");
        assertThat(message(problems(scenario("{\"base\": \"../bases/base.json\", \"expect\": {}}")), "scenario"))
                .isEqualTo(message(application, "decisionDate")).isEqualTo("is required");
    }

    private static List<Problem> problems(Path file) {
        try {
            Scenarios.read(file);
        } catch (InvalidScenarioException e) {
            return e.problems();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("expected " + file + " to be invalid");
    }

    private static List<Problem> applicationProblems(String json) {
        try {
            new ApplicationJson(Set.of("rdz-lsa-2018")).read(json.getBytes(StandardCharsets.UTF_8), "application");
        } catch (InvalidApplicationException e) {
            return e.problems();
        }
        throw new AssertionError("expected an invalid application");
    }

    private static String message(List<Problem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + field + " in " + problems));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown top-level field            | {"scenario": "s", "base": "../bases/base.json", "expected": {}, "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | expected
            a misspelt expectation                | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "rulesfired": []}} | expect.rulesfired
            no sentence                           | {"base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | scenario
            a blank sentence                      | {"scenario": " ", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | scenario
            no application and no base            | {"scenario": "s", "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | application
            both application and base             | {"scenario": "s", "application": {}, "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | application
            changes without a base                | {"scenario": "s", "application": {}, "changes": {}, "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | changes
            changes that are no object            | {"scenario": "s", "base": "../bases/base.json", "changes": [], "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | changes
            a base that does not exist            | {"scenario": "s", "base": "../bases/nope.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | base
            no expectation                        | {"scenario": "s", "base": "../bases/base.json"} | expect
            no outcome                            | {"scenario": "s", "base": "../bases/base.json", "expect": {"grant": "1"}} | expect.outcome
            an unknown outcome                    | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "GRANTED", "grant": "1"}} | expect.outcome
            no grant                              | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE"}} | expect.grant
            a grant with three decimals           | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1.005"}} | expect.grant
            a negative grant                      | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "-1.00"}} | expect.grant
            a grant with a thousands separator    | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80,000.00"}} | expect.grant
            an unknown severity                   | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "findings": [{"ruleId": "X", "severity": "FATAL"}]}} | expect.findings[0].severity
            a finding without its rule id         | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "findings": [{"severity": "INFO"}]}} | expect.findings[0].ruleId
            an unknown field in a finding         | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "findings": [{"ruleId": "X", "severity": "INFO", "message": "m"}]}} | expect.findings[0].message
            a rule id that is no string           | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "rulesFired": ["A", 3]}} | expect.rulesFired[1]
            a repeated rule id                    | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "includesFindings": ["A", "A"]}} | expect.includesFindings[1]
            a rule id both included and excluded  | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1", "includesFindings": ["A"], "excludesFindings": ["A"]}} | expect.excludesFindings
            invalid fields with an outcome        | {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "invalidFields": ["project.end"]}} | expect.outcome
            invalid fields naming nothing         | {"scenario": "s", "base": "../bases/base.json", "expect": {"invalidFields": []}} | expect.invalidFields
            malformed JSON                        | {"scenario": "s", | $
            a repeated key                        | {"scenario": "s", "scenario": "t", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}} | $
            """)
    void aBrokenScenarioNamesTheFileAndTheField(String what, String body, String field) throws IOException {
        Path file = scenario(body);

        assertThatThrownBy(() -> Scenarios.read(file))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.problems()).extracting(Problem::field).contains(field);
                    assertThat(e.getMessage()).startsWith(file + ": invalid scenario").contains(field + ": ");
                });
    }

    @Test
    void everyProblemOfAFileIsNamedAtOnce() throws IOException {
        Path file = scenario("""
                {"scenario": "s", "base": "../bases/base.json", "colour": "red",
                 "expect": {"outcome": "OK", "grant": "1.001"}}
                """);

        assertThatThrownBy(() -> Scenarios.read(file)).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("colour", "expect.outcome", "expect.grant"));
    }

    @Test
    void aBaseThatIsNoJsonObjectIsNamedAsTheBase() throws IOException {
        write("bases/list.json", "[1, 2]");
        Path file = write("s/a.scenario.json", """
                {"scenario": "s", "base": "../bases/list.json", "expect": {"outcome": "ELIGIBLE", "grant": "1"}}
                """);

        assertThatThrownBy(() -> Scenarios.read(file)).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("base"));
    }

    @Test
    void findTakesScenarioFilesAtAnyDepthSortedAndLeavesBasesOut() throws IOException {
        write("bases/base.json", BASE);
        Path b = write("b.scenario.json", "{}");
        Path a2 = write("a/z/2.scenario.json", "{}");
        Path a1 = write("a/1.scenario.json", "{}");
        write("a/notes.txt", "");
        Path single = write("other/x.json", "{}");

        assertThat(Scenarios.find(List.of(dir, single))).containsExactly(a1, a2, b, single);
        assertThatThrownBy(() -> Scenarios.find(List.of(dir.resolve("missing"))))
                .isInstanceOf(NoSuchFileException.class);
    }

    // ------------------------------------------------------------------ hostile input (docs/rules.md, Invalid input)

    private static List<Problem> problemsOf(Path file) {
        InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class,
                () -> Scenarios.read(file));
        assertThat(e).as("the scenario was accepted, but it is invalid").isNotNull();
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    @Timeout(60)
    void aBaseThatIsADeviceThatNeverEndsIsAProblemOfTheBaseNotOfTheMemory(String device) throws IOException {
        Path file = write("device.scenario.json", """
                {"scenario": "a device as base", "base": "%s", "expect": {"outcome": "ELIGIBLE", "grant": "1.00"}}
                """.formatted(device));

        assertThat(problemsOf(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("base");
            assertThat(p.message()).isEqualTo(device + " has more than the 1048576 bytes (1 MiB) allowed");
        });
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(60)
    void aScenarioFileThatIsADeviceIsAProblemOfTheWholeFile() {
        assertThat(problemsOf(Path.of("/dev/zero"))).containsExactly(
                new Problem("$", "the file has more than the 1048576 bytes (1 MiB) allowed"));
    }

    @Test
    void aBaseLargerThanOneMebibyteIsRefusedByItsSize() throws IOException {
        write("bases/huge.json", " ".repeat(ApplicationLimits.MAX_FILE_BYTES + 1));
        Path file = write("s/huge.scenario.json", """
                {"scenario": "a huge base", "base": "../bases/huge.json", "expect": {"outcome": "ELIGIBLE", "grant": "1.00"}}
                """);

        assertThat(problemsOf(file)).singleElement().extracting(Problem::message).asString()
                .endsWith("huge.json has 1048577 bytes, more than the 1048576 (1 MiB) allowed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999",
            "1e99999999999", "\"1000000000000.00\""})
    @Timeout(30)
    void anExpectedGrantIsBoundedLikeEveryAmount(String grant) throws IOException {
        Path file = scenario("""
                {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": %s}}
                """.formatted(grant));

        assertThat(problemsOf(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("expect.grant");
            assertThat(p.message()).hasSizeLessThan(200);
        });
    }

    @Test
    void aNumberNoDecimalHoldsIsKeptAsWrittenForTheApplicationReaderToName() throws IOException {
        Path file = scenario("""
                {"scenario": "s", "base": "../bases/base.json", "changes": {"requestedGrant": 1e99999999999},
                 "expect": {"invalidFields": ["requestedGrant"]}}
                """);

        assertThat(Scenarios.read(file).applicationJson()).contains("\"requestedGrant\" : 1e99999999999");
    }

    @Test
    void aScenarioWithThousandsOfUnknownKeysListsAHundredAndCountsTheRest() throws IOException {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            keys.append(",\"k").append(i).append("\": 0");
        }
        Path file = scenario("""
                {"scenario": "s", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1.00"}%s}
                """.formatted(keys));

        List<Problem> problems = problemsOf(file);

        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).message()).isEqualTo("... and 4900 more problems (only the first 100 are listed)");
    }

    @Test
    void aFileOfAListHoldsOneScenarioPerElementInItsOrderEachKnowingItsIndex() throws IOException {
        Path file = scenario("""
                [{"scenario": "first", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80000"}},
                 {"scenario": "second", "base": "../bases/base.json", "changes": {"requestedGrant": "1.00"},
                  "expect": {"outcome": "ELIGIBLE", "grant": "1"}}]
                """);

        List<ScenarioCase> scenarios = Scenarios.readEach(file);

        assertThat(scenarios).extracting(ScenarioCase::name).containsExactly("first", "second");
        assertThat(scenarios).extracting(ScenarioCase::index).containsExactly(0, 1);
        assertThat(scenarios.get(1).where()).isEqualTo(file + "[1]");
        assertThat(JSON.readTree(((Scenario) scenarios.get(1)).applicationJson()).get("requestedGrant").asText()).isEqualTo("1.00");
        assertThat(Scenarios.readAll(dir.resolve("s"))).extracting(ScenarioCase::name).containsExactly("first", "second");
    }

    @Test
    void aBrokenElementOfAListIsNamedByItsIndexAndKeepsItsNeighboursReadable() throws IOException {
        Path file = scenario("""
                [{"scenario": "good", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80000"}},
                 {"scenario": "no grant", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE"}},
                 {"scenario": "misspelt", "bsae": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "1.001"}},
                 "no object"]
                """);

        List<Scenarios.Entry> entries = Scenarios.entries(file);

        assertThat(entries).extracting(Scenarios.Entry::index).containsExactly(0, 1, 2, 3);
        assertThat(entries.get(0).scenario().name()).isEqualTo("good");
        assertThat(entries.get(0).problems()).isEmpty();
        assertThat(entries.get(1).problems()).extracting(Problem::field).containsExactly("[1].expect.grant");
        assertThat(entries.get(2).problems()).extracting(Problem::field)
                .contains("[2].bsae", "[2].application", "[2].expect.grant");
        assertThat(entries.get(3).problems()).extracting(Problem::toString).containsExactly("[3]: must be a JSON object");
        assertThat(entries.get(3).name()).isEqualTo("a.scenario.json[3]");
        InvalidScenarioException e = catchThrowableOfType(() -> Scenarios.readEach(file), InvalidScenarioException.class);
        assertThat(e.getMessage()).startsWith(file + ": invalid scenario").contains("[1].expect.grant: is required");
    }

    @Test
    void anEmptyListIsABrokenFileNotASuiteOfNoTests() throws IOException {
        Path file = scenario("[]");

        assertThat(Scenarios.entries(file)).singleElement()
                .satisfies(entry -> assertThat(entry.problems()).extracting(Problem::field).containsExactly("$"));
    }

    @Test
    void readingAListAsOneScenarioSaysItIsAList() throws IOException {
        Path file = scenario("""
                [{"scenario": "only", "base": "../bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80000"}}]
                """);

        assertThatThrownBy(() -> Scenarios.read(file)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("holds a list of 1 scenarios");
    }

    /** A scenario about the settlement of case A of docs/settlement.md, as a base in bases/settlement.json. */
    private Path settlementScenario(String body) throws IOException {
        write("bases/settlement.json", Files.readString(Path.of("../examples/settlements/case-a-as-planned.json")));
        return write("s/settle.scenario.json", body);
    }

    @Test
    void aBaseThatIsASettlementMakesASettlementScenarioWithItsAmountsByTheirResultFields() throws IOException {
        Path file = settlementScenario("""
                {"scenario": "late proof", "note": "due 2021-06-30", "base": "../bases/settlement.json",
                 "changes": {"proofSubmittedOn": "2021-07-01"},
                 "expect": {"outcome": "BALANCED", "finalGrant": "170320", "refund": "0.00", "remainingPayment": 0,
                            "refundInterest": "0.00", "lateUseInterest": "0.00", "includesFindings": ["SET-PROOF-LATE"]}}
                """);

        ScenarioCase read = Scenarios.readEach(file).get(0);

        assertThat(read).isInstanceOf(SettlementScenario.class);
        SettlementScenario scenario = (SettlementScenario) read;
        assertThat(scenario.name()).isEqualTo("late proof");
        assertThat(scenario.expect().outcome()).isEqualTo(io.github.foerderregeln.api.settlement.SettlementOutcome.BALANCED);
        assertThat(scenario.expect().amounts()).containsOnlyKeys(SettlementScenario.SettlementExpectation.AMOUNTS);
        assertThat(scenario.expect().amounts().get("finalGrant")).isEqualByComparingTo("170320.00");
        assertThat(scenario.expect().includesFindings()).containsExactly("SET-PROOF-LATE");
        assertThat(JSON.readTree(scenario.settlementJson()).get("proofSubmittedOn").asText()).isEqualTo("2021-07-01");
        assertThatThrownBy(() -> Scenarios.read(file)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("about a settlement");
    }

    @Test
    void aWholeSettlementIsReadAsASettlementScenario() throws IOException {
        String settlement = Files.readString(Path.of("../examples/settlements/case-a-as-planned.json"));
        Path file = write("whole-settlement.scenario.json", """
                {"scenario": "as planned", "settlement": %s, "expect": {"outcome": "BALANCED", "finalGrant": "170320.00"}}
                """.formatted(settlement));

        assertThat(Scenarios.readEach(file)).singleElement().isInstanceOfSatisfying(SettlementScenario.class,
                s -> assertThat(s.expect().amounts()).containsOnlyKeys("finalGrant"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an application's grant                | {"scenario": "s", "base": "../bases/settlement.json", "expect": {"outcome": "BALANCED", "finalGrant": "1", "grant": "1"}} | expect.grant
            an assessment's outcome               | {"scenario": "s", "base": "../bases/settlement.json", "expect": {"outcome": "ELIGIBLE", "finalGrant": "1"}} | expect.outcome
            no final grant                        | {"scenario": "s", "base": "../bases/settlement.json", "expect": {"outcome": "REFUND", "refund": "1"}} | expect.finalGrant
            a refund with three decimals          | {"scenario": "s", "base": "../bases/settlement.json", "expect": {"outcome": "REFUND", "finalGrant": "1", "refund": "1.005"}} | expect.refund
            a negative interest                   | {"scenario": "s", "base": "../bases/settlement.json", "expect": {"outcome": "REFUND", "finalGrant": "1", "refundInterest": "-0.01"}} | expect.refundInterest
            an amount with invalid fields         | {"scenario": "s", "base": "../bases/settlement.json", "expect": {"refund": "1", "invalidFields": ["payments[0].amount"]}} | expect.refund
            both settlement and base              | {"scenario": "s", "settlement": {}, "base": "../bases/settlement.json", "expect": {"outcome": "REFUND", "finalGrant": "1"}} | settlement
            both settlement and application       | {"scenario": "s", "settlement": {}, "application": {}, "expect": {"outcome": "REFUND", "finalGrant": "1"}} | settlement
            a settlement that is no object        | {"scenario": "s", "settlement": [], "expect": {"outcome": "REFUND", "finalGrant": "1"}} | settlement
            """)
    void aBrokenSettlementScenarioNamesTheFileAndTheField(String what, String body, String field) throws IOException {
        Path file = settlementScenario(body);

        assertThat(problems(file)).extracting(Problem::field).contains(field);
    }

    @Test
    void inAListABrokenSettlementScenarioIsNamedByItsIndex() throws IOException {
        Path file = settlementScenario("""
                [{"scenario": "fine", "base": "../bases/settlement.json", "expect": {"outcome": "BALANCED", "finalGrant": "170320"}},
                 {"scenario": "bad", "base": "../bases/settlement.json", "expect": {"outcome": "PAID", "finalGrant": "170320"}}]
                """);

        List<Scenarios.Entry> entries = Scenarios.entries(file);

        assertThat(entries.get(0).scenario()).isInstanceOf(SettlementScenario.class);
        assertThat(entries.get(1).problems()).extracting(Problem::toString)
                .singleElement().asString().startsWith("[1].expect.outcome: unknown code \"PAID\" (one of REFUND, ");
    }
}
