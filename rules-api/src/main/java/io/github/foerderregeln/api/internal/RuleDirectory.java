package io.github.foerderregeln.api.internal;

import io.github.foerderregeln.api.FundingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content digest of a rule directory: the files {@link FundingRules#fromDirectory} reads
 * (every {@code .drl} file at any depth and every {@code calls/*.json} file; the engine's
 * {@code RuleFile} draws the same line), so that other files such as the README or an editor's
 * backup never cause a rebuild.
 */
public final class RuleDirectory {
    private RuleDirectory() {
    }

    /**
     * SHA-256 over the relative paths and contents of the rule files, in path order: equal digests
     * mean the same rule set, whatever the modification times say.
     *
     * @throws IOException when the directory or a file cannot be read (also when a file vanishes
     *         while it is read, as an editor's atomic save may make it)
     */
    public static String digest(Path directory) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        List<Path> files;
        try (Stream<Path> paths = Files.walk(directory)) {
            files = paths.filter(Files::isRegularFile).filter(path -> isRuleFile(relative(directory, path)))
                    .sorted((a, b) -> relative(directory, a).compareTo(relative(directory, b))).toList();
        }
        for (Path file : files) {
            sha.update(relative(directory, file).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(file));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static boolean isRuleFile(String relative) {
        return relative.endsWith(".drl") || relative.startsWith("calls/") && relative.endsWith(".json");
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }
}
