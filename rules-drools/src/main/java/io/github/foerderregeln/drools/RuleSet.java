package io.github.foerderregeln.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.internal.RuleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a rule set and its identity: a name and a digest of every file, so that an
 * assessment says exactly which rules decided it.
 */
record RuleSet(String name, List<RuleFile> files) {
    /** Where the bundled rule set lies on the class path; its {@code ruleset.index} lists its files. */
    static final String BUNDLED_ROOT = "io/github/foerderregeln/drools/ruleset/";

    RuleSet {
        files = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /** The rule set bundled in this jar: the DRL and call files of its index. */
    static RuleSet bundled() {
        return new RuleSet("bundled", indexed().stream().filter(f -> f.isDrl() || f.isCall() || f.isData()).toList());
    }

    /**
     * Every file the index lists: the rule set, and the files that travel with it but are not
     * rules (the scenario suite under {@code scenarios/}), which never change the rule set's identity.
     */
    static List<RuleFile> indexed() {
        List<RuleFile> files = new ArrayList<>();
        for (String path : resource("ruleset.index").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            files.add(new RuleFile(path, resource(path).getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    /** Writes the bundled rule set with its README and its scenario suite into {@code directory}. */
    static void writeBundled(Path directory) throws IOException {
        RuleSet all = new RuleSet("bundled", indexed());
        all.writeTo(directory);
    }

    /**
     * The rule set in {@code directory}: its {@linkplain RuleFiles rule files}, chosen by name
     * before anything is read; other files (a README, a large data file beside the rules) are never
     * read. A rule file of more than 1 MiB is an error of that file.
     *
     * @throws RuleSetException when the directory is missing or a rule file is too large
     */
    static RuleSet fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(), List.of(new RuleProblem(directory.toString(), 0, 0, true,
                    "is not a directory")));
        }
        Path name = directory.toAbsolutePath().normalize().getFileName();
        String setName = name == null ? "rules" : name.toString();
        List<RuleFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        try {
            RuleFiles.read(directory, (path, why) -> problems.add(new RuleProblem(path, 0, 0, true, why)))
                    .forEach((path, content) -> files.add(new RuleFile(path, content)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule directory " + directory, e);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(setName, problems);
        }
        return new RuleSet(setName, files);
    }

    /**
     * Writes the files into {@code directory}, with the bundled {@code README.md} that says which
     * file holds what. Existing files of the same names are replaced.
     */
    void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("README.md"), resource("README.md"));
        for (RuleFile file : files) {
            Path target = directory.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    /** {@code name@digest}, the digest being the first 12 hex digits of {@link RuleFiles#digest} of the files. */
    String id() {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        files.forEach(file -> contents.put(file.path(), file.content()));
        return name + "@" + RuleFiles.digest(contents).substring(0, 12);
    }

    private static String resource(String path) {
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(BUNDLED_ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the bundled rule set lacks " + BUNDLED_ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
