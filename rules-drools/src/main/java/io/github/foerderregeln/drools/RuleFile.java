package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.internal.RuleFiles;
import java.nio.charset.StandardCharsets;

/**
 * One file of a rule set: a DRL file or a call data file.
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

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
