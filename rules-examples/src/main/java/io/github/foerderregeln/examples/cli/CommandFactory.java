package io.github.foerderregeln.examples.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes the commands and their options for picocli, handing the {@link Console} to each that
 * takes one in its constructor; everything else picocli makes itself.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final Console console;

    CommandFactory(Console console) {
        this.console = console;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withConsole;
        try {
            withConsole = type.getDeclaredConstructor(Console.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        return withConsole.newInstance(console);
    }
}
