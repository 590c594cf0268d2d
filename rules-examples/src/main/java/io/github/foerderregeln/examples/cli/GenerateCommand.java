package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import io.github.foerderregeln.testing.corpus.SettlementCorpus;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.Settlement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code foerderregeln generate --count N --seed S [--kind applications|settlements] DIR}: writes N
 * application files of the generated corpus ({@link ApplicationCorpus}) of a call of the rule set,
 * or N settlement files of its settlement corpus ({@link SettlementCorpus}) that {@code settle}
 * reads, the same files for the same seed and call data, for policy diffs and benchmarks.
 */
@Command(name = "generate",
        description = "Writes N varied, realistic application (or settlement) files into DIR; the same files for the same seed.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the files were written",
            "1:they, or the report on standard output, could not be written",
            "2:DIR holds files already, or wrong usage"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many files (1 to 10,000,000).")
    int count;

    /** What the files hold, with the start of their names. */
    enum Kind {
        /** Applications, for assess and diff. */
        APPLICATIONS("corpus"),
        /** Settlements (a grant decision, payments, a proof of use), for settle. */
        SETTLEMENTS("settlement");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--kind", paramLabel = "applications|settlements", defaultValue = "applications",
            description = "applications: for assess and diff; settlements: for settle (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--call", paramLabel = "ID",
            description = "The call the applications apply to; its parameters shape them (default: the rule set's only call).")
    String callId;

    @Parameters(paramLabel = "DIR",
            description = "Where to write corpus-S-N.json (settlement-S-N.json) files; must not exist or be empty.")
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
        ApplicationCorpus corpus = kind == Kind.APPLICATIONS ? ApplicationCorpus.of(call) : null;
        if (kind == Kind.SETTLEMENTS && call.settlementTermsOn(call.inForceFrom()).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--kind settlements: the call " + id
                    + " has no settlement parameters");
        }
        SettlementCorpus settlements = kind == Kind.SETTLEMENTS ? SettlementCorpus.of(call) : null;
        int written = 0;
        try {
            if (Files.exists(directory) && !InitRulesCommand.emptyDirectory(directory)) {
                Output.line(err, "foerderregeln: " + directory + " exists and is not an empty directory;"
                        + " generate does not mix corpora");
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
            Files.createDirectories(directory);
            Random random = new Random(seed);
            // Zero-padded numbers keep the files in corpus order when a shell or diff sorts them.
            String format = kind.prefix + "-" + seed + "-%0" + String.valueOf(count - 1).length() + "d";
            try (Progress progress = Progress.of(err, console.terminal(), kind.toString(), count);
                    Interruption interruption = new Interruption()) {
                for (; written < count && !interruption.asked(); written++) {
                    String fileId = String.format(format, written);
                    if (settlements == null) {
                        Application application = corpus.application(random, fileId);
                        write(directory.resolve(fileId + ".json"), ApplicationJson.toJson(application));
                    } else {
                        Settlement settlement = settlements.settlement(random, fileId);
                        write(directory.resolve(fileId + ".json"), SettlementJson.toJson(settlement));
                    }
                    progress.step();
                }
            }
        } catch (IOException e) {
            Output.line(err, "foerderregeln: " + directory + ": cannot write the corpus: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        if (written < count) {
            Output.line(err, "foerderregeln: stopped after " + written + " of " + count + " " + kind + "; each file in "
                    + directory + " is complete");
            err.flush();
            return ExitStatus.FAILURE;
        }
        Output.line(out, "Wrote " + count + " " + kind + " (seed " + seed + ") to " + directory + ".");
        out.flush();
        return ExitStatus.OK;
    }

    /**
     * Writes {@code text} into {@code target} so that {@code target} is at any moment either absent
     * or complete: into a hidden part file beside it first, then moved over it in one step. A run
     * stopped half-way (Ctrl-C, a full disk) leaves no truncated application among the corpus.
     */
    static void write(Path target, String text) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Ctrl-C (or a TERM signal) while files are written: the JVM's shutdown waits, a few seconds
     * at most, until the file being written is complete and the loop has stopped, so that the
     * signal never cuts a file in two and no part file stays behind.
     */
    private static final class Interruption implements AutoCloseable {
        private static final long WAIT_SECONDS = 10;
        private volatile boolean asked;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private final Thread hook = new Thread(this::stop, "foerderregeln-generate-stop");

        Interruption() {
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** Whether the loop should stop before the next file. */
        boolean asked() {
            return asked;
        }

        private void stop() {
            asked = true;
            try {
                stopped.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down already: the hook runs, and now returns at once.
            }
        }
    }
}
