package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.RuleSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import picocli.CommandLine;

/**
 * {@code test} runs scenario files. The base application: eligible costs 100,000.00 and 90,000.00
 * requested, so the rate binds: 0.80 x 100,000.00 = 80,000.00.
 */
class TestCommandTest {
    private static final String BASE = """
            {"id": "base", "call": "rdz-lsa-2018", "decisionDate": "2019-03-01",
             "applicant": {"name": "Stadt", "legalForm": "GEMEINDE", "state": "ST", "district": "Börde"},
             "project": {"start": "2019-04-01", "end": "2021-03-31", "tasks": ["BUNDLING"],
                         "partners": ["BUSINESS"], "sustainabilityConcept": true},
             "costs": [{"category": "PERSONNEL", "amount": "100000.00"}],
             "requestedGrant": "90000.00", "boardVote": "POSITIVE"}
            """;

    @TempDir
    Path temp;
    Path suite;

    @BeforeEach
    void writeTheBase() throws IOException {
        suite = temp.resolve("suite");
        Files.createDirectories(suite.resolve("bases"));
        Files.writeString(suite.resolve("bases/base.json"), BASE);
    }

    private Path scenario(String name, String sentence, String changes, String grant) throws IOException {
        Path file = suite.resolve(name + ".scenario.json");
        Files.createDirectories(file.getParent());
        String base = suite.relativize(suite.resolve("bases/base.json")).toString();
        Files.writeString(file, """
                {"scenario": "%s", "base": "%s%s", "changes": %s,
                 "expect": {"outcome": "ELIGIBLE", "grant": "%s"}}
                """.formatted(sentence, "../".repeat(name.split("/").length - 1), base, changes, grant));
        return file;
    }

    @Test
    void passingScenariosExitZeroWithALineEachAndTheSummary() throws IOException {
        Path rate = scenario("a-rate", "the rate binds", "{}", "80000.00");
        // Requested 70,000.00 < 80,000.00: the amount requested binds.
        Path requested = scenario("b/requested", "the amount requested binds", "{\"requestedGrant\": \"70000.00\"}", "70000.00");

        CommandRun result = run("test", suite.toString());

        assertThat(result.exitStatus()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "PASS " + rate + ": the rate binds",
                "PASS " + requested + ": the amount requested binds",
                "2 scenarios: 2 passed, 0 failed");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aFailingScenarioExitsOneAndShowsTheDifference() throws IOException {
        scenario("a-rate", "the rate binds", "{}", "80000.00");
        // Wrong on purpose: 0.80 x 100,000.00 = 80,000.00, not 80,001.00.
        Path wrong = scenario("b-wrong", "the grant is 80,001.00", "{}", "80001.00");

        CommandRun result = run("test", suite.toString());

        assertThat(result.exitStatus()).isEqualTo(1);
        assertThat(result.out()).contains("FAIL " + wrong + ": the grant is 80,001.00\n"
                + "    grant: expected 80001.00, got 80000.00\n");
        assertThat(result.out().lines().reduce((a, b) -> b)).hasValue("2 scenarios: 1 passed, 1 failed");
    }

    @Test
    void aBrokenScenarioFileExitsOneAndNamesTheField() throws IOException {
        Path broken = suite.resolve("broken.scenario.json");
        Files.writeString(broken, "{\"scenario\": \"s\", \"base\": \"bases/base.json\", \"expect\": {\"outcome\": \"ELIGIBLE\"}}");

        CommandRun result = run("test", broken.toString());

        assertThat(result.exitStatus()).isEqualTo(1);
        assertThat(result.out()).contains("BROKEN " + broken + ": broken.scenario.json\n    expect.grant: is required\n")
                .contains("1 scenario: 0 passed, 0 failed, 1 broken");
    }

    @Test
    void junitWritesTheReportACiServerReads() throws Exception {
        scenario("a-rate", "the rate binds", "{}", "80000.00");
        scenario("b-wrong", "the grant is 80,001.00", "{}", "80001.00");
        Path report = temp.resolve("reports/TEST-scenarios.xml");

        CommandRun result = run("test", "--junit", report.toString(), suite.toString());

        assertThat(result.exitStatus()).isEqualTo(1);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("2");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(((Element) root.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("grant: expected 80001.00, got 80000.00");
    }

    @Test
    void aCandidateRuleSetIsTestedWithRules() throws IOException {
        scenario("a-rate", "the rate binds", "{}", "80000.00");
        Path candidate = temp.resolve("candidate");
        RuleSets.writeBundled(candidate);
        Path call = candidate.resolve("calls/rdz-lsa-2018.json");
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": \"0.90\""));

        CommandRun bundled = run("test", suite.toString());
        CommandRun edited = run("test", "--rules", candidate.toString(), suite.toString());

        assertThat(bundled.exitStatus()).isZero();
        // With 90 %: 0.90 x 100,000.00 = 90,000.00, tied with the 90,000.00 requested.
        assertThat(edited.exitStatus()).isEqualTo(1);
        assertThat(edited.out()).contains("    grant: expected 80000.00, got 90000.00");
    }

    @Test
    void updateRewritesTheFailingScenariosAfterAReviewedRateChangeAndTheNextRunPasses() throws IOException {
        Path rate = scenario("a-rate", "the rate binds", "{}", "80000.00");
        Path requested = scenario("b-requested", "the amount requested binds", "{\"requestedGrant\": \"70000.00\"}", "70000.00");
        String untouched = Files.readString(requested);
        Path candidate = temp.resolve("candidate");
        RuleSets.writeBundled(candidate);
        Path call = candidate.resolve("calls/rdz-lsa-2018.json");
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": \"0.90\""));

        CommandRun update = run("test", "--update", "--rules", candidate.toString(), suite.toString());

        // 0.90 x 100,000.00 = 90,000.00: the first scenario's grant moves; 70,000.00 requested still binds the second.
        assertThat(update.exitStatus()).as(update.err()).isZero();
        assertThat(update.out()).contains("FAIL " + rate + ": the rate binds\n    grant: expected 80000.00, got 90000.00\n",
                "UPDATED " + rate + "\n    expect.grant: \"80000.00\" -> \"90000.00\"\n");
        assertThat(update.out().lines().reduce((x, y) -> y)).hasValue("2 scenarios: 1 passed, 1 failed, 1 updated");
        assertThat(Files.readString(rate)).contains("\"grant\": \"90000.00\"").contains("\"scenario\": \"the rate binds\"");
        assertThat(Files.readString(requested)).isEqualTo(untouched);
        CommandRun again = run("test", "--rules", candidate.toString(), suite.toString());
        assertThat(again.exitStatus()).as(again.out()).isZero();
    }

    @Test
    void updateTouchesOnlyTheFilesGiven() throws IOException {
        Path wrong = scenario("a-wrong", "the grant is 80,001.00", "{}", "80001.00");
        Path alsoWrong = scenario("b-wrong", "the grant is 80,002.00", "{}", "80002.00");
        String before = Files.readString(alsoWrong);

        CommandRun update = run("test", "--update", wrong.toString());

        assertThat(update.exitStatus()).isZero();
        assertThat(Files.readString(wrong)).contains("\"grant\": \"80000.00\"");
        assertThat(Files.readString(alsoWrong)).isEqualTo(before);
    }

    @Test
    void filterRunsOnlyTheScenariosWhoseSentenceOrFileNameContainsTheText() throws IOException {
        Path rate = scenario("a-rate", "the rate binds", "{}", "80000.00");
        Path requested = scenario("b/requested", "the amount requested binds", "{\"requestedGrant\": \"70000.00\"}", "70000.00");
        scenario("c-wrong", "a wrong grant", "{}", "1.00");

        CommandRun bySentence = run("test", "--filter", "rate binds", suite.toString());
        CommandRun byFile = run("test", "--filter", "b/req", suite.toString());
        CommandRun none = run("test", "--filter", "no such text", suite.toString());

        assertThat(bySentence.exitStatus()).isZero();
        assertThat(bySentence.out().lines()).containsExactly("PASS " + rate + ": the rate binds", "1 scenario: 1 passed, 0 failed");
        assertThat(byFile.out().lines()).containsExactly("PASS " + requested + ": the amount requested binds",
                "1 scenario: 1 passed, 0 failed");
        assertThat(none.exitStatus()).isEqualTo(2);
        assertThat(none.err()).contains("no scenario's sentence or file name contains \"no such text\"");
    }

    @Test
    void afterARateOfNinetyPercentUpdateMakesTheWholeCopiedSuitePassAgain() throws IOException {
        Path rules = temp.resolve("my-rules");
        assertThat(run("init-rules", rules.toString()).exitStatus()).isZero();
        Path call = rules.resolve("calls/rdz-lsa-2018.json");
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": \"0.90\""));
        String scenarios = rules.resolve("scenarios").toString();

        CommandRun failing = run("test", "--rules", rules.toString(), scenarios);
        CommandRun update = run("test", "--update", "--rules", rules.toString(), scenarios);
        CommandRun after = run("test", "--rules", rules.toString(), scenarios);

        assertThat(failing.exitStatus()).isEqualTo(1);
        assertThat(update.exitStatus()).as(update.out()).isZero();
        assertThat(update.out()).contains("UPDATED ", "    expect.grant: \"80000.00\" -> \"90000.00\"");
        assertThat(after.exitStatus()).as(after.out()).isZero();
    }

    @Test
    void theSuiteThatInitRulesCopiesPassesFromTheCommandLine() {
        Path rules = temp.resolve("rules");
        assertThat(run("init-rules", rules.toString()).exitStatus()).isZero();

        CommandRun result = run("test", "--rules", rules.toString(), rules.resolve("scenarios").toString());

        assertThat(result.exitStatus()).as(result.out()).isZero();
        assertThat(result.out()).doesNotContain("FAIL ", "BROKEN ").containsPattern("\\d+ scenarios: \\d+ passed, 0 failed\\n$");
    }

    @Test
    void aMissingPathOrAFolderWithoutScenariosIsWrongUsage() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        CommandRun missing = run("test", temp.resolve("nope").toString());
        CommandRun none = run("test", empty.toString());

        assertThat(missing.exitStatus()).isEqualTo(2);
        assertThat(missing.err()).contains(temp.resolve("nope") + ": no such file or directory");
        assertThat(none.exitStatus()).isEqualTo(2);
        assertThat(none.err()).contains("no scenario files (*.scenario.json)");
    }

    @Test
    void atATerminalAProgressBarIsDrawnAndOnlyFailuresAreListed() throws IOException {
        scenario("a-rate", "the rate binds", "{}", "80000.00");
        Path wrong = scenario("b-wrong", "the grant is 80,001.00", "{}", "80001.00");
        CommandLine commandLine = FoerderregelnCommand.commandLine(FundingRules::load, Map.of(), true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("test", suite.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("2/2 scenarios");
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).startsWith(
                "FAIL " + wrong + ": the grant is 80,001.00",
                "    grant: expected 80001.00, got 80000.00",
                "    assessed: ELIGIBLE, grant 80000.00");
        assertThat(lines).noneMatch(line -> line.startsWith("PASS "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 scenarios: 1 passed, 1 failed");
    }

    @Test
    void underAFailureTheFindingsTheRulesGaveAreShownInTheLanguageAsked() throws IOException {
        Path wrong = scenario("wrong", "the grant is 80,001.00", "{}", "80001.00");

        CommandRun english = run("test", "--lang", "en", wrong.toString());
        CommandRun german = run("test", wrong.toString());

        // The rate binds (0.80 x 100,000.00 = 80,000.00): its INFO says so (the example message of docs/json-format.md).
        assertThat(english.out()).contains("    assessed: ELIGIBLE, grant 80000.00\n      INFO RDZ-GRANT-RATE: The grant is limited to 80");
        assertThat(german.out()).contains("    assessed: ELIGIBLE, grant 80000.00\n      INFO RDZ-GRANT-RATE: Die Zuwendung ist auf 80");
    }

    /** A list of three: the rate binds (80,000.00), a wrong grant of 80,001.00, and an element without its grant. */
    private Path list() throws IOException {
        Path file = suite.resolve("list.scenario.json");
        Files.writeString(file, """
                [
                  {"scenario": "the rate binds", "base": "bases/base.json", "expect": {"outcome": "ELIGIBLE", "grant": "80000.00"}},
                  {"scenario": "the grant is 80,001.00", "base": "bases/base.json",
                   "expect": {"outcome": "ELIGIBLE", "grant": "80001.00"}},
                  {"scenario": "no grant given", "base": "bases/base.json", "expect": {"outcome": "ELIGIBLE"}}
                ]
                """);
        return file;
    }

    @Test
    void eachElementOfAListIsItsOwnTestNamedByTheFileAndItsIndex() throws IOException {
        Path file = list();

        CommandRun result = run("test", file.toString());

        assertThat(result.exitStatus()).isEqualTo(1);
        assertThat(result.out()).contains(
                "PASS " + file + "[0]: the rate binds\n",
                "FAIL " + file + "[1]: the grant is 80,001.00\n    grant: expected 80001.00, got 80000.00\n",
                "BROKEN " + file + "[2]: list.scenario.json[2]\n    [2].expect.grant: is required\n");
        assertThat(result.out().lines().reduce((a, b) -> b)).hasValue(
                "3 scenarios: 1 passed, 1 failed, 1 broken");
    }

    @Test
    void filterSelectsSingleElementsOfAList() throws IOException {
        Path file = list();

        CommandRun result = run("test", "--filter", "rate binds", suite.toString());

        assertThat(result.exitStatus()).isZero();
        assertThat(result.out().lines()).containsExactly("PASS " + file + "[0]: the rate binds", "1 scenario: 1 passed, 0 failed");
    }

    @Test
    void updateRewritesOnlyTheFailingElementOfAListAndKeepsTheOthersByteForByte() throws IOException {
        Path file = list();
        String before = Files.readString(file);

        CommandRun update = run("test", "--update", "--filter", "80,001", file.toString());

        assertThat(update.exitStatus()).as(update.out()).isZero();
        assertThat(update.out()).contains("UPDATED " + file + "[1]\n    expect.grant: \"80001.00\" -> \"80000.00\"\n");
        String after = Files.readString(file);
        int start = before.indexOf("  {\"scenario\": \"the grant is 80,001.00\"");
        int end = before.indexOf("  {\"scenario\": \"no grant given\"");
        assertThat(after).startsWith(before.substring(0, start)).endsWith(before.substring(end));
        assertThat(after.substring(start, after.length() - (before.length() - end)))
                .contains("\"grant\": \"80000.00\"").doesNotContain("80001.00\"}");
    }

    @Test
    void junitHasATestcaseForEachElementOfAList() throws Exception {
        list();
        Path report = temp.resolve("TEST-list.xml");

        run("test", "--junit", report.toString(), suite.toString());

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(((Element) root.getElementsByTagName("error").item(0)).getAttribute("message"))
                .isEqualTo("[2].expect.grant: is required");
    }

    /**
     * Case B of docs/settlement.md: F = 0.8000 x 200,000.00 = 160,000.00, paid 170,320.00, refund
     * 10,320.00 with 10,320.00 x 274 x 4.12 / 36,500 = 319.18 interest; the second element expects
     * a refund interest of 300.00 on purpose.
     */
    private Path settlementList() throws IOException {
        Files.copy(Path.of("../examples/settlements/case-b-less-spent.json"), suite.resolve("bases/case-b.json"));
        Path file = suite.resolve("settle.scenario.json");
        Files.writeString(file, """
                [
                  {"scenario": "less spent is refunded", "base": "bases/case-b.json",
                   "expect": {"outcome": "REFUND", "finalGrant": "160000.00", "refund": "10320.00", "refundInterest": "319.18"}},
                  {"scenario": "a wrong refund interest", "base": "bases/case-b.json",
                   "expect": {"outcome": "REFUND", "finalGrant": "160000.00", "refundInterest": "300.00"}}
                ]
                """);
        return file;
    }

    @Test
    void settlementScenariosRunWithTheSettledFiguresShownUnderAFailure() throws IOException {
        Path file = settlementList();

        CommandRun result = run("test", "--lang", "en", file.toString());

        assertThat(result.exitStatus()).isEqualTo(1);
        assertThat(result.out()).contains("PASS " + file + "[0]: less spent is refunded\n",
                "FAIL " + file + "[1]: a wrong refund interest\n    refundInterest: expected 300.00, got 319.18\n"
                        + "    settled: REFUND, finalGrant 160000.00, refund 10320.00, remainingPayment 0.00,"
                        + " refundInterest 319.18, lateUseInterest 0.00\n",
                "      WARNING SET-REFUND-INTEREST: ");
    }

    @Test
    void updateFilterAndJunitServeSettlementScenarios() throws Exception {
        Path file = settlementList();
        Path report = temp.resolve("TEST-settle.xml");

        CommandRun update = run("test", "--update", "--filter", "wrong refund", "--junit", report.toString(), file.toString());
        CommandRun again = run("test", file.toString());

        assertThat(update.out()).contains("UPDATED " + file + "[1]\n    expect.refundInterest: \"300.00\" -> \"319.18\"\n")
                .contains("1 scenario: 0 passed, 1 failed, 1 updated");
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("1");
        assertThat(root.getElementsByTagName("failure").item(0).getTextContent()).contains("settled: REFUND");
        assertThat(again.exitStatus()).as(again.out()).isZero();
    }
}
