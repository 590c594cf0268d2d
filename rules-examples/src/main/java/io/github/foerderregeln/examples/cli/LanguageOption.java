package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Language;
import picocli.CommandLine.Option;

/** {@code --lang de|en}: the language of messages, hints and reports; German by default. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "de|en", defaultValue = "de",
            description = "Language of messages and reports (default: ${DEFAULT-VALUE}).")
    Language language;
}
