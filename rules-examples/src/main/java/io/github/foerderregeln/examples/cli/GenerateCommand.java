package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import io.github.foerderregeln.api.json.ApplicationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln generate --count N --seed S DIR}: writes N application files of the
 * generated corpus ({@link ApplicationCorpus}) of a call of the rule set, the same files for the
 * same seed and call data, for policy diffs and benchmarks over many applications.
 */
@Command(name = "generate",
        description = "Writes N varied, realistic application files into DIR; the same files for the same seed.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the files were written",
            "1:they could not be written",
            "2:DIR holds files already, or wrong usage"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many applications (1 to 10,000,000).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--call", paramLabel = "ID",
            description = "The call the applications apply to; its parameters shape them (default: the rule set's only call).")
    String callId;

    @Parameters(paramLabel = "DIR", description = "Where to write corpus-S-N.json files; must not exist or be empty.")
    Path directory;

    @Mixin
    RulesOption rulesOption;

    private final Console console;

    GenerateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || count > 10_000_000) {
            throw new ParameterException(spec.commandLine(), "--count must be between 1 and 10,000,000, not " + count);
        }
        FundingRules rules = rulesOption.load(err);
        if (rules == null) {
            return ExitStatus.FAILURE;
        }
        if (callId == null && rules.callIds().size() != 1) {
            throw new ParameterException(spec.commandLine(), "--call is required: the rule set has the calls " + rules.callIds());
        }
        String id = callId == null ? rules.callIds().iterator().next() : callId;
        FundingCall call = rules.call(id).orElse(null);
        if (call == null) {
            throw new ParameterException(spec.commandLine(), "--call " + id + ": unknown call (known: " + rules.callIds() + ")");
        }
        ApplicationCorpus corpus = ApplicationCorpus.of(call);
        try {
            if (Files.exists(directory) && !InitRulesCommand.emptyDirectory(directory)) {
                err.println("foerderregeln: " + directory + " exists and is not an empty directory;"
                        + " generate does not mix corpora");
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
            Files.createDirectories(directory);
            Random random = new Random(seed);
            // Zero-padded numbers keep the files in corpus order when a shell or diff sorts them.
            String format = "corpus-" + seed + "-%0" + String.valueOf(count - 1).length() + "d";
            try (Progress progress = Progress.of(err, console.terminal(), "applications", count)) {
                for (int i = 0; i < count; i++) {
                    Application application = corpus.application(random, String.format(format, i));
                    Files.writeString(directory.resolve(application.id() + ".json"), ApplicationJson.toJson(application),
                            StandardCharsets.UTF_8);
                    progress.step();
                }
            }
        } catch (IOException e) {
            err.println("foerderregeln: " + directory + ": cannot write the corpus: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        out.println("Wrote " + count + " applications (seed " + seed + ") to " + directory + ".");
        out.flush();
        return ExitStatus.OK;
    }
}
