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
        return isDrl(path);
    }

    boolean isCall() {
        return isCall(path);
    }

    /**
     * Whether the file at {@code path} (relative, forward slashes) belongs to a rule set: decided
     * by its name before it is read, so that no other file of a directory is ever read.
     */
    static boolean isRuleFile(String path) {
        return isDrl(path) || isCall(path);
    }

    private static boolean isDrl(String path) {
        return path.endsWith(".drl");
    }

    private static boolean isCall(String path) {
        return path.startsWith("calls/") && path.endsWith(".json");
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
