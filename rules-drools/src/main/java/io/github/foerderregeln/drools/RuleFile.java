package io.github.foerderregeln.drools;

import java.nio.charset.StandardCharsets;

/**
 * One file of a rule set: a DRL file or a call data file.
 *
 * @param path the path relative to the rule set's root, with forward slashes
 * @param content the bytes of the file
 */
record RuleFile(String path, byte[] content) {
    boolean isDrl() {
        return path.endsWith(".drl");
    }

    boolean isCall() {
        return path.startsWith("calls/") && path.endsWith(".json");
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
