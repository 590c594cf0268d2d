package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that decides files with the rules: {@code assess}, {@code decide}, {@code settle} and
 * {@code explain} share its options ({@code --help}, {@code --lang}, {@code --rules}) and its start:
 * without rules nothing can be decided, and why is already on standard error.
 */
abstract class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    LanguageOption lang;

    @Mixin
    RulesOption rulesOption;

    final Console console;

    RulesCommand(Console console) {
        this.console = console;
    }

    @Override
    public final Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        FundingRules rules = rulesOption.load(err);
        if (rules == null) {
            return ExitStatus.FAILURE;
        }
        return run(rules, spec.commandLine().getOut(), err);
    }

    /** The command's work with the rules loaded; its exit status. */
    abstract int run(FundingRules rules, PrintWriter out, PrintWriter err) throws IOException;
}
