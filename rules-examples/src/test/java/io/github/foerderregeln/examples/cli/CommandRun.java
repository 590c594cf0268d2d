package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * One in-process run of the command with its standard output and error captured.
 *
 * @param exitStatus what the process would exit with
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
record CommandRun(int exitStatus, String out, String err) {
    /** The Haldensleben case of docs/rules.md, "Real cases", as the repository ships it. */
    static final Path HALDENSLEBEN = Path.of("../examples/applications/haldensleben-2019.json");
    /** A GbR: not a legal person (docs/rules.md, "Legal forms"), so the application is assessed as INELIGIBLE. */
    static final Path INELIGIBLE_GBR = Path.of("src/test/resources/valid/ineligible-gbr.json");
    /** The invalid inputs of docs/rules.md, "Invalid input". */
    static final Path INVALID = Path.of("src/test/resources/invalid");

    /** Runs {@code foerderregeln ARGS} with the bundled rules and no debug environment. */
    static CommandRun run(String... args) {
        return run(FundingRules::load, Map.of(), args);
    }

    static CommandRun run(Supplier<FundingRules> rules, Map<String, String> environment, String... args) {
        return run(false, rules, environment, args);
    }

    /** Runs {@code foerderregeln ARGS} with the bundled rules as if standard error were a terminal. */
    static CommandRun runOnTerminal(String... args) {
        return run(true, FundingRules::load, Map.of(), args);
    }

    private static CommandRun run(boolean terminal, Supplier<FundingRules> rules, Map<String, String> environment,
            String... args) {
        CommandLine commandLine = FoerderregelnCommand.commandLine(rules, environment, terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }

    /** The lines of standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
