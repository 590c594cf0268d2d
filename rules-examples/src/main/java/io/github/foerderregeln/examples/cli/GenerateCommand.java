package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Application;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln generate --count N --seed S DIR}: writes N application files of the
 * generated corpus ({@link ApplicationCorpus}), the same files for the same seed, for policy
 * diffs and benchmarks over many applications.
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

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many applications (1 to 10,000,000).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", description = "Where to write corpus-S-N.json files; must not exist or be empty.")
    Path directory;

    private final FoerderregelnCommand top;

    GenerateCommand(FoerderregelnCommand top) {
        this.top = top;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || count > 10_000_000) {
            throw new ParameterException(spec.commandLine(), "--count must be between 1 and 10,000,000, not " + count);
        }
        try {
            if (Files.exists(directory) && !InitRulesCommand.emptyDirectory(directory)) {
                err.println("foerderregeln: " + directory + " exists and is not an empty directory;"
                        + " generate does not mix corpora");
                err.flush();
                return FoerderregelnCommand.INVALID_INPUT;
            }
            Files.createDirectories(directory);
            Random random = new Random(seed);
            // Zero-padded numbers keep the files in corpus order when a shell or diff sorts them.
            String format = "corpus-" + seed + "-%0" + String.valueOf(count - 1).length() + "d";
            try (Progress progress = Progress.of(err, top.terminal(), "applications", count)) {
                for (int i = 0; i < count; i++) {
                    Application application = ApplicationCorpus.application(random, String.format(format, i));
                    Files.writeString(directory.resolve(application.id() + ".json"), ApplicationJson.toJson(application),
                            StandardCharsets.UTF_8);
                    progress.step();
                }
            }
        } catch (IOException e) {
            err.println("foerderregeln: " + directory + ": cannot write the corpus: " + e.getMessage());
            err.flush();
            return FoerderregelnCommand.INTERNAL_FAILURE;
        }
        out.println("Wrote " + count + " applications (seed " + seed + ") to " + directory + ".");
        out.flush();
        return FoerderregelnCommand.OK;
    }
}
