package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.testing.diff.PolicyDiff;
import io.github.foerderregeln.testing.diff.PolicyDiffHtml;
import io.github.foerderregeln.testing.diff.PolicyDiffJson;
import io.github.foerderregeln.testing.diff.PolicyDiffResult;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffText;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln diff --baseline DIR --candidate DIR FILE_OR_DIR...}: assesses every
 * application under both rule sets and reports those whose outcome, grant or findings change, with
 * a summary ({@link PolicyDiff}). An invalid file does not stop the others: its problems go to
 * standard error as {@code assess} writes them, it is counted in the summary, and the exit status
 * says so. Changes are what a diff is for, not a failure.
 */
@Command(name = "diff",
        description = "Assesses applications under a baseline and a candidate rule set and reports what changes.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the diff ran over every file, whatever changed",
            "1:a rule set cannot be used, the rules failed, or the report could not be written",
            "2:a file could not be read or is not a valid application; the others are still compared"})
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
            description = "Application files in the JSON format, or directories: all their *.json files, sorted by name.")
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
        PolicyDiff.Comparison comparison = new PolicyDiff(baseline, candidate, lang.language).start();
        boolean invalid = false;
        for (Path input : inputs) {
            try {
                files.addAll(ApplicationFiles.expand(input));
            } catch (IOException e) {
                Output.line(err, input + ": cannot be read: " + e.getMessage());
                comparison.addInvalid(input.toString(), List.of(new Problem("file", "cannot be read")));
                invalid = true;
            }
        }
        // A call either rule set knows is readable; the one that does not know it says so when it assesses.
        Set<String> callIds = new TreeSet<>(baseline.callIds());
        callIds.addAll(candidate.callIds());
        ApplicationJson reader = new ApplicationJson(callIds);
        Throwable failure = null;
        Path failedFile = null;
        // Printed once the progress bar is done, so that they do not break into its line.
        List<String> problems = new ArrayList<>();
        try (Progress progress = Progress.of(err, console.terminal(), "applications", files.size())) {
            for (Path file : files) {
                Attempt<Optional<InvalidApplication>> attempt = ApplicationFiles.attempt(reader, file, comparison::add);
                if (attempt.failure() != null) {
                    failure = attempt.failure();
                    failedFile = file;
                    break;
                }
                if (attempt.invalid()) {
                    problems.addAll(attempt.lines(file));
                    comparison.addInvalid(file.toString(), attempt.asProblems());
                    invalid = true;
                } else if (attempt.value().isPresent()) {
                    // A rule set rejected it: the comparison has counted it already.
                    attempt.value().get().problems().forEach(problem -> problems.add(file + ": " + problem));
                    invalid = true;
                }
                progress.step();
            }
        }
        problems.forEach(problem -> Output.line(err, problem));
        if (failure != null) {
            // A total without this application would be wrong: no report rather than a misleading one.
            console.internalFailure(err, failedFile + ": internal failure", failure);
            return ExitStatus.FAILURE;
        }
        err.flush();
        PolicyDiffResult result = comparison.result();
        try {
            if (output == null) {
                write(result, out);
            } else {
                try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    write(result, writer);
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

    private void write(PolicyDiffResult result, Writer writer) throws IOException {
        switch (format) {
            case TEXT -> PolicyDiffText.write(result, writer);
            case JSON -> PolicyDiffJson.write(result, writer);
            case HTML -> PolicyDiffHtml.write(result, writer);
        }
        writer.flush();
    }

    /** A directory's {@code *.json} files sorted by name, not descending into subdirectories; any other path as it is. */
}
