package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.BundledRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Work on rule sets as files: check one, or start one from the bundled rules. */
public final class RuleSets {
    private RuleSets() {
    }

    /**
     * Compiles the rule set in {@code directory} and checks the house rules: every problem as
     * {@code FILE:LINE:COLUMN: message}; empty when clean. Errors make the rule set unusable;
     * warnings do not.
     */
    public static List<RuleProblem> validate(Path directory) {
        return BundledRules.provider().validate(directory);
    }

    /** Writes the bundled rule set into {@code directory}, with a README saying which file holds what. */
    public static void writeBundled(Path directory) throws IOException {
        BundledRules.provider().writeBundled(directory);
    }
}
