package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.AssessmentJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln assess FILE...}: reads each application file, assesses the valid ones and
 * prints their assessments, each as soon as it is made, so that any number of files runs in a
 * small heap. An invalid file does not stop the others: its problems go to standard error, one
 * line each, naming the file and the field, and the exit status says so.
 */
@Command(name = "assess",
        description = "Assesses application files (JSON, see json-format.md) and prints one assessment per file.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was assessed, whatever the outcomes",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:a file could not be read or is not a valid application; the others are still assessed"})
final class AssessCommand implements Callable<Integer> {
    /** How assessments are printed. */
    enum Format {
        /** One JSON array of all assessments (json-format.md). */
        JSON,
        /** A readable report per file. */
        TEXT
    }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Application files in the JSON format.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json: one JSON array of the assessments; text: a readable report (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", paramLabel = "de|en", defaultValue = "de",
            description = "Language of messages and report (default: ${DEFAULT-VALUE}).")
    Language language;

    @Mixin
    RulesOption rulesOption;

    private final FoerderregelnCommand top;
    private final Supplier<FundingRules> rulesSupplier;

    AssessCommand(FoerderregelnCommand top, Supplier<FundingRules> rules) {
        this.top = top;
        this.rulesSupplier = rules;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FundingRules rules = rulesOption.load(rulesSupplier, top, err);
        if (rules == null) {
            // Nothing can be assessed without rules; why is already on standard error.
            return FoerderregelnCommand.INTERNAL_FAILURE;
        }
        ApplicationJson reader = new ApplicationJson(rules.callIds());
        boolean invalid = false;
        boolean failed = false;
        // Each assessment is written as soon as it is made and then dropped, so that memory does
        // not grow with the number of files; the JSON array is opened now and closed at the end.
        AssessmentJson.ArrayWriter json = format == Format.JSON ? AssessmentJson.arrayWriter(out, language) : null;
        boolean first = true;
        for (Path file : files) {
            Assessment assessment;
            try {
                Application application = ApplicationFiles.read(reader, file);
                assessment = rules.assess(application);
            } catch (InvalidApplicationException e) {
                // The reader names the file, the façade the application id: the user gave the file.
                e.problems().forEach(problem -> Output.line(err, file + ": " + problem));
                invalid = true;
                continue;
            } catch (ApplicationFiles.UnreadableFileException e) {
                Output.line(err, file + ": " + e.getMessage());
                invalid = true;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // One application the engine cannot assess says nothing about the others.
                top.internalFailure(err, file + ": internal failure", e);
                failed = true;
                continue;
            }
            if (json != null) {
                json.write(assessment);
            } else {
                if (!first) {
                    out.println();
                }
                out.print(TextReport.render(file, assessment, language));
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
        return failed ? FoerderregelnCommand.INTERNAL_FAILURE
                : invalid ? FoerderregelnCommand.INVALID_INPUT : FoerderregelnCommand.OK;
    }
}
