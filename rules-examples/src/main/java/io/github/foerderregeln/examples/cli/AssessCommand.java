package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.AssessmentJson;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foerderregeln assess FILE...}: reads each application file, assesses the valid ones and
 * prints their assessments, each as soon as it is made, so that any number of files runs in a
 * small heap. An invalid file does not stop the others: its problems go to standard error, one
 * line each, naming the file and the field, and the exit status says so.
 */
@Command(name = "assess",
        description = "Assesses application files (JSON, see docs/json-format.md) and prints one assessment per file.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was assessed, whatever the outcomes",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:a file could not be read or is not a valid application; the others are still assessed"})
final class AssessCommand extends RulesCommand {
    /** How assessments are printed. */
    enum Format {
        /** One JSON array of all assessments (docs/json-format.md). */
        JSON,
        /** A readable report per file. */
        TEXT
    }

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
            description = "Application files in the JSON format, or directories: all their *.json files, sorted by name.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json: one JSON array of the assessments; text: a readable report (default: ${DEFAULT-VALUE}).")
    Format format;

    AssessCommand(Console console) {
        super(console);
    }

    @Override
    int run(FundingRules rules, PrintWriter out, PrintWriter err) throws IOException {
        ApplicationJson reader = new ApplicationJson(rules.callIds());
        ApplicationFiles.Expanded expanded = ApplicationFiles.expandAll(inputs, err);
        List<Path> files = expanded.files();
        boolean invalid = expanded.invalid();
        boolean failed = false;
        // Each assessment is written as soon as it is made and then dropped, so that memory does
        // not grow with the number of files; the JSON array is opened now and closed at the end.
        AssessmentJson.ArrayWriter json = format == Format.JSON ? AssessmentJson.arrayWriter(out, lang.language) : null;
        boolean first = true;
        for (Path file : files) {
            Attempt<Assessment> attempt = ApplicationFiles.attempt(reader, file, rules::assess);
            if (attempt.failure() != null) {
                // One application the engine cannot assess says nothing about the others.
                console.internalFailure(err, file + ": internal failure", attempt.failure());
                failed = true;
                continue;
            }
            if (attempt.invalid()) {
                // The reader names the file, the façade the application id: the user gave the file.
                attempt.lines(file).forEach(line -> Output.line(err, line));
                invalid = true;
                continue;
            }
            if (json != null) {
                json.write(attempt.value());
            } else {
                if (!first) {
                    out.println();
                }
                out.print(TextReport.render(file, attempt.value(), lang.language));
            }
            first = false;
            if (out.checkError()) {
                // Nobody gets the rest: stop here; the command line reports the lost output.
                break;
            }
        }
        err.flush();
        if (json != null) {
            json.close();
        }
        out.flush();
        return failed ? ExitStatus.FAILURE : invalid ? ExitStatus.INVALID_INPUT : ExitStatus.OK;
    }
}
