package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.testing.diff.PolicyDiff;
import io.github.foerderregeln.testing.diff.PolicyDiffHtml;
import io.github.foerderregeln.testing.diff.PolicyDiffJson;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffText;
import io.github.foerderregeln.testing.diff.SettlementDiff;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln diff --baseline DIR --candidate DIR FILE_OR_DIR...}: assesses every
 * application under both rule sets and reports those whose outcome, grant or findings change, with
 * a summary ({@link PolicyDiff}); or, when the files are settlements (a top-level
 * {@code grantDecision}, {@link InputKind}), settles each under both and reports those whose outcome,
 * amounts or findings change ({@link SettlementDiff}). A run of both kinds is refused (exit 2)
 * before anything is compared. An invalid file does not stop the others: its problems go to
 * standard error as {@code assess} writes them, it is counted in the summary, and the exit status
 * says so. Changes are what a diff is for, not a failure.
 */
@Command(name = "diff",
        description = "Assesses applications, or settles settlements, under a baseline and a candidate rule set and"
                + " reports what changes.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the diff ran over every file, whatever changed",
            "1:a rule set cannot be used, the rules failed, or the report could not be written",
            "2:a file could not be read or is not a valid application or settlement (the others are still compared),"
                + " or the files mix applications and settlements (nothing is compared)"})
final class DiffCommand implements Callable<Integer> {
    /** How the diff is written. */
    enum Format {
        /** The summary, then each changed application, for a person. */
        TEXT,
        /** One JSON object (README, "Testing a policy change"). */
        JSON,
        /** One self-contained HTML page with a chart of the grant changes. */
        HTML
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--baseline", paramLabel = "DIR", required = true,
            description = "The rule set in force (a directory as init-rules writes it). DIR is code: use only a trusted one.")
    Path baselineDirectory;

    @Option(names = "--candidate", paramLabel = "DIR", required = true,
            description = "The rule set proposed to replace it. DIR is code: use only a trusted one.")
    Path candidateDirectory;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "text, json or html (one self-contained page with a chart) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Mixin
    LanguageOption lang;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
            description = "Application files or settlement files (one kind per run) in the JSON format, or directories:"
                + " all their *.json files, sorted by name.")
    List<Path> inputs;

    private final Console console;

    DiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FundingRules baseline = RulesOption.load(console, baselineDirectory, err);
        if (baseline == null) {
            return ExitStatus.FAILURE;
        }
        FundingRules candidate = RulesOption.load(console, candidateDirectory, err);
        if (candidate == null) {
            return ExitStatus.FAILURE;
        }
        List<Path> files = new ArrayList<>();
        List<Path> unlisted = new ArrayList<>();
        for (Path input : inputs) {
            try {
                files.addAll(ApplicationFiles.expand(input));
            } catch (IOException e) {
                Output.line(err, input + ": cannot be read: " + e.getMessage());
                unlisted.add(input);
            }
        }
        Map<InputKind, List<Path>> kinds = new EnumMap<>(InputKind.class);
        for (Path file : files) {
            kinds.computeIfAbsent(InputKind.of(file), k -> new ArrayList<>()).add(file);
        }
        if (kinds.containsKey(InputKind.APPLICATION) && kinds.containsKey(InputKind.SETTLEMENT)) {
            // Two reports in one would add grants to final grants in no total; one kind per run keeps each report whole.
            Output.line(err, "foerderregeln: diff compares applications or settlements, not both in one run: "
                    + kinds.get(InputKind.APPLICATION).size() + " application file(s) (first "
                    + kinds.get(InputKind.APPLICATION).get(0) + ") and " + kinds.get(InputKind.SETTLEMENT).size()
                    + " settlement file(s) (first " + kinds.get(InputKind.SETTLEMENT).get(0) + ")");
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        // A call either rule set knows is readable; the one that does not know it says so when it assesses or settles.
        Set<String> callIds = new TreeSet<>(baseline.callIds());
        callIds.addAll(candidate.callIds());
        if (kinds.containsKey(InputKind.SETTLEMENT)) {
            SettlementDiff.Comparison comparison = new SettlementDiff(baseline, candidate, lang.language).start();
            SettlementJson reader = new SettlementJson(callIds);
            return compare(files, unlisted, "settlements", file -> SettlementFiles.attempt(reader, file, comparison::add),
                    comparison::addInvalid, comparison::result, PolicyDiffText::write, PolicyDiffJson::write,
                    PolicyDiffHtml::write, out, err);
        }
        PolicyDiff.Comparison comparison = new PolicyDiff(baseline, candidate, lang.language).start();
        ApplicationJson reader = new ApplicationJson(callIds);
        return compare(files, unlisted, "applications", file -> ApplicationFiles.attempt(reader, file, comparison::add),
                comparison::addInvalid, comparison::result, PolicyDiffText::write, PolicyDiffJson::write,
                PolicyDiffHtml::write, out, err);
    }

    /** Writes a diff report of one format. */
    @FunctionalInterface
    interface Report<R> {
        void write(R result, Writer out) throws IOException;
    }

    /**
     * Compares every file with {@code attempt}, counting an invalid one with {@code addInvalid},
     * and writes the result in the chosen format: the same for applications and settlements.
     */
    private <R> Integer compare(List<Path> files, List<Path> unlisted, String unit,
            Function<Path, Attempt<Optional<InvalidApplication>>> attempt, BiConsumer<String, List<Problem>> addInvalid,
            Supplier<R> result, Report<R> text, Report<R> json, Report<R> html, PrintWriter out, PrintWriter err) {
        boolean invalid = !unlisted.isEmpty();
        unlisted.forEach(input -> addInvalid.accept(input.toString(), List.of(new Problem("file", "cannot be read"))));
        Throwable failure = null;
        Path failedFile = null;
        // Printed once the progress bar is done, so that they do not break into its line.
        List<String> problems = new ArrayList<>();
        try (Progress progress = Progress.of(err, console.terminal(), unit, files.size())) {
            for (Path file : files) {
                Attempt<Optional<InvalidApplication>> done = attempt.apply(file);
                if (done.failure() != null) {
                    failure = done.failure();
                    failedFile = file;
                    break;
                }
                if (done.invalid()) {
                    problems.addAll(done.lines(file));
                    addInvalid.accept(file.toString(), done.asProblems());
                    invalid = true;
                } else if (done.value().isPresent()) {
                    // A rule set rejected it: the comparison has counted it already.
                    done.value().get().problems().forEach(problem -> problems.add(file + ": " + problem));
                    invalid = true;
                }
                progress.step();
            }
        }
        problems.forEach(problem -> Output.line(err, problem));
        if (failure != null) {
            // A total without this entry would be wrong: no report rather than a misleading one.
            console.internalFailure(err, failedFile + ": internal failure", failure);
            return ExitStatus.FAILURE;
        }
        err.flush();
        Report<R> report = switch (format) {
            case TEXT -> text;
            case JSON -> json;
            case HTML -> html;
        };
        try {
            if (output == null) {
                report.write(result.get(), out);
                out.flush();
            } else {
                try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    report.write(result.get(), writer);
                }
            }
        } catch (IOException e) {
            Output.line(err, "foerderregeln: " + (output == null ? "standard output" : output) + ": cannot write the report: "
                    + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        return invalid ? ExitStatus.INVALID_INPUT : ExitStatus.OK;
    }

}
