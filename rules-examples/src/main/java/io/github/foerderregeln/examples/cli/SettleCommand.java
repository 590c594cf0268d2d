package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.json.SettlementJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foerderregeln settle FILE...}: settles each settlement file and prints the results, with
 * the interest lines as a table; an invalid file names its fields on standard error and the others
 * are still settled.
 */
@Command(name = "settle",
        description = "Settles settlement files (proof of use, JSON, see docs/settlement.md) and prints one result per file.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was settled, whatever the outcomes",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:a file could not be read or is not a valid settlement; the others are still settled"})
final class SettleCommand extends RulesCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Settlement files in the JSON format.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json: one JSON array of the results; text: a readable report (default: ${DEFAULT-VALUE}).")
    AssessCommand.Format format;

    SettleCommand(Console console) {
        super(console);
    }

    @Override
    int run(FundingRules rules, PrintWriter out, PrintWriter err) {
        SettlementJson reader = new SettlementJson(rules.callIds());
        return EachFile.run(files, "settlements", file -> SettlementFiles.attempt(reader, file, rules::settle), format,
                result -> SettlementJson.toJson(result, lang.language),
                (file, result) -> SettlementReport.render(file, result, lang.language), out, err, console);
    }
}
