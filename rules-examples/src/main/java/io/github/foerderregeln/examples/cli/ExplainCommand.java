package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.ExplanationJson;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.SettlementExplanation;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foerderregeln explain FILE}: why one application was decided as it was: every limit with
 * the one that binds, the rules that fired with their references, and what would have to change,
 * as the rules' hints compute it from their figures. A settlement file (one with a
 * {@code grantDecision}) is explained as {@code settle} reports it, with every settlement rule that
 * fired, its reference and the figures it used.
 */
@Command(name = "explain",
        description = "Explains the decision on one application file: limits, rules fired with their references,"
                + " and what would have to change; or one settlement file: its result and the rules fired with their"
                + " references and figures.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the application or settlement was explained, whatever the outcome",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:the file could not be read or is not a valid application or settlement"})
final class ExplainCommand extends RulesCommand {
    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1",
            description = "An application or settlement file in the JSON format, or a directory: all its *.json files,"
                    + " sorted by name (with --format json, one JSON array).")
    Path input;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json: the explanation as one JSON object; text: a readable report (default: ${DEFAULT-VALUE}).")
    AssessCommand.Format format;

    ExplainCommand(Console console) {
        super(console);
    }

    @Override
    int run(FundingRules rules, PrintWriter out, PrintWriter err) {
        ApplicationFiles.Expanded expanded = ApplicationFiles.expandAll(List.of(input), err);
        boolean directory = Files.isDirectory(input);
        boolean invalid = expanded.invalid();
        ApplicationJson reader = new ApplicationJson(rules.callIds());
        SettlementJson settlements = new SettlementJson(rules.callIds());
        List<String> shown = new ArrayList<>();
        for (Path file : expanded.files()) {
            Attempt<String> attempt = SettlementFiles.isSettlement(file)
                    ? SettlementFiles.attempt(settlements, file, settlement -> show(file, rules.explain(settlement)))
                    : ApplicationFiles.attempt(reader, file, application -> show(file, rules.explain(application)));
            if (attempt.failure() != null) {
                console.internalFailure(err, file + ": internal failure", attempt.failure());
                return ExitStatus.FAILURE;
            }
            if (attempt.invalid()) {
                attempt.lines(file).forEach(line -> Output.line(err, line));
                invalid = true;
                continue;
            }
            shown.add(attempt.value());
        }
        err.flush();
        if (format == AssessCommand.Format.JSON) {
            // One file: its object, as before; a directory: an array of them, even of one or none.
            out.print(directory ? "[" + String.join(",\n", shown) + "]\n" : shown.isEmpty() ? "" : shown.get(0) + "\n");
        } else {
            out.print(String.join("\n", shown));
        }
        out.flush();
        return invalid ? ExitStatus.INVALID_INPUT : ExitStatus.OK;
    }

    private String show(Path file, Explanation explanation) {
        return format == AssessCommand.Format.JSON ? ExplanationJson.toJson(explanation, lang.language).strip()
                : TextReport.explain(file, explanation, lang.language);
    }

    private String show(Path file, SettlementExplanation explanation) {
        return format == AssessCommand.Format.JSON ? ExplanationJson.toJson(explanation, lang.language).strip()
                : TextReport.explain(file, explanation, lang.language);
    }
}
