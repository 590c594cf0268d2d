package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.RuleSets;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule directory as hostile or careless input: only its rule files are read, each bounded; a
 * rule set that cannot decide (no call, no rules, a stage missing, absurd parameters) is refused
 * by {@code validate} and when it is loaded, with file and line; compiler errors carry their real
 * column; a flood of problems is cut short. The timeouts guard against a hang only.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RuleDirectoryInputTest {
    private static final String LIMITS = "rdz/limits/limits.drl";
    private static final String CALL = "calls/rdz-lsa-2018.json";

    @TempDir
    Path dir;

    private void bundled() throws IOException {
        RuleSets.writeBundled(dir);
    }

    private static List<RuleProblem> errors(List<RuleProblem> problems) {
        return problems.stream().filter(RuleProblem::error).toList();
    }

    private void replace(String file, String text, String replacement) throws IOException {
        String content = Files.readString(dir.resolve(file));
        assertThat(content).as(file).contains(text);
        Files.writeString(dir.resolve(file), content.replace(text, replacement));
    }

    /** Removes the rule named {@code name}, from its header to its {@code end}. */
    private void removeRule(String file, String name) throws IOException {
        String content = Files.readString(dir.resolve(file));
        int start = content.indexOf("rule \"" + name + "\"");
        assertThat(start).as(name).isNotNegative();
        int end = content.indexOf("\nend\n", start) + "\nend\n".length();
        Files.writeString(dir.resolve(file), content.substring(0, start) + content.substring(end));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    // ------------------------------------------------------------------ a rule set that cannot decide

    @Test
    void anEmptyDirectoryHasNeitherCallNorRules() {
        List<RuleProblem> problems = RuleSets.validate(dir);

        assertThat(problems).extracting(RuleProblem::toString).containsExactly(
                "calls:0:0: error: the rule set has no call data (no calls/*.json file): every application would name an unknown call",
                ".:0:0: error: the rule set has no rules (no .drl file): it cannot decide any application");
        assertThatThrownBy(() -> FundingRules.fromDirectory(dir)).isInstanceOf(RuleSetException.class);
    }

    @Test
    void callsWithoutRulesCannotDecide() throws IOException {
        bundled();
        for (String drl : List.of("applicant/applicant.drl", "costs/costs.drl", "deminimis/deminimis.drl",
                "limits/limits.drl", "period/period.drl", "procedure/procedure.drl")) {
            Files.delete(dir.resolve("rdz").resolve(drl));
        }
        for (String drl : List.of("recognition/recognition.drl", "limits/limits.drl", "refund/refund.drl",
                "deadlines/deadlines.drl")) {
            Files.delete(dir.resolve("set").resolve(drl));
        }

        assertThat(errors(RuleSets.validate(dir))).extracting(RuleProblem::message)
                .containsExactly("the rule set has no rules (no .drl file): it cannot decide any application");
    }

    @ParameterizedTest(name = "without \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            rdz/costs/costs.drl   | RDZ-COST-CATEGORY eligible costs are the items of funded categories | the eligible costs (stage 1)
            rdz/limits/limits.drl | RDZ-GRANT-RATE limit is the funding rate of the eligible costs      | the limit RATE (stage 2)
            rdz/limits/limits.drl | RDZ-GRANT-CEILING limit is the highest grant of the call            | the limit CEILING (stage 2)
            rdz/deminimis/deminimis.drl | RDZ-DEMINIMIS limit is the headroom under the ceiling        | the limit DEMINIMIS (stage 2)
            rdz/limits/limits.drl | RDZ-GRANT-ROUNDING grant is the lowest limit, rounded down          | the grant (stage 3)
            set/limits/limits.drl | SET-FINAL-GRANT is the lowest limit, rounded                        | the final grant (settlement stage 3)
            set/refund/refund.drl | SET-BASE-RATE interest at the Basiszinssatz of each day              | the late-use interest
            """)
    @DisplayName("A rule set without a stage of the amount is refused, not left to fail on every application")
    void aMissingStageIsAnError(String file, String rule, String stage) throws IOException {
        bundled();
        removeRule(file, rule);

        List<RuleProblem> errors = errors(RuleSets.validate(dir));

        assertThat(errors).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(".");
            assertThat(p.message()).startsWith("the rule set cannot decide: it lacks " + stage);
        });
        assertThatThrownBy(() -> FundingRules.fromDirectory(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("it lacks " + stage);
    }

    @Test
    @DisplayName("A rule set that compiles but fails on an application the call admits is refused by validate at the call file")
    void aRuleSetThatFailsOnAProbeApplicationIsAnErrorAtItsCallFile() throws IOException {
        bundled();
        // The grant waits for a limit no rule sets: every stage is written, none gives a grant.
        replace(LIMITS, "    Limit(kind == LimitKind.NO_DOUBLE_FUNDING)\n    not ( Applicant",
                "    Limit(kind == LimitKind.NO_DOUBLE_FUNDING)\n    Limit(kind == LimitKind.NO_DOUBLE_FUNDING, amount < -1)\n    not ( Applicant");

        List<RuleProblem> errors = errors(RuleSets.validate(dir));

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CALL);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("the rules cannot decide an application of call rdz-lsa-2018: ")
                    .contains("set no grant");
        });
    }

    @Test
    void aRuleThatNeverComesToAnEndIsFoundByValidate() throws IOException {
        bundled();
        RunawayRule.addTo(dir);

        assertThat(errors(RuleSets.validate(dir))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CALL);
            assertThat(p.message()).contains("did not come to an end", "TEST-LOOP");
        });
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "value": "0.80"       | parameters.fundingRate[0].value       | "value": 1e-999999999
            "value": "200000.00"  | parameters.maxGrant[0].value          | "value": 1e999999999
            "value": 24           | parameters.maxDurationMonths[0].value | "value": 2147483647
            "CALENDAR_YEARS", "windowYears": 3 | deMinimisRegulations[0].windowYears | "CALENDAR_YEARS", "windowYears": 2147483647
            """)
    void anAbsurdCallParameterIsAnErrorAtItsLine(String text, String field, String replacement) throws IOException {
        bundled();
        int line = lineOf(dir.resolve(CALL), text);
        replace(CALL, text, replacement);

        assertThat(errors(RuleSets.validate(dir))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CALL);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith(field + ": ");
        });
    }

    // ------------------------------------------------------------------ compiler messages

    @Test
    @DisplayName("A syntax error has the column the DRL parser gives, counted from 1")
    void aSyntaxErrorHasItsRealColumn() throws IOException {
        bundled();
        replace(LIMITS, "    EligibleCosts($eligible : amount)\n    Application($other : otherFunding)\nthen",
                "    EligibleCosts($eligible : amount)\n    Application($other : otherFunding) foo bar(\nthen");
        int line = lineOf(dir.resolve(LIMITS), "foo bar(");
        int column = Files.readAllLines(dir.resolve(LIMITS)).get(line - 1).indexOf("bar(") + 1;

        assertThat(errors(RuleSets.validate(dir))).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(LIMITS);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
        });
    }

    @Test
    void anErrorWithoutAColumnOfItsOwnPointsAtTheFragmentItQuotes() throws IOException {
        bundled();
        replace(LIMITS, "    CallTerms($ceiling : maxGrant)", "    CallTerms($ceiling : maximumGrant)");
        int line = lineOf(dir.resolve(LIMITS), "maximumGrant");

        assertThat(errors(RuleSets.validate(dir))).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo("    CallTerms(".length() + 1);
        }).allSatisfy(p -> assertThat(p.column()).as(p.toString()).isPositive());
    }

    @Test
    void aFloodOfProblemsIsCutToTheFirstHundredAndACount() throws IOException {
        bundled();
        StringBuilder drl = new StringBuilder("package rdz.flood;\nimport io.github.foerderregeln.api.Application;\n");
        for (int i = 0; i < 300; i++) {
            drl.append("rule \"FLOOD ").append(i).append("\"\nwhen\n    Application()\nthen\nend\n");
        }
        Files.createDirectories(dir.resolve("rdz/flood"));
        Files.writeString(dir.resolve("rdz/flood/flood.drl"), drl);

        List<RuleProblem> problems = RuleSets.validate(dir);

        assertThat(problems).hasSize(101);
        assertThat(problems.get(100).toString()).isEqualTo(
                ".:0:0: error: ... and 500 more problems (only the first 100 are listed)");
        assertThatThrownBy(() -> FundingRules.fromDirectory(dir)).isInstanceOfSatisfying(RuleSetException.class,
                e -> assertThat(e.problems()).hasSize(101));
    }

    // ------------------------------------------------------------------ files of a rule directory

    @Test
    @DisplayName("A large file that is not a rule file is never read; a rule file over 1 MiB is refused by its size")
    void onlyRuleFilesAreReadAndEachIsBounded() throws IOException {
        bundled();
        sparse(dir.resolve("data/export.json"), 3L << 30);
        sparse(dir.resolve("rdz/limits/notes.bin"), 3L << 30);

        assertThat(RuleSets.validate(dir)).isEmpty();
        assertThat(FundingRules.fromDirectory(dir).assess(TestApplication.eligible().build()).outcome()).isNotNull();

        sparse(dir.resolve("calls/huge.json"), 3L << 30);
        sparse(dir.resolve("rdz/huge.drl"), (1 << 20) + 1);

        assertThat(RuleSets.validate(dir)).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "calls/huge.json:0:0: error: the file has 3221225472 bytes, more than the 1048576 (1 MiB) allowed",
                "rdz/huge.drl:0:0: error: the file has 1048577 bytes, more than the 1048576 (1 MiB) allowed");
        assertThatThrownBy(() -> FundingRules.fromDirectory(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("calls/huge.json");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeInARuleDirectoryIsNeverOpenedWhateverItIsCalled() throws Exception {
        bundled();
        // Opening a pipe without a writer would block for ever: the test ends only if none is opened.
        for (String name : List.of("rdz/limits/pipe.drl", "calls/pipe.json", "pipe.txt")) {
            assertThat(new ProcessBuilder("mkfifo", dir.resolve(name).toString()).start().waitFor()).isZero();
        }

        assertThat(RuleSets.validate(dir)).isEmpty();
    }

    private static void sparse(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    // ------------------------------------------------------------------ dates at the edges

    @Test
    @DisplayName("An application in the year 9999 is assessed: 24 months after its start is no date arithmetic overflow")
    void aProjectInTheLastAllowedYearIsAssessedWithoutADateError() {
        Application late = TestApplication.eligible().decidedOn("9999-01-01").period("9999-01-01", "9999-12-31").build();

        Assessment assessment = FundingRules.load().assess(late);

        assertThat(assessment.findings("RDZ-PERIOD-DURATION")).isEmpty();
        Application undertaking = TestApplication.eligible().undertaking().decidedOn("9999-12-31")
                .period("9999-12-31", "9999-12-31").deMinimisAid("0001-01-01", "1.00").build();
        assertThat(FundingRules.load().assess(undertaking).findings("RDZ-DEMINIMIS")).isNotEmpty();
    }

    @Test
    void anApplicationDecidedInYearOneIsInvalidInputNotAnEngineFailure() {
        Application early = TestApplication.eligible().decidedOn(LocalDate.of(1, 1, 1).toString())
                .period("0001-01-01", "0001-01-01").build();

        assertThatThrownBy(() -> FundingRules.load().assess(early)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("decisionDate");
    }
}
