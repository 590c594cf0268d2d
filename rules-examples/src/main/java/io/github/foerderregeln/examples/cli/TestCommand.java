package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.testing.scenario.JUnitXmlReport;
import io.github.foerderregeln.testing.scenario.ScenarioResult;
import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import io.github.foerderregeln.testing.scenario.ScenarioRunner;
import io.github.foerderregeln.testing.scenario.ScenarioUpdates;
import io.github.foerderregeln.testing.scenario.Scenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln test DIR_OR_FILE...}: runs scenario files ({@code *.scenario.json}) and
 * prints {@code PASS file: sentence} or {@code FAIL file: sentence} (or {@code BROKEN} for a file
 * that cannot be run) per scenario, the differences indented below each failure, then
 * {@code N scenarios: P passed, F failed}; under a failure also the outcome, grant and findings
 * the rules gave ({@code --lang} chooses the language of their messages). With a progress bar (standard error is a terminal)
 * only failures and the summary are printed, after the bar: thousands of PASS lines would
 * bury them, and lines printed under a bar that redraws itself get torn. A file of a list of
 * scenarios gives a line per element, named by the file and the element's index
 * ({@code file.scenario.json[2]}).
 */
@Command(name = "test",
        description = "Runs scenario files (*.scenario.json, any depth under each DIR) and says which pass.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every scenario passed",
            "1:a scenario failed or could not be run, the rules could not be loaded, or the output or the JUnit"
                    + " report could not be written",
            "2:a path does not exist, holds no scenario, or wrong usage"})
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "DIR_OR_FILE", arity = "1..*",
            description = "Scenario files, or folders searched at any depth for *.scenario.json.")
    List<Path> paths;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML into FILE, for CI.")
    Path junit;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "Runs only the scenarios whose sentence or file name contains TEXT.")
    String filter;

    @Option(names = "--update",
            description = "After a reviewed change of the rules: rewrites the expectations of the failing scenarios among"
                    + " the files given with what the rules now decide, and prints each field it changed (before -> after)."
                    + " Review the diff before you commit it.")
    boolean update;

    @Mixin
    LanguageOption lang;

    @Mixin
    RulesOption rulesOption;

    private final Console console;

    TestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = Scenarios.find(paths);
        } catch (NoSuchFileException e) {
            Output.line(err, "foerderregeln: " + e.getFile() + ": no such file or directory");
            err.flush();
            return ExitStatus.INVALID_INPUT;
        } catch (IOException e) {
            Output.line(err, "foerderregeln: cannot list the scenarios: " + e.getMessage());
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        if (files.isEmpty()) {
            Output.line(err, "foerderregeln: no scenario files (*" + Scenarios.SUFFIX + ") in " + paths);
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        FundingRules rules = rulesOption.load(err);
        if (rules == null) {
            return ExitStatus.FAILURE;
        }
        ScenarioRunner runner = new ScenarioRunner(rules);
        boolean bar = console.terminal();
        List<ScenarioResult> results = new ArrayList<>(files.size());
        List<java.time.Duration> times = new ArrayList<>(files.size());
        List<String> updates = new ArrayList<>();
        int updated = 0;
        try (Progress progress = Progress.of(err, bar, "scenarios", files.size())) {
            for (Path file : files) {
                for (Scenarios.Entry entry : entries(file)) {
                    if (filter != null && !file.toString().contains(filter) && !entry.name().contains(filter)) {
                        continue;
                    }
                    long start = System.nanoTime();
                    ScenarioResult result = run(runner, entry, err);
                    times.add(java.time.Duration.ofNanos(System.nanoTime() - start));
                    if (!bar) {
                        print(result, out, lang.language);
                    }
                    if (update && result.status() == Status.FAILED) {
                        List<String> changed = update(result, err);
                        if (!changed.isEmpty()) {
                            updated++;
                            updates.addAll(changed);
                            if (!bar) {
                                changed.forEach(line -> Output.line(out, line));
                            }
                        }
                    }
                    // Printed now; only what the summary and the JUnit report need is kept, so that
                    // memory does not grow with the assessments of thousands of scenarios. A failure
                    // keeps its assessment: the JUnit report and, under a bar, the text after it show it.
                    results.add(!result.passed() ? result : result.withoutAnswer());
                }
                progress.step();
            }
        }
        if (filter != null && results.isEmpty()) {
            Output.line(err, "foerderregeln: no scenario's sentence or file name contains \"" + filter + "\"");
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        if (bar) {
            results.stream().filter(r -> !r.passed()).forEach(r -> print(r, out, lang.language));
            updates.forEach(line -> Output.line(out, line));
        }
        long passed = results.stream().filter(ScenarioResult::passed).count();
        long failed = results.stream().filter(r -> r.status() == Status.FAILED).count();
        long broken = results.size() - passed - failed;
        Output.line(out, results.size() + (results.size() == 1 ? " scenario: " : " scenarios: ") + passed + " passed, "
                + failed + " failed" + (broken > 0 ? ", " + broken + " broken" : "")
                + (update ? ", " + updated + " updated" : ""));
        out.flush();
        if (junit != null) {
            try {
                JUnitXmlReport.write("foerderregeln scenarios", results, times, junit);
            } catch (IOException e) {
                // As diff --output: a report that cannot be written is a failure of the run, not of the input.
                Output.line(err, "foerderregeln: " + junit + ": cannot write the JUnit report: " + e.getMessage());
                err.flush();
                return ExitStatus.FAILURE;
            }
        }
        // After --update a failure that was rewritten is settled: the next run passes it.
        return passed + (update ? updated : 0) == results.size() ? ExitStatus.OK : ExitStatus.FAILURE;
    }

    /**
     * The scenarios of a file, one or a list; a file that cannot be read is one broken entry, so
     * that it is reported as the file's only scenario.
     */
    private static List<Scenarios.Entry> entries(Path file) {
        try {
            return Scenarios.entries(file);
        } catch (IOException e) {
            return List.of(new Scenarios.Entry(file, null, null,
                    List.of(new Problem("$", "cannot read the file: " + e.getMessage()))));
        }
    }

    /** Rewrites a failed scenario's expectation; the lines that say what changed, or a line that says why it could not. */
    private static List<String> update(ScenarioResult result, PrintWriter err) {
        try {
            List<String> lines = new ArrayList<>();
            for (ScenarioUpdates.FieldChange change : ScenarioUpdates.update(result)) {
                if (lines.isEmpty()) {
                    lines.add("UPDATED " + result.where());
                }
                lines.add("    expect." + change);
            }
            return lines;
        } catch (IOException e) {
            Output.line(err, "foerderregeln: " + result.file() + ": cannot update the scenario: " + e.getMessage());
            err.flush();
            return List.of();
        }
    }

    /** The result of one scenario; an engine that fails on it is a broken scenario, not the end of the run. */
    private ScenarioResult run(ScenarioRunner runner, Scenarios.Entry entry, PrintWriter err) {
        try {
            return runner.run(entry);
        } catch (RuntimeException | StackOverflowError e) {
            ScenarioResult broken = new ScenarioResult(entry.file(), entry.index(), entry.name(), Status.BROKEN,
                    List.of("internal failure: " + e.getClass().getSimpleName()), null, null);
            console.internalFailure(err, broken.where() + ": internal failure", e);
            return broken;
        }
    }

    private static void print(ScenarioResult result, PrintWriter out, Language language) {
        String label = switch (result.status()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case BROKEN -> "BROKEN";
        };
        Output.line(out, label + " " + result.where() + ": " + result.name());
        result.differences().forEach(d -> Output.line(out, "    " + d));
        if (!result.passed()) {
            // What the rules said, so that the author sees why without assessing or settling by hand.
            result.answer().ifPresent(answer -> Output.line(out, "    " + answer));
            for (Finding finding : result.answerFindings()) {
                Output.line(out, "      " + finding.severity() + " " + finding.ruleId() + ": " + finding.message(language));
            }
        }
    }
}
