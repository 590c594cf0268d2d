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
import picocli.AutoComplete;
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
 * files (docs/json-format.md, "Command line").
 *
 * <p>Exit status: 0 when every file was assessed, whatever the outcomes; 2 when any input was
 * invalid or the command was used wrongly; 1 on an internal failure. A user never sees a Java
 * stack trace unless asking for one with {@code --debug} or {@code FOERDERREGELN_DEBUG=1}.
 */
@Command(name = "foerderregeln", mixinStandardHelpOptions = true, versionProvider = FoerderregelnCommand.Version.class,
        description = "Decides funding applications under the call Regionale Digitalisierungszentren (rdz-lsa-2018).",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {AssessCommand.class, ValidateCommand.class, InitRulesCommand.class, GenerateCommand.class,
            TestCommand.class, DiffCommand.class, ExplainCommand.class, DecideCommand.class, SettleCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was assessed, whatever the outcomes",
            "1:internal failure (the rules could not be loaded or run, or the output could not be written)",
            "2:invalid input (a file could not be read or assessed) or wrong usage"})
public final class FoerderregelnCommand implements Runnable {
    /** The environment variable that asks for stack traces of internal failures, like {@code --debug}. */
    public static final String DEBUG_VARIABLE = Console.DEBUG_VARIABLE;

    @Spec
    private CommandSpec spec;

    private final Console console;

    FoerderregelnCommand(Console console) {
        this.console = console;
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal failure (also: environment FOERDERREGELN_DEBUG=1).")
    void debug(boolean on) {
        console.debugOption(on);
    }

    /** Runs the command and ends the JVM with its exit status. */
    public static void main(String[] args) {
        // Progress bars only for a person at a terminal, never into CI logs or pipes.
        Console console = new Console(FundingRules::load, System.getenv(), System.console() != null);
        CommandLine commandLine = commandLine(console);
        // JSON must be UTF-8 (RFC 8259), and Java 17 would otherwise follow the platform's charset;
        // a failed write must be seen (Output.checked), which System.out would hide.
        commandLine.setOut(Output.standardOutput());
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int status;
        try {
            status = commandLine.execute(args);
        } catch (Throwable e) {
            // picocli hands on errors (out of memory, a missing class): still no bare stack trace.
            console.internalFailure(commandLine.getErr(), "internal failure", e);
            status = ExitStatus.FAILURE;
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
        return commandLine(new Console(Objects.requireNonNull(rules, "rules must not be null"), environment, terminal));
    }

    private static CommandLine commandLine(Console console) {
        CommandLine commandLine = new CommandLine(FoerderregelnCommand.class, new CommandFactory(console))
                .setCaseInsensitiveEnumValuesAllowed(true);
        // picocli hides its completion command; here it is one of the commands a user should find
        // (docs/distribution.md, "Shell completion").
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            console.internalFailure(failed.getErr(), "internal failure", exception);
            return ExitStatus.FAILURE;
        });
        // Every command's output is checked once it ends: output that could not be written is a failure.
        commandLine.setExecutionStrategy(parseResult -> Output.checked(commandLine,
                new CommandLine.RunLast().execute(parseResult)));
        return commandLine;
    }

    /** Without a command there is nothing to do: that is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * For {@code --version}: the tool's version from the build, the id of the bundled rule set, the
     * Drools version it was built with, and the Java it runs on.
     */
    static final class Version implements IVersionProvider {
        private final Console console;

        Version(Console console) {
            this.console = console;
        }

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
            String ruleSet;
            try {
                ruleSet = console.bundledRules().ruleSetId();
            } catch (RuntimeException e) {
                ruleSet = "(cannot be loaded: " + e.getMessage() + ")";
            }
            return new String[] {
                "foerderregeln " + properties.getProperty("version", "(unknown version)"),
                "Rule set " + ruleSet + " (bundled)",
                "Drools " + properties.getProperty("drools", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
