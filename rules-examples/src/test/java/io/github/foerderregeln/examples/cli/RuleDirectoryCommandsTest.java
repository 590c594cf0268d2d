package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static io.github.foerderregeln.examples.cli.InvalidInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule author copies the rules out with init-rules, checks edits with validate and assesses with --rules. */
class RuleDirectoryCommandsTest {
    private static final String LIMITS = "rdz/limits/limits.drl";
    private static final String CALL = "calls/rdz-lsa-2018.json";

    @TempDir
    Path temp;

    private Path initRules() {
        Path dir = temp.resolve("rules");
        CommandRun run = run("init-rules", dir.toString());
        assertThat(run.exitStatus()).as(run.err()).isZero();
        return dir;
    }

    @Test
    void initRulesWritesAnEditableCopyWithItsOwnReadmeAndSaysWhatToDoNext() {
        Path dir = temp.resolve("rules");

        CommandRun run = run("init-rules", dir.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(dir.resolve("README.md")).isRegularFile();
        assertThat(dir.resolve(LIMITS)).isRegularFile();
        assertThat(dir.resolve(CALL)).isRegularFile();
        assertThat(run.out()).contains("validate " + dir, "assess --rules " + dir);
    }

    @Test
    void initRulesNeverOverwritesADirectoryThatHasFiles() throws IOException {
        Path dir = initRules();
        Files.writeString(dir.resolve(LIMITS), "edited");

        CommandRun run = run("init-rules", dir.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains(dir.toString(), "not an empty directory");
        assertThat(Files.readString(dir.resolve(LIMITS))).isEqualTo("edited");
    }

    @Test
    void validateOfTheUneditedCopyIsCleanWithExitZero() {
        Path dir = initRules();

        CommandRun run = run("validate", dir.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out().strip()).isEqualTo(dir + ": 0 errors, 0 warnings");
    }

    @Test
    void validateNamesTheFileLineAndColumnOfASyntaxErrorAndExitsOne() throws IOException {
        Path dir = initRules();
        int line = replace(dir.resolve(LIMITS), "    CallTerms($rate : fundingRate)", "    CallTerms($rate : fundingRate");

        CommandRun run = run("validate", dir.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(": error: ")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith(dir.resolve(LIMITS) + ":"))
                .anySatisfy(l -> assertThat(lineNumber(l)).isBetween(line, line + 1));
        assertNoStackTrace(run.err());
    }

    @Test
    void validateNamesTheLineOfAFieldThatDoesNotExist() throws IOException {
        Path dir = initRules();
        int line = replace(dir.resolve(LIMITS), "    CallTerms($ceiling : maxGrant)", "    CallTerms($ceiling : maximumGrant)");

        CommandRun run = run("validate", dir.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(": error: ")))
                .anySatisfy(l -> assertThat(l).startsWith(dir.resolve(LIMITS) + ":" + line + ":"));
    }

    @Test
    void validateReportsALintWarningButExitsZero() throws IOException {
        Path dir = initRules();
        // A number in a rule body that should be a call parameter.
        int line = replace(dir.resolve(LIMITS), "    CallTerms($ceiling : maxGrant)",
                "    CallTerms($ceiling : maxGrant, maxGrant > 150000)");

        CommandRun run = run("validate", dir.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains(dir.resolve(LIMITS) + ":" + line + ":").contains(": warning: ")
                .contains("0 errors, 1 warning");
    }

    @Test
    void validateOfAMissingDirectoryIsAUsageError() {
        CommandRun run = run("validate", temp.resolve("nowhere").toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: no such rule directory");
    }

    @Test
    void assessWithRulesUsesTheEditedCallData() throws IOException {
        Path dir = initRules();
        Path call = dir.resolve(CALL);
        // Haldensleben's 80 % of 212,900.00 is 170,320.00; a ceiling of 150,000.00 must bind instead.
        Files.writeString(call, Files.readString(call).replace("200000.00", "150000.00"));

        CommandRun run = run("assess", "--rules", dir.toString(), "--format", "json", "--lang", "en",
                HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"grant\" : 150000.00,").contains("RDZ-GRANT-CEILING");
    }

    @Test
    void assessWithABrokenRuleDirectoryPrintsEachProblemAndAssessesNothing() throws IOException {
        Path dir = initRules();
        int line = replace(dir.resolve(LIMITS), "    CallTerms($ceiling : maxGrant)", "    CallTerms($ceiling : maximumGrant)");

        CommandRun run = run("assess", "--rules", dir.toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot be used").contains(dir.resolve(LIMITS) + ":" + line + ":");
        assertNoStackTrace(run.err());
    }

    private static int lineNumber(String located) {
        String rest = located.substring(located.indexOf(".drl:") + 5);
        return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    }

    /** Replaces the line equal to {@code exact}; returns its number, from 1. */
    private static int replace(Path file, String exact, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int index = lines.indexOf(exact);
        assertThat(index).as("line '%s' in %s", exact, file).isNotNegative();
        lines.set(index, replacement);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return index + 1;
    }
}
