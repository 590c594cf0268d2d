package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.internal.RuleFiles;
import java.nio.charset.StandardCharsets;

/**
 * One file of a rule set: a DRL file, a call data file or a reference data file (the Basiszinssatz).
 *
 * @param path the path relative to the rule set's root, with forward slashes
 * @param content the bytes of the file
 */
record RuleFile(String path, byte[] content) {
    boolean isDrl() {
        return RuleFiles.isDrl(path);
    }

    boolean isCall() {
        return RuleFiles.isCall(path);
    }

    boolean isData() {
        return RuleFiles.isData(path);
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
