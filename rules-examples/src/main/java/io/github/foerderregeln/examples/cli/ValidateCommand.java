package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln validate DIR}: compiles a rule directory and checks the house rules
 * (rule ids, legal references, numbers that belong in the call data, call values without source
 * or validity date), printing each problem as {@code DIR/FILE:LINE:COLUMN: error|warning: message}
 * so that editors can jump to it.
 */
@Command(name = "validate",
        description = "Compiles the rule set in DIR and reports every problem as FILE:LINE:COLUMN: message.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the rule set compiles and has no errors (warnings may be printed)",
            "1:the rule set has errors and cannot be used, or the output could not be written",
            "2:DIR is not a directory, or wrong usage"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "DIR", description = "A rule directory, as written by init-rules.")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            Output.line(err, "foerderregeln: " + directory + ": no such rule directory");
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        List<RuleProblem> problems = RuleSets.validate(directory);
        problems.forEach(problem -> Output.line(out, located(directory, problem)));
        long errors = problems.stream().filter(RuleProblem::error).count();
        long warnings = problems.size() - errors;
        Output.line(out, directory + ": " + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings"));
        out.flush();
        return errors > 0 ? ExitStatus.FAILURE : ExitStatus.OK;
    }

    /** The problem with its file as a path an editor opens from where the command ran. */
    static String located(Path directory, RuleProblem problem) {
        return directory.resolve(problem.file()) + problem.toString().substring(problem.file().length());
    }
}
