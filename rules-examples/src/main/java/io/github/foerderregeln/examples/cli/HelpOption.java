package io.github.foerderregeln.examples.cli;

import picocli.CommandLine.Option;

/** {@code -h}, {@code --help} of every command. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
