package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code foerderregeln} command: {@code foerderregeln assess FILE...} assesses application
 * files (json-format.md, section "Command line").
 *
 * <p>Exit status: 0 when every file was assessed, whatever the outcomes; 2 when any input was
 * invalid or the command was used wrongly; 1 on an internal failure. A user never sees a Java
 * stack trace unless asking for one with {@code --debug} or {@code FOERDERREGELN_DEBUG=1}.
 */
@Command(name = "foerderregeln", mixinStandardHelpOptions = true, versionProvider = FoerderregelnCommand.Version.class,
        description = "Decides funding applications under the call Regionale Digitalisierungszentren (rdz-lsa-2018).",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was assessed, whatever the outcomes",
            "1:internal failure (the rules could not be loaded or run)",
            "2:invalid input (a file could not be read or assessed) or wrong usage"})
public final class FoerderregelnCommand implements Runnable {
    /** The environment variable that asks for stack traces of internal failures, like {@code --debug}. */
    public static final String DEBUG_VARIABLE = "FOERDERREGELN_DEBUG";

    /** Every file was assessed. */
    public static final int OK = 0;
    /** The rules could not be loaded or run. */
    public static final int INTERNAL_FAILURE = 1;
    /** An input could not be assessed, or the command was used wrongly. */
    public static final int INVALID_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal failure (also: environment FOERDERREGELN_DEBUG=1).")
    boolean debug;

    private final Map<String, String> environment;
    private final boolean terminal;

    private FoerderregelnCommand(Map<String, String> environment, boolean terminal) {
        this.environment = environment;
        this.terminal = terminal;
    }

    /** Runs the command and ends the JVM with its exit status. */
    public static void main(String[] args) {
        // Progress bars only for a person at a terminal, never into CI logs or pipes.
        CommandLine commandLine = commandLine(FundingRules::load, System.getenv(), System.console() != null);
        // JSON must be UTF-8 (RFC 8259), and Java 17 would otherwise follow the platform's charset.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int status;
        try {
            status = commandLine.execute(args);
        } catch (Throwable e) {
            // picocli hands on errors (out of memory, a missing class): still no bare stack trace.
            FoerderregelnCommand top = commandLine.getCommand();
            top.internalFailure(commandLine.getErr(), "internal failure", e);
            status = INTERNAL_FAILURE;
        }
        System.exit(status);
    }

    /**
     * The command, ready to {@link CommandLine#execute execute}; its output goes to
     * {@link CommandLine#getOut()} and {@link CommandLine#getErr()}.
     *
     * @param rules gives the rules when the first file is assessed; may throw, which is an internal failure
     * @param environment the environment variables, for {@value #DEBUG_VARIABLE}
     */
    public static CommandLine commandLine(Supplier<FundingRules> rules, Map<String, String> environment) {
        return commandLine(rules, environment, false);
    }

    /**
     * As {@link #commandLine(Supplier, Map)}, with progress bars on standard error when
     * {@code terminal} says a person watches it.
     */
    public static CommandLine commandLine(Supplier<FundingRules> rules, Map<String, String> environment,
            boolean terminal) {
        Objects.requireNonNull(rules, "rules must not be null");
        FoerderregelnCommand top = new FoerderregelnCommand(Map.copyOf(environment), terminal);
        CommandLine commandLine = new CommandLine(top)
                .addSubcommand("assess", new AssessCommand(top, rules))
                .addSubcommand("validate", new ValidateCommand())
                .addSubcommand("init-rules", new InitRulesCommand())
                .addSubcommand("generate", new GenerateCommand(top, rules))
                .addSubcommand("test", new TestCommand(top, rules))
                .addSubcommand("diff", new DiffCommand(top))
                .addSubcommand("explain", new ExplainCommand(top, rules))
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            top.internalFailure(failed.getErr(), "internal failure", exception);
            return INTERNAL_FAILURE;
        });
        return commandLine;
    }

    /** Without a command there is nothing to do: that is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Whether standard error is a terminal, so that long runs may draw a progress bar. */
    boolean terminal() {
        return terminal;
    }

    /** Whether internal failures are shown with their stack trace. */
    boolean debug() {
        return debug || "1".equals(environment.get(DEBUG_VARIABLE));
    }

    /**
     * Reports an internal failure on one line, {@code what: message}, and the stack trace only
     * when asked for: a user needs the reason, a developer the trace.
     */
    void internalFailure(PrintWriter err, String what, Throwable failure) {
        err.println("foerderregeln: " + what + ": " + describe(failure));
        if (debug()) {
            failure.printStackTrace(err);
        }
        err.flush();
    }

    /**
     * The message of the failure that says most. A rule base that fails while the façade's class
     * is initialised arrives wrapped in an {@link ExceptionInInitializerError}.
     */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ExceptionInInitializerError && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        // One line: a rule set's message lists each of its problems on a line of its own.
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The version from the build, for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = FoerderregelnCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "foerderregeln " + properties.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
