package io.github.foerderregeln.drools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rule that never comes to an end, for the tests of the bound on rule firings here and in the
 * command line's: it tells the engine its fact changed every time it fires, so it fires again.
 */
public final class RunawayRule {
    /** The rule's name, as the error that ends it names it. */
    public static final String NAME = "TEST-LOOP updates its own fact";
    /** Where {@link #addTo} writes it in a rule directory. */
    public static final String FILE = "rdz/runaway/runaway.drl";
    /** The DRL file. */
    public static final String DRL = """
            package rdz.runaway;

            import io.github.foerderregeln.api.Application;

            rule "TEST-LOOP updates its own fact"
                @id("TEST-LOOP")
                @reference("none: a test of the bound on rule firings")
            when
                $application : Application()
            then
                update($application);
            end
            """;

    private RunawayRule() {
    }

    /** Adds the rule to the rule directory {@code directory}. */
    public static void addTo(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, DRL);
    }
}
