package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.RuleSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln init-rules DIR}: writes the bundled rule set (DRL files, call data and a
 * README saying which file holds what) into DIR as an editable start. It never overwrites: an
 * author's edits are worth more than a fresh copy.
 */
@Command(name = "init-rules",
        description = "Writes the bundled rule set into DIR (new or empty) as an editable start.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the rule set was written",
            "1:it could not be written",
            "2:DIR exists and is not an empty directory, or wrong usage"})
final class InitRulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "DIR", description = "Where to write the rule set; must not exist or be empty.")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.exists(directory) && !emptyDirectory(directory)) {
                Output.line(err, "foerderregeln: " + directory + " exists and is not an empty directory;"
                        + " init-rules does not overwrite");
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
            RuleSets.writeBundled(directory);
        } catch (IOException e) {
            Output.line(err, "foerderregeln: " + directory + ": cannot write the rule set: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        Output.line(out, "Wrote the bundled rule set to " + directory + "; see " + directory.resolve("README.md") + ".");
        String command = Invocation.command();
        Output.line(out, "Check it with: " + command + " validate " + directory);
        Output.line(out, "Use it with:   " + command + " assess --rules " + directory + " FILE...");
        out.flush();
        return ExitStatus.OK;
    }

    /** Whether {@code directory} is a directory without entries: the only place these commands write to. */
    static boolean emptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
