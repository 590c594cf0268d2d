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
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * What a rule set is made of, in one place: every {@code .drl} file at any depth, every
 * {@code calls/*.json} file and the reference data file {@code data/basiszinssatz.json} of its directory, and the digest of them that is the rule set's
 * identity. The engine builds from these files and names the rule set by this digest;
 * {@link io.github.foerderregeln.api.ReloadingFundingRules} watches the same digest, so other
 * files (a README, an editor's backup) never cause a rebuild and an edit always does.
 */
public final class RuleFiles {
    private RuleFiles() {
    }

    /** Whether {@code path} (relative to the rule set's root, forward slashes) is a DRL file. */
    public static boolean isDrl(String path) {
        return path.endsWith(".drl");
    }

    /** Whether {@code path} (relative to the rule set's root, forward slashes) is a call data file. */
    public static boolean isCall(String path) {
        return path.startsWith("calls/") && path.endsWith(".json");
    }

    /**
     * Whether {@code path} is a reference data file of the rule set: {@code data/basiszinssatz.json}.
     * Only named files are, so that other files under {@code data/} (an export, say) are never read.
     */
    public static boolean isData(String path) {
        return path.equals("data/basiszinssatz.json");
    }

    /** Whether {@code path} is a file the rule set is built from. */
    public static boolean isRuleFile(String path) {
        return isDrl(path) || isCall(path) || isData(path);
    }

    /**
     * The rule files of {@code directory}, as {@link FundingRules#fromDirectory} reads them: their
     * contents by relative path with forward slashes, in path order. A file is chosen by its name
     * before anything is read, so that no other file of the directory (a large data file beside the
     * rules) is ever read, and each is read bounded ({@link BoundedInput#readFile}): one of more
     * than 1 MiB is left out and reported to {@code tooLarge} with its path and why.
     *
     * @throws IOException when the directory or a file cannot be read (also when a file vanishes
     *         while it is read, as an editor's atomic save may make it)
     */
    public static SortedMap<String, byte[]> read(Path directory, BiConsumer<String, String> tooLarge) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(Files::isRegularFile).toList();
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path path : paths) {
            String relative = directory.relativize(path).toString().replace('\\', '/');
            if (isRuleFile(relative)) {
                try {
                    files.put(relative, BoundedInput.readFile(path));
                } catch (BoundedInput.TooLargeException e) {
                    tooLarge.accept(relative, "the file " + e.getMessage());
                }
            }
        }
        return files;
    }

    /**
     * The rule files of {@code directory} that can be read, for their {@link #digest}: a file too
     * large to be read is left out, so that the digest changes when it appears or shrinks to a size
     * a rule set can have.
     */
    public static SortedMap<String, byte[]> read(Path directory) throws IOException {
        return read(directory, (path, why) -> { });
    }

    /**
     * SHA-256 over the relative paths and contents of {@code files}, in path order, as hex: equal
     * digests mean the same rule set, whatever the modification times say.
     */
    public static String digest(SortedMap<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.getValue());
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
