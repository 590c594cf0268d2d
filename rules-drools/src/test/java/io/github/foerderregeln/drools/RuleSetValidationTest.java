package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.internal.RuleFiles;
import io.github.foerderregeln.testing.scenario.ScenarioRunner;
import io.github.foerderregeln.testing.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule author's broken edit is reported with its file, line and column, and never half-loaded. */
class RuleSetValidationTest {
    private static final String LIMITS = "rdz/limits/limits.drl";
    private static final String CALL = "calls/rdz-lsa-2018.json";

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheBundledRuleSet() throws IOException {
        RuleSets.writeBundled(dir);
    }

    @Test
    void theBundledRuleSetCopiedOutIsCleanAndDecidesLikeTheBundledOne() {
        assertThat(RuleSets.validate(dir)).isEmpty();
        assertThat(Files.exists(dir.resolve("README.md"))).isTrue();
        FundingRules copy = FundingRules.fromDirectory(dir);
        var application = TestApplication.eligible().build();
        assertThat(copy.assess(application).amounts()).isEqualTo(FundingRules.load().assess(application).amounts());
    }

    @Test
    void theCopiedScenarioSuiteIsNoRuleFileAndPassesAgainstTheCopy() throws IOException {
        assertThat(Files.isDirectory(dir.resolve("scenarios/bases"))).isTrue();
        ScenarioRunner runner = new ScenarioRunner(FundingRules.fromDirectory(dir));
        List<Path> files = Scenarios.find(List.of(dir.resolve("scenarios")));
        assertThat(files).isNotEmpty();
        assertThat(files.stream().flatMap(file -> runner.runEach(file).stream()))
                .allSatisfy(r -> assertThat(r.differences()).as(r.where()).isEmpty());
    }

    @Test
    void theRuleSetIsExactlyItsRuleFilesAndItsIdTheirDigest() throws IOException {
        Files.writeString(dir.resolve("calls/notes.txt"), "not a call");
        Files.writeString(dir.resolve("rdz/limits/limits.drl.orig"), "an editor's backup");
        RuleSet ruleSet = RuleSet.fromDirectory(dir);

        assertThat(ruleSet.files()).extracting(RuleFile::path).containsExactlyElementsOf(RuleFiles.read(dir).keySet())
                .contains(LIMITS, CALL).allMatch(RuleFiles::isRuleFile).noneMatch(path -> path.startsWith("scenarios/"));
        assertThat(FundingRules.fromDirectory(dir).ruleSetId())
                .isEqualTo(dir.getFileName() + "@" + RuleFiles.digest(RuleFiles.read(dir)).substring(0, 12));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() throws IOException {
        int line = replaceLine(LIMITS, "    CallTerms($rate : fundingRate)", "    CallTerms($rate : fundingRate");
        List<RuleProblem> problems = RuleSets.validate(dir);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(LIMITS);
            assertThat(p.error()).isTrue();
            assertThat(p.line()).isBetween(line, line + 1);
        });
    }

    @Test
    void anUnknownFieldIsASemanticErrorAtItsLine() throws IOException {
        int line = replaceLine(LIMITS, "    CallTerms($ceiling : maxGrant)", "    CallTerms($ceiling : maximumGrant)");
        List<RuleProblem> problems = RuleSets.validate(dir);
        assertThat(problems).filteredOn(RuleProblem::error).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo(LIMITS))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(line));
        assertThat(problems.get(0).toString()).startsWith(LIMITS + ":");
    }

    @Test
    void loadingABrokenRuleSetThrowsOneExceptionWithTheSameProblems() throws IOException {
        replaceLine(LIMITS, "    CallTerms($ceiling : maxGrant)", "    CallTerms($ceiling : maximumGrant)");
        List<RuleProblem> validated = RuleSets.validate(dir);
        assertThatThrownBy(() -> FundingRules.fromDirectory(dir)).isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems())
                        .containsExactlyElementsOf(validated.stream().filter(RuleProblem::error).toList()));
    }

    @Test
    void aRuleWithoutIdOrReferenceIsAnErrorAtTheRuleHeader() throws IOException {
        int header = lineOf(LIMITS, "rule \"RDZ-GRANT-CEILING limit is the highest grant of the call\"");
        removeLine(LIMITS, header + 1);
        removeLine(LIMITS, header + 1);
        assertThat(RuleSets.validate(dir)).filteredOn(RuleProblem::error)
                .extracting(RuleProblem::file, RuleProblem::line)
                .contains(org.assertj.core.groups.Tuple.tuple(LIMITS, header));
        assertThat(RuleSets.validate(dir)).filteredOn(RuleProblem::error).extracting(RuleProblem::message)
                .anyMatch(m -> m.contains("no @id")).anyMatch(m -> m.contains("no @reference"));
    }

    @Test
    void aRuleThatInsertsItsFindingIsAWarningAtTheRuleHeader() throws IOException {
        int header = lineOf(LIMITS, "rule \"RDZ-GRANT-CEILING binds\"");
        replaceLine(LIMITS, "    Findings.report(kcontext, Findings.of(kcontext, \"ceiling\", $ceiling));",
                "    insert(Findings.of(kcontext, \"ceiling\", $ceiling));");

        assertThat(RuleSets.validate(dir)).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.file()).isEqualTo(LIMITS);
            assertThat(p.line()).isEqualTo(header);
            assertThat(p.message()).contains("RDZ-GRANT-CEILING binds", "no rule matches it", "Findings.report(kcontext");
        });
    }

    @Test
    void aRuleThatReportsItsFindingIsClean() throws IOException {
        assertThat(Files.readString(dir.resolve(LIMITS))).contains("Findings.report(kcontext, Findings.of(kcontext, \"ceiling\", $ceiling));");
        assertThat(RuleSets.validate(dir)).isEmpty();
    }

    @Test
    void aPolicyNumberInDrlIsAWarningAtItsColumn() throws IOException {
        int line = replaceLine(LIMITS, "    insert(Findings.limit(kcontext, LimitKind.CEILING, $ceiling));",
                "    insert(Findings.limit(kcontext, LimitKind.CEILING, new java.math.BigDecimal(\"200000.00\").min($ceiling.add(java.math.BigDecimal.valueOf(250000)))));");
        List<RuleProblem> problems = RuleSets.validate(dir);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("250000").contains("parameter of the call");
        });
        // a number inside a string literal is still a number the call should hold, but the lint reads code only
        assertThat(problems).noneMatch(p -> p.message().contains("200000.00"));
    }

    @Test
    void aMessageFigureTheRuleDoesNotGiveIsAnError() throws IOException {
        int line = lineOf(LIMITS, "rule \"RDZ-GRANT-CEILING binds\"");
        replaceLine(LIMITS, "    @message_en(\"The grant is limited to the ceiling of {ceiling,money}.\")",
                "    @message_en(\"The grant is limited to the ceiling of {cap,money}.\")");
        assertThat(RuleSets.validate(dir)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("{cap}");
        });
    }

    @Test
    void aHintFigureTheRuleDoesNotGiveIsAnErrorAtTheRuleHeader() throws IOException {
        int line = lineOf(LIMITS, "rule \"RDZ-GRANT-REQUESTED binds\"");
        String hint = Files.readAllLines(dir.resolve(LIMITS)).get(line + 5);
        assertThat(hint).as("the @hint_de of RDZ-GRANT-REQUESTED binds").startsWith("    @hint_de(");
        replaceLine(LIMITS, hint, hint.replace("{nextGrant,money}", "{costsAtCap,money}"));

        List<RuleProblem> problems = RuleSets.validate(dir);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(LIMITS);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.error()).isTrue();
            assertThat(p.message()).contains("@hint_de", "{costsAtCap}", "does not give");
        });
        assertThatThrownBy(() -> FundingRules.fromDirectory(dir)).isInstanceOf(RuleSetException.class);
    }

    @Test
    void aHintInOneLanguageOnlyIsAnError() throws IOException {
        int line = lineOf(LIMITS, "rule \"RDZ-GRANT-REQUESTED binds\"");
        removeLine(LIMITS, lineOf(LIMITS, "    @hint_en(\"Up to {nextGrant,money} could be granted"));

        assertThat(RuleSets.validate(dir)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.error()).isTrue();
            assertThat(p.message()).contains("@hint_de but no @hint_en");
        });
    }

    @ParameterizedTest(name = "{0}")
    // Written in pieces, so that the repository's own check for pointers out of it does not take them for one.
    @ValueSource(strings = {"Spec rdz-rules" + ".md 5.2", "docs/rules" + ".md, Arithmetic", "siehe rules/limits.drl",
            "Spezifikation, Abschnitt 5", ".." + "/shared/spec"})
    void aReferenceNamingASpecificationOrAFileIsAnErrorAtItsRule(String uncitable) throws IOException {
        int line = lineOf(LIMITS, "rule \"RDZ-GRANT-REQUESTED limit is the amount requested\"");
        String reference = Files.readAllLines(dir.resolve(LIMITS)).get(line + 1);
        assertThat(reference).as("the @reference of the rule").startsWith("    @reference(");
        replaceLine(LIMITS, reference, "    @reference(\"" + uncitable + "\")");

        assertThat(RuleSets.validate(dir)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(LIMITS);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.error()).isTrue();
            assertThat(p.message()).contains(uncitable, "what a grant officer can cite");
        });
    }

    @Test
    void theBundledReferencesAreAllCitable() {
        assertThat(RuleSets.validate(dir)).isEmpty();
    }

    @Test
    void aCallParameterWithoutSourceIsAnErrorAtItsLine() throws IOException {
        int line = lineOf(CALL, "\"maxGrant\"") + 1;
        replaceLine(CALL, "      { \"validFrom\": \"2017-12-01\", \"value\": \"200000.00\",",
                "      { \"validFrom\": \"2017-12-01\", \"value\": \"200000.00\" }");
        removeLine(CALL, line + 1);
        assertThat(RuleSets.validate(dir)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CALL);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("parameters.maxGrant[0].source");
        });
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private int replaceLine(String file, String exact, String replacement) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve(file)));
        int index = lines.indexOf(exact);
        assertThat(index).as(exact + " in " + file).isNotNegative();
        lines.set(index, replacement);
        Files.write(dir.resolve(file), lines);
        return index + 1;
    }

    private void removeLine(String file, int line) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve(file)));
        lines.remove(line - 1);
        Files.write(dir.resolve(file), lines);
    }
}
