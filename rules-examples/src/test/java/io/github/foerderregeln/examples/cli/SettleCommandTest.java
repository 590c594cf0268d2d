package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code settle} and {@code decide}: results of every valid file, invalid ones named by file and field, exit codes as assess. */
class SettleCommandTest {
    private static final Path CASE_B = Path.of("../examples/settlements/case-b-less-spent.json");
    private static final Path CASE_D = Path.of("../examples/settlements/case-d-drawn-too-early.json");

    @Test
    void aSettlementReportShowsTheRefundAndEachInterestLineInGerman() {
        CommandRun run = CommandRun.run("settle", CASE_B.toString());
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Ergebnis: Erstattung (REFUND)").contains("160.000,00 EUR")
                .contains("10320,00").contains("01.12.2020").contains("01.09.2021").contains("274")
                .contains("4,12").contains("319,18");
    }

    @Test
    void aSettlementReportInEnglishNamesTheLateUseLines() {
        CommandRun run = CommandRun.run("settle", "--lang", "en", CASE_D.toString());
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("OUTCOME: BALANCED").contains("late use").contains("538.20").contains("979.32")
                .contains("1,517.51");
    }

    @Test
    void settlementsAsJsonAreOneArrayWithTheFiguresOfTheFormat() {
        CommandRun run = CommandRun.run("settle", "--format", "json", CASE_B.toString(), CASE_D.toString());
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out().strip()).startsWith("[").endsWith("]");
        assertThat(run.out()).contains("\"outcome\" : \"REFUND\"").contains("\"refundInterest\" : 319.18")
                .contains("\"days\" : 274").contains("\"ratePercent\" : 4.12").contains("\"lateUseInterest\" : 1517.51");
    }

    @Test
    void anInvalidSettlementIsNamedByFileAndFieldAndTheOthersAreStillSettled(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(CASE_B).replace("\"0.8000\"", "\"1.5\"")
                .replace("\"2021-05-20\"", "\"2021-09-02\""));
        CommandRun run = CommandRun.run("settle", bad.toString(), CASE_B.toString());
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ": grantDecision.fundingRate").contains(bad + ": proofSubmittedOn")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).contains("case-b-less-spent");
    }

    @Test
    void decideWritesTheGrantDecisionOfAnEligibleApplicationAndRefusesAnIneligibleOne() {
        CommandRun run = CommandRun.run("decide", CommandRun.HALDENSLEBEN.toString(), CommandRun.INELIGIBLE_GBR.toString());
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.out()).contains("\"grant\" : \"170320.00\"").contains("\"fundingRate\" : \"0.8000\"")
                .contains("\"proofDue\" : \"2021-06-30\"").contains("\"conditions\" : \"ANBEST_GK\"");
        assertThat(run.err()).contains(CommandRun.INELIGIBLE_GBR + ": outcome");
    }

    @Test
    void decideAsTextSummarisesTheKeyDataInGerman() {
        CommandRun run = CommandRun.run("decide", "--format", "text", CommandRun.HALDENSLEBEN.toString());
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Zuwendungsbescheid haldensleben-2019 vom 16.01.2019").contains("170.320,00 EUR")
                .contains("80,00 %").contains("ANBest-Gk").contains("30.06.2021");
    }

    @Test
    void onATerminalABarCountsTheSettlementsAndTheProblemsOfAnInvalidOneFollowIt(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(CASE_B).replace("\"0.8000\"", "\"1.5\""));

        CommandRun run = CommandRun.runOnTerminal("settle", bad.toString(), CASE_B.toString(), CASE_D.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        int barDone = run.err().lastIndexOf("3/3 settlements");
        assertThat(barDone).isPositive();
        assertThat(run.err().substring(0, barDone)).as("nothing breaks into the bar").doesNotContain(bad.toString());
        assertThat(run.err().substring(barDone)).contains(System.lineSeparator() + bad + ": grantDecision.fundingRate");
        assertThat(run.out()).as("the bar stays on standard error").doesNotContain("\r", "settlements  ")
                .contains("case-b-less-spent", "case-d-drawn-too-early");
    }

    @Test
    void onATerminalDecideCountsTheApplicationsAndItsJsonStaysOneArray() throws IOException {
        CommandRun run = CommandRun.runOnTerminal("decide", CommandRun.HALDENSLEBEN.toString(),
                CommandRun.INELIGIBLE_GBR.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        int barDone = run.err().lastIndexOf("2/2 applications");
        assertThat(barDone).isPositive();
        assertThat(run.err().substring(barDone)).contains(CommandRun.INELIGIBLE_GBR + ": outcome");
        JsonNode decisions = new ObjectMapper().readTree(run.out());
        assertThat(decisions.isArray()).isTrue();
        assertThat(decisions).extracting(d -> d.get("id").asText()).containsExactly("haldensleben-2019");
    }

    @Test
    void withoutATerminalNoBarIsDrawn() {
        CommandRun run = CommandRun.run("settle", CASE_B.toString(), CASE_D.toString());
        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
