package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.ExplanationJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln explain FILE}: why one application was decided as it was: every limit with
 * the one that binds, the rules that fired with their references, and what would have to change,
 * as the rules' hints compute it from their figures.
 */
@Command(name = "explain",
        description = "Explains the decision on one application file: limits, rules fired with their references,"
                + " and what would have to change.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the application was explained, whatever the outcome",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:the file could not be read or is not a valid application"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1", description = "An application file in the JSON format.")
    Path file;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json: the explanation as one JSON object; text: a readable report (default: ${DEFAULT-VALUE}).")
    AssessCommand.Format format;

    @Option(names = "--lang", paramLabel = "de|en", defaultValue = "de",
            description = "Language of messages, hints and report (default: ${DEFAULT-VALUE}).")
    Language language;

    @Mixin
    RulesOption rulesOption;

    private final FoerderregelnCommand top;
    private final Supplier<FundingRules> rulesSupplier;

    ExplainCommand(FoerderregelnCommand top, Supplier<FundingRules> rules) {
        this.top = top;
        this.rulesSupplier = rules;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FundingRules rules = rulesOption.load(rulesSupplier, top, err);
        if (rules == null) {
            return FoerderregelnCommand.INTERNAL_FAILURE;
        }
        Explanation explanation;
        try {
            explanation = rules.explain(ApplicationFiles.read(new ApplicationJson(rules.callIds()), file));
        } catch (InvalidApplicationException e) {
            e.problems().forEach(problem -> Output.line(err, file + ": " + problem));
            err.flush();
            return FoerderregelnCommand.INVALID_INPUT;
        } catch (ApplicationFiles.UnreadableFileException e) {
            Output.line(err, file + ": " + e.getMessage());
            err.flush();
            return FoerderregelnCommand.INVALID_INPUT;
        } catch (RuntimeException | StackOverflowError e) {
            top.internalFailure(err, file + ": internal failure", e);
            return FoerderregelnCommand.INTERNAL_FAILURE;
        }
        out.print(format == AssessCommand.Format.JSON ? ExplanationJson.toJson(explanation, language)
                : TextReport.explain(file, explanation, language));
        out.flush();
        return FoerderregelnCommand.OK;
    }
}
