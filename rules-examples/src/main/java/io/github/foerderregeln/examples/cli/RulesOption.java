package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}, shared by every command that assesses: a rule directory (as written by
 * {@code init-rules}) instead of the bundled rule set, and the one place rules are loaded for a
 * command. A rule directory is code, since DRL can call any Java on the class path: use only one
 * from a trusted source.
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Assess with the rule set in DIR (see init-rules) instead of the bundled one."
                    + " DIR is code: use only a trusted one.")
    Path directory;

    private final Console console;

    RulesOption(Console console) {
        this.console = console;
    }

    /**
     * The rules to assess with, or null after reporting on {@code err} why there are none: each
     * problem of a broken rule directory on a line of its own, {@code DIR/FILE:LINE:COLUMN: message}.
     */
    FundingRules load(PrintWriter err) {
        if (directory == null) {
            try {
                return console.bundledRules();
            } catch (RuntimeException | LinkageError e) {
                // A bundled rule set that does not compile, or no engine on the class path.
                console.internalFailure(err, "the rules cannot be loaded", e);
                return null;
            }
        }
        return load(console, directory, err);
    }

    /** The rules in {@code directory}, or null after reporting why they cannot be used. */
    static FundingRules load(Console console, Path directory, PrintWriter err) {
        if (!Files.isDirectory(directory)) {
            Output.line(err, "foerderregeln: " + directory + ": no such rule directory");
            err.flush();
            return null;
        }
        try {
            return FundingRules.fromDirectory(directory);
        } catch (RuleSetException e) {
            Output.line(err, "foerderregeln: the rule set in " + directory + " cannot be used:");
            e.problems().forEach(problem -> Output.line(err, ValidateCommand.located(directory, problem)));
            err.flush();
            return null;
        } catch (RuntimeException | LinkageError e) {
            console.internalFailure(err, "the rules in " + directory + " cannot be loaded", e);
            return null;
        }
    }
}
