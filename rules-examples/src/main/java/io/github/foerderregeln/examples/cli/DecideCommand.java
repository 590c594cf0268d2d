package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.GrantDecision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foerderregeln decide FILE...}: the grant decision of each eligible application, as JSON
 * (an array) or as a readable summary of its key data; an application that is not eligible gets
 * none and is reported as invalid input for the purpose.
 */
@Command(name = "decide",
        description = "Writes the grant decision (Zuwendungsbescheid) of each eligible application file.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file got a grant decision",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:a file could not be read, is not a valid application or is not eligible; the others still get theirs"})
final class DecideCommand extends RulesCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Application files in the JSON format.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json: one JSON array of the decisions (default: ${DEFAULT-VALUE}); text: a readable summary.")
    AssessCommand.Format format;

    DecideCommand(Console console) {
        super(console);
    }

    @Override
    int run(FundingRules rules, PrintWriter out, PrintWriter err) {
        ApplicationJson reader = new ApplicationJson(rules.callIds());
        return EachFile.<GrantDecision>run(files, "applications", file -> ApplicationFiles.attempt(reader, file, rules::decide), format,
                decision -> SettlementJson.toJson(decision), (file, decision) -> SettlementReport.decision(file, decision, lang.language),
                out, err, console);
    }
}
