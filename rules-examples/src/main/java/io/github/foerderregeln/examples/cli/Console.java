package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.FundingRules;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What every command shares about the process it runs in: the bundled rules, whether a person
 * watches standard error (progress bars), and how an internal failure is reported (one line, the
 * stack trace only when asked for). The commands and their options receive it from
 * {@link CommandFactory}; none of them reaches back to the top command.
 */
final class Console {
    /** The environment variable that asks for stack traces of internal failures, like {@code --debug}. */
    static final String DEBUG_VARIABLE = "FOERDERREGELN_DEBUG";

    private final Supplier<FundingRules> bundledRules;
    private final Map<String, String> environment;
    private final boolean terminal;
    private volatile boolean debugOption;

    /**
     * @param bundledRules gives the bundled rules when a command first needs them; may throw, which is an internal failure
     * @param environment the environment variables, for {@value #DEBUG_VARIABLE}
     * @param terminal whether standard error is a terminal a person watches
     */
    Console(Supplier<FundingRules> bundledRules, Map<String, String> environment, boolean terminal) {
        this.bundledRules = bundledRules;
        this.environment = Map.copyOf(environment);
        this.terminal = terminal;
    }

    /** The bundled rules; throws whatever building them throws. */
    FundingRules bundledRules() {
        return bundledRules.get();
    }

    /** Whether standard error is a terminal, so that long runs may draw a progress bar. */
    boolean terminal() {
        return terminal;
    }

    /** {@code --debug} was given. */
    void debugOption(boolean on) {
        debugOption = on;
    }

    /** Whether internal failures are shown with their stack trace. */
    boolean debug() {
        return debugOption || "1".equals(environment.get(DEBUG_VARIABLE));
    }

    /**
     * Reports an internal failure on one line, {@code foerderregeln: what: message}, and the stack
     * trace only when asked for: a user needs the reason, a developer the trace.
     */
    void internalFailure(PrintWriter err, String what, Throwable failure) {
        Output.line(err, "foerderregeln: " + what + ": " + describe(failure));
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
}
