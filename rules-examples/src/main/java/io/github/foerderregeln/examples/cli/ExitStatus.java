package io.github.foerderregeln.examples.cli;

/**
 * The exit statuses of every command, in one place. What each means for a command is in that
 * command's {@code exitCodeList}; the three values are the same everywhere.
 */
final class ExitStatus {
    /** The command did what was asked, whatever the outcomes of the applications. */
    static final int OK = 0;
    /**
     * Something could not be done: the rules could not be loaded or run, a report could not be
     * written, a scenario failed, or a rule set has errors.
     */
    static final int FAILURE = 1;
    /** An input could not be read or used, or the command was used wrongly. */
    static final int INVALID_INPUT = 2;

    private ExitStatus() {
    }
}
