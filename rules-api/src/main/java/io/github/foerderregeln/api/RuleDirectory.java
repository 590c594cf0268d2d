package io.github.foerderregeln.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a rule directory as {@link FundingRules#fromDirectory} reads them: every
 * {@code .drl} file at any depth and every {@code calls/*.json} file. Two views: a digest of
 * their contents, which tells for sure whether the rule set changed, and a fingerprint of their
 * names, sizes and modification times, cheap enough to poll.
 */
final class RuleDirectory {
    /**
     * How close to the time of polling a modification time makes a fingerprint unreliable: file
     * systems keep modification times in ticks (a few milliseconds on Linux, two seconds on FAT), so
     * a second write of the same size within one tick leaves the fingerprint as it was.
     */
    static final Duration RACY = Duration.ofSeconds(2);

    private RuleDirectory() {
    }

    /**
     * The names, sizes and modification times of the rule files.
     *
     * @param value the text to compare; an unreadable directory gives a text naming the failure, so
     *        that the same failure is not reported again at every poll
     * @param racy whether a file was modified within {@link #RACY} of {@code now}, so that an equal
     *        fingerprint does not prove equal files
     */
    record Fingerprint(String value, boolean racy) {
    }

    static Fingerprint fingerprint(Path directory, Instant now) {
        StringBuilder value = new StringBuilder();
        Instant newest = Instant.MIN;
        try {
            for (Path file : files(directory)) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
                value.append(relative(directory, file)).append('\0').append(attributes.size()).append('\0')
                        .append(modified).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return new Fingerprint("unreadable: " + e, false);
        }
        return new Fingerprint(value.toString(), !newest.isBefore(now.minus(RACY)));
    }

    /** SHA-256 over the relative paths and contents of the rule files, in path order. */
    static String digest(Path directory) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (Path file : files(directory)) {
            sha.update(relative(directory, file).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(file));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The rule files of {@code directory}, sorted by their relative path. */
    static List<Path> files(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(Files::isRegularFile).filter(path -> isRuleFile(relative(directory, path))).forEach(files::add);
        }
        files.sort(Comparator.comparing(path -> relative(directory, path)));
        return files;
    }

    private static boolean isRuleFile(String relative) {
        return relative.endsWith(".drl") || relative.startsWith("calls/") && relative.endsWith(".json");
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }
}
