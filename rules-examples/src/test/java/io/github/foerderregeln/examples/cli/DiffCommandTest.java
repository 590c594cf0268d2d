package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static io.github.foerderregeln.examples.cli.InvalidInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.foerderregeln.api.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff over a baseline (the bundled rule set) and a candidate with a funding rate of 90 % and a
 * ceiling of 250,000.00 EUR. The applications are Haldensleben (212,900.00 EUR eligible costs,
 * 170,320.00 requested) and two variants of it that differ only in the amount requested:
 * <ul>
 *   <li>{@code a-raised}, 250,000.00 requested: 0.80 x 212,900.00 = 170,320.00 binds before,
 *       0.90 x 212,900.00 = 191,610.00 after: +21,290.00;</li>
 *   <li>{@code b-haldensleben}: 170,320.00 before (the rate tied with the request: both bind, each
 *       with its INFO), 170,320.00 after (the request alone, below 191,610.00): the same grant, the
 *       INFO of RDZ-GRANT-RATE is removed, that of RDZ-GRANT-REQUESTED stays (matched by rule id and
 *       severity, its wording changes);</li>
 *   <li>{@code c-unchanged}, 100,000.00 requested: the request binds under both.</li>
 * </ul>
 * Totals: before 170,320 + 170,320 + 100,000 = 440,640.00; after 191,610 + 170,320 + 100,000 = 461,930.00;
 * difference +21,290.00.
 */
class DiffCommandTest {
    private static final String CALL = "calls/rdz-lsa-2018.json";

    @TempDir
    Path temp;

    private Path baseline;
    private Path candidate;
    private Path applications;

    @BeforeEach
    void writeRuleSetsAndApplications() throws IOException {
        baseline = temp.resolve("baseline");
        RuleSets.writeBundled(baseline);
        candidate = temp.resolve("candidate");
        RuleSets.writeBundled(candidate);
        replace(candidate.resolve(CALL), "\"value\": \"0.80\"", "\"value\": \"0.90\"");
        replace(candidate.resolve(CALL), "\"value\": \"200000.00\"", "\"value\": \"250000.00\"");
        applications = Files.createDirectories(temp.resolve("applications"));
        variant("a-raised", "250000.00");
        variant("b-haldensleben", "170320.00");
        variant("c-unchanged", "100000.00");
        // Not an application file: a directory contributes its *.json files only.
        Files.writeString(applications.resolve("notes.txt"), "not json");
    }

    private void variant(String id, String requested) throws IOException {
        String json = Files.readString(HALDENSLEBEN, StandardCharsets.UTF_8)
                .replace("\"haldensleben-2019\"", "\"" + id + "\"")
                .replace("\"requestedGrant\": \"170320.00\"", "\"requestedGrant\": \"" + requested + "\"");
        Files.writeString(applications.resolve(id + ".json"), json, StandardCharsets.UTF_8);
    }

    private static int replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as("%s in %s", from, file).isNotNegative();
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private CommandRun diff(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("diff", "--lang", "en", "--baseline", baseline.toString(),
                "--candidate", candidate.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Aligned columns as single spaces, so that a row reads "Label: value". */
    private static String squeezed(String text) {
        return text.replaceAll(" {2,}", " ");
    }

    @Test
    void textShowsTheSummaryFirstThenTheMaterialChangesThenTheExplanatoryOnes() {
        CommandRun run = diff(applications.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.err()).as("no progress bar when standard error is not a terminal").isEmpty();
        String out = squeezed(run.out());
        assertThat(out).contains(
                " Applications read: 3\n",
                " Applications assessed: 3\n",
                " Not assessable: 0\n",
                " Changed: 2\n",
                " Eligibility gained: 0\n",
                " Eligibility lost: 0\n",
                " Total grant before: EUR 440,640.00\n",
                " Total grant after: EUR 461,930.00\n",
                " Difference: EUR +21,290.00\n");
        String raised = " a-raised: ELIGIBLE -> ELIGIBLE, grant EUR 170,320.00 -> EUR 191,610.00 (EUR +21,290.00)\n";
        String moved = " b-haldensleben: ELIGIBLE -> ELIGIBLE, grant EUR 170,320.00 -> EUR 170,320.00 (EUR 0.00)\n"
                + " - INFO RDZ-GRANT-RATE: The grant is limited to 80% of the eligible costs (EUR 170,320.00);"
                + " binding as well: RDZ-GRANT-REQUESTED.\n";
        assertThat(out).contains(raised, moved);
        assertThat(out).doesNotContain(" + INFO");
        assertThat(out).contains(" of which outcome or grant changed: 1\n", " of which only the explanation changed: 1\n");
        assertThat(out.indexOf("Summary")).isLessThan(out.indexOf("Changed outcomes and grants"));
        assertThat(out.indexOf(raised)).isLessThan(out.indexOf("Only the explanation changed"));
        assertThat(out.indexOf("Only the explanation changed")).isLessThan(out.indexOf(moved));
        assertThat(out).doesNotContain("c-unchanged");
    }

    @Test
    void jsonCarriesTheSummaryAndTheChangesWithExactAmounts() throws IOException {
        Path report = temp.resolve("diff.json");

        CommandRun run = diff("--format", "json", "--output", report.toString(), applications.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).as("the report goes to --output only").isEmpty();
        // Exact decimals, so that the comparisons below also check the two decimals of money.
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(report.toFile());
        JsonNode summary = json.get("summary");
        assertThat(summary.get("applications").asLong()).isEqualTo(3);
        assertThat(summary.get("assessed").asLong()).isEqualTo(3);
        assertThat(summary.get("changed").asLong()).isEqualTo(2);
        assertThat(summary.get("eligibilityGained").asLong()).isZero();
        assertThat(summary.get("eligibilityLost").asLong()).isZero();
        assertThat(summary.get("totalGrantBefore").decimalValue()).isEqualTo("440640.00");
        assertThat(summary.get("totalGrantAfter").decimalValue()).isEqualTo("461930.00");
        assertThat(summary.get("totalGrantChange").decimalValue()).isEqualTo("21290.00");
        JsonNode changed = json.get("changed");
        assertThat(changed).hasSize(2);
        assertThat(changed.get(0).get("applicationId").asText()).isEqualTo("a-raised");
        assertThat(changed.get(0).get("outcomeBefore").asText()).isEqualTo("ELIGIBLE");
        assertThat(changed.get(0).get("grantBefore").decimalValue()).isEqualTo("170320.00");
        assertThat(changed.get(0).get("grantAfter").decimalValue()).isEqualTo("191610.00");
        assertThat(changed.get(0).get("grantChange").decimalValue()).isEqualTo("21290.00");
        assertThat(changed.get(0).get("findingsAdded")).isEmpty();
        JsonNode moved = changed.get(1);
        assertThat(moved.get("grantChange").decimalValue()).isEqualTo("0.00");
        assertThat(moved.get("findingsAdded")).isEmpty();
        assertThat(moved.get("findingsRemoved")).hasSize(1);
        assertThat(moved.get("findingsRemoved").get(0).get("ruleId").asText()).isEqualTo("RDZ-GRANT-RATE");
        assertThat(moved.get("findingsRemoved").get(0).get("severity").asText()).isEqualTo("INFO");
        assertThat(json.get("invalid")).isEmpty();
    }

    @Test
    void htmlIsOneSelfContainedPageWithAChartAndEveryIdEscaped() throws IOException {
        String json = Files.readString(applications.resolve("a-raised.json"), StandardCharsets.UTF_8)
                .replace("\"a-raised\"", "\"<script>alert('x')</script>\"");
        Files.writeString(applications.resolve("a-raised.json"), json, StandardCharsets.UTF_8);
        Path report = temp.resolve("diff.html");

        CommandRun run = diff("--format", "html", "--output", report.toString(), applications.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<ol class=\"bars\"", "<style>", "</html>");
        assertThat(html).as("no script, no external resource").doesNotContainIgnoringCase("<script")
                .doesNotContain("http://", "https://");
        assertThat(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        // The chart has a bar for the +21,290.00 and a dot for the unchanged grant of b-haldensleben.
        assertThat(html).contains("class=\"bar bar-up\"", "class=\"dot\"", "EUR +21,290.00");
    }

    @Test
    void aBrokenCandidateIsReportedAtItsFileLineAndColumnAndNothingIsCompared() throws IOException {
        int line = replace(candidate.resolve("rdz/limits/limits.drl"), "    CallTerms($rate : fundingRate)",
                "    CallTerms($rate : fundingRate");

        CommandRun run = diff(applications.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        String file = Pattern.quote(candidate.resolve("rdz/limits/limits.drl").toString());
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).matches(file + ":(" + line + "|" + (line + 1) + "):\\d+: .*"));
        assertNoStackTrace(run.err());
    }

    @Test
    void aMissingRuleDirectoryIsReportedAndExitsOneAsAssessDoes() {
        baseline = temp.resolve("no-such-dir");

        CommandRun run = diff(applications.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-dir: no such rule directory");
    }

    @Test
    void anInvalidFileIsReportedWithItsFieldsCountedAndTheOthersStillComparedThenExitTwo() throws IOException {
        Path invalid = applications.resolve("b-invalid.json");
        Files.copy(CommandRun.INVALID.resolve("several-problems.json"), invalid);

        CommandRun run = diff(applications.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).contains(invalid + ": applicant.name: is required",
                invalid + ": boardVote: unknown code \"YES\" (one of POSITIVE, NEGATIVE, PENDING)");
        String out = squeezed(run.out());
        assertThat(out).contains(" Applications read: 4\n", " Applications assessed: 3\n", " Not assessable: 1\n",
                " Changed: 2\n", " Difference: EUR +21,290.00\n");
        assertThat(out).contains(invalid.toString() + " (Rejected by: both): applicant.name: is required; ");
    }

    @Test
    void onATerminalAProgressBarCountsTheFiles() {
        CommandRun run = CommandRun.runOnTerminal("diff", "--baseline", baseline.toString(), "--candidate",
                candidate.toString(), applications.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).contains("[############################] 3/3 applications");
    }

    @Test
    void severalFilesAndDirectoriesAreComparedInTheOrderGiven() {
        CommandRun run = diff(applications.resolve("c-unchanged.json").toString(), HALDENSLEBEN.toString(),
                applications.resolve("a-raised.json").toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String out = squeezed(run.out());
        assertThat(out).contains(" Applications assessed: 3\n", " Changed: 2\n");
        // Every file is compared; the report puts the material change (a-raised) before Haldensleben's
        // change of the explanation only, whatever the order given.
        assertThat(out.indexOf(" a-raised: ")).isPositive().isLessThan(out.indexOf(" haldensleben-2019: "));
    }

    private static final Path SETTLEMENTS = Path.of("../examples/settlements");

    /**
     * Cases A, B and C of examples/settlements in a directory, and a candidate whose tolerance is 10 %
     * instead of 20 %. Only C overruns a category (material 66,125.00 against 52,900.00 approved): at 10 %
     * 58,190.00 is recognised, R = 150,000.00 + 58,190.00 = 208,190.00, and the rate binds at
     * 0.80 x 208,190.00 = 166,552.00 below the 170,320.00 paid: 3,768.00 is refunded from the payment of
     * 2020-09-15, with interest for 351 days to 2021-09-01 at -0.88 + 5 = 4.12 %:
     * 3,768.00 x 4.12 / 100 x 351 / 365 = 149.287... = 149.29. A (170,320.00, balanced) and B (160,000.00,
     * refund 10,320.00, interest 319.18) stay. Totals: final grants 500,640.00 before, 496,872.00 after.
     */
    private Path settlementsAndALowerTolerance() throws IOException {
        candidate = temp.resolve("tolerance");
        RuleSets.writeBundled(candidate);
        replace(candidate.resolve(CALL), "\"value\": \"0.20\"", "\"value\": \"0.10\"");
        Path settlements = Files.createDirectories(temp.resolve("settlements"));
        for (String name : List.of("case-a-as-planned.json", "case-b-less-spent.json", "case-c-category-over-tolerance.json")) {
            Files.copy(SETTLEMENTS.resolve(name), settlements.resolve(name));
        }
        return settlements;
    }

    @Test
    void settlementFilesAreSettledUnderBothRuleSetsAndALowerToleranceShowsAsARefund() throws IOException {
        Path settlements = settlementsAndALowerTolerance();

        CommandRun run = diff(settlements.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String out = squeezed(run.out());
        assertThat(out).contains(" Settlements read: 3\n", " Settlements settled: 3\n", " Not settleable: 0\n",
                " Changed: 1\n", " of which outcome or an amount changed: 1\n",
                " Total final grant before: EUR 500,640.00\n", " Total final grant after: EUR 496,872.00\n",
                " Difference final grant: EUR -3,768.00\n", " Total refund before: EUR 10,320.00\n",
                " Total refund after: EUR 14,088.00\n", " Total refund interest after: EUR 468.47\n",
                " Difference refund interest: EUR +149.29\n");
        assertThat(out).contains("Outcome transitions\n BALANCED -> REFUND: 1\n");
        assertThat(out).contains(" case-c-category-over-tolerance: BALANCED -> REFUND, final grant EUR 170,320.00"
                + " -> EUR 166,552.00 (EUR -3,768.00)\n refund EUR 0.00 -> EUR 3,768.00 (EUR +3,768.00)\n");
        assertThat(out).contains(" refund interest EUR 0.00 -> EUR 149.29 (EUR +149.29)\n");
        assertThat(out).doesNotContain("case-a-as-planned", "case-b-less-spent", "Applications");
    }

    @Test
    void aSettlementDiffAsJsonCarriesEveryFigureAndTheBalanceChange() throws IOException {
        Path settlements = settlementsAndALowerTolerance();
        Path report = temp.resolve("settlements.json");

        CommandRun run = diff("--format", "json", "--output", report.toString(), settlements.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(report.toFile());
        assertThat(json.get("summary").get("settlements").asLong()).isEqualTo(3);
        assertThat(json.get("summary").get("totalRefundChange").decimalValue()).isEqualTo("3768.00");
        JsonNode c = json.get("changed").get(0);
        assertThat(c.get("settlementId").asText()).isEqualTo("case-c-category-over-tolerance");
        assertThat(c.get("finalGrantAfter").decimalValue()).isEqualTo("166552.00");
        assertThat(c.get("refundInterestAfter").decimalValue()).isEqualTo("149.29");
        // The recipient refunds 3,768.00 and pays 149.29 of interest: 3,917.29 less on balance.
        assertThat(c.get("balanceChange").decimalValue()).isEqualTo("-3917.29");
    }

    @Test
    void aSettlementDiffAsHtmlIsOneSelfContainedPage() throws IOException {
        Path settlements = settlementsAndALowerTolerance();
        Path report = temp.resolve("settlements.html");

        CommandRun run = run("diff", "--lang", "de", "--baseline", baseline.toString(), "--candidate", candidate.toString(),
                "--format", "html", "--output", report.toString(), settlements.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<ol class=\"bars\"", "<style>", "</html>", "lang=\"de\"");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://", "https://");
        assertThat(html).contains("<td>ausgeglichen (BALANCED)</td><td>Erstattung (REFUND)</td>", "166.552,00 EUR");
    }

    @Test
    void aRunMixingApplicationsAndSettlementsIsRefusedBeforeAnythingIsCompared() throws IOException {
        Path settlements = settlementsAndALowerTolerance();

        CommandRun run = diff(applications.resolve("a-raised.json").toString(), settlements.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("diff compares applications or settlements, not both in one run: 1 application"
                + " file(s) (first " + applications.resolve("a-raised.json") + ") and 3 settlement file(s)");
        assertNoStackTrace(run.err());
    }

    @Test
    void anInvalidSettlementIsReportedWithItsFieldCountedAndTheOthersStillComparedThenExitTwo() throws IOException {
        Path settlements = settlementsAndALowerTolerance();
        Path bad = settlements.resolve("case-b-bad.json");
        Files.writeString(bad, Files.readString(SETTLEMENTS.resolve("case-b-less-spent.json"), StandardCharsets.UTF_8)
                .replace("\"0.8000\"", "\"1.5\""), StandardCharsets.UTF_8);

        CommandRun run = diff(settlements.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ": grantDecision.fundingRate");
        assertNoStackTrace(run.err());
        String out = squeezed(run.out());
        assertThat(out).contains(" Settlements read: 4\n", " Settlements settled: 3\n", " Not settleable: 1\n",
                " Changed: 1\n", " case-c-category-over-tolerance: BALANCED -> REFUND,");
        assertThat(out).contains(bad + " (Rejected by: both): grantDecision.fundingRate: ");
    }

    @Test
    void aFileThatIsNoJsonObjectAmongSettlementsIsAnInvalidSettlementNotAMix() throws IOException {
        Path settlements = settlementsAndALowerTolerance();
        Path broken = settlements.resolve("broken.json");
        Files.writeString(broken, "not json", StandardCharsets.UTF_8);

        CommandRun run = diff(settlements.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ": ").doesNotContain("not both in one run");
        assertNoStackTrace(run.err());
        assertThat(squeezed(run.out())).contains(" Settlements read: 4\n", " Not settleable: 1\n", " Changed: 1\n");
    }
}
