package io.github.foerderregeln.testing.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.internal.ApplicationLimits;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.testing.scenario.Scenario.Expectation;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files ({@code *.scenario.json}, one scenario per file):
 *
 * <pre>{@code
 * {
 *   "scenario": "a project of exactly 24 months is allowed",
 *   "note": "2019-04-01 plus 24 months minus a day is 2021-03-31",
 *   "base": "../bases/eligible-gemeinde.json",
 *   "changes": { "project": { "end": "2021-03-31" } },
 *   "expect": { "outcome": "ELIGIBLE", "grant": "80000.00", "excludesFindings": ["RDZ-PERIOD-DURATION"] }
 * }
 * }</pre>
 *
 * <p>The application is either {@code "application"} (a whole application of docs/json-format.md) or
 * {@code "base"} (an application file, its path relative to the folder of the scenario file)
 * with optional {@code "changes"}, a JSON Merge Patch (RFC 7386: objects merge field by field, a
 * {@code null} removes a field, anything else, arrays too, replaces). Every field is checked;
 * unknown fields are errors, so that a misspelt expectation never passes silently.
 */
public final class Scenarios {
    /** How scenario files end; other files (such as base applications) in a folder are not scenarios. */
    public static final String SUFFIX = ".scenario.json";

    private Scenarios() {
    }

    /**
     * The scenario files under each of {@code paths}: a file is taken as it is, a folder is searched
     * at any depth for {@code *.scenario.json}; sorted by path within each folder.
     *
     * @throws NoSuchFileException when a path does not exist
     */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                            .sorted().forEach(files::add);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString());
            }
        }
        return files;
    }

    /**
     * Reads every scenario under {@code directory} (any depth, sorted by path).
     *
     * @throws InvalidScenarioException for the first broken file
     */
    public static List<Scenario> readAll(Path directory) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : find(List.of(directory))) {
            scenarios.add(read(file));
        }
        return scenarios;
    }

    /**
     * Reads one scenario file.
     *
     * @throws InvalidScenarioException naming the file and every problem with its JSON path
     * @throws IOException when the file cannot be read
     */
    public static Scenario read(Path file) throws IOException {
        JsonTree tree = new JsonTree();
        byte[] json = tree.read(file, "$");
        Scenario scenario = json == null ? null : scenario(tree, file, json);
        if (!tree.problems.isEmpty()) {
            throw new InvalidScenarioException(file.toString(), tree.problems);
        }
        return scenario;
    }

    private static Scenario scenario(JsonTree t, Path file, byte[] json) {
        JsonNode root = t.parse(json);
        // "$schema" names the JSON Schema an editor checks the file with (schemas/scenario.schema.json).
        if (root == null || !t.object(root, "", "$schema", "scenario", "note", "application", "base", "changes", "expect")) {
            return null;
        }
        String name = t.text(root, "", "scenario", true);
        String note = t.text(root, "", "note", false);
        JsonNode application = application(t, file, root);
        JsonNode expect = t.field(root, "", "expect", true);
        Expectation expectation = expect == null ? null : expectation(t, expect);
        if (!t.problems.isEmpty()) {
            return null;
        }
        try {
            return new Scenario(file, name, note,
                    JsonTree.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(application), expectation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was read cannot be written", e);
        }
    }

    /** The application: given whole, or a base file with the changes applied. */
    private static JsonNode application(JsonTree t, Path file, JsonNode root) {
        JsonNode inline = t.field(root, "", "application", false);
        JsonNode changes = t.field(root, "", "changes", false);
        if (inline != null) {
            if (root.hasNonNull("base")) {
                t.problem("application", "give either application or base, not both");
            }
            if (changes != null) {
                t.problem("changes", "changes apply to a base; give base, or write them into application");
            }
            return t.isObject(inline, "application") ? inline : null;
        }
        if (!root.hasNonNull("base")) {
            t.problem("application", "is required, or base with changes");
            return null;
        }
        String base = t.text(root, "", "base", true);
        if (base == null) {
            return null;
        }
        Path baseFile = file.toAbsolutePath().getParent().resolve(base).normalize();
        byte[] json;
        try {
            json = t.read(baseFile, "base", baseFile.toString());
        } catch (NoSuchFileException e) {
            t.problem("base", "no such file: " + base + " (resolved to " + baseFile + ")");
            return null;
        } catch (IOException e) {
            t.problem("base", "cannot be read: " + baseFile + ": " + e.getMessage());
            return null;
        }
        JsonNode baseTree = json == null ? null : t.parse(json, "base");
        if (baseTree == null || !t.isObject(baseTree, "base")) {
            return null;
        }
        if (changes == null) {
            return baseTree;
        }
        return t.isObject(changes, "changes") ? JsonTree.mergePatch(baseTree, changes) : null;
    }

    private static Expectation expectation(JsonTree t, JsonNode expect) {
        String p = "expect";
        if (!t.object(expect, p, "outcome", "grant", "rulesFired", "findings", "includesFindings", "excludesFindings",
                "invalidFields")) {
            return null;
        }
        int before = t.problems.size();
        List<String> invalid = t.texts(expect, p, "invalidFields", false);
        Outcome outcome = null;
        BigDecimal grant = null;
        if (expect.has("invalidFields")) {
            for (String other : List.of("outcome", "grant", "rulesFired", "findings", "includesFindings", "excludesFindings")) {
                if (expect.has(other)) {
                    t.problem(JsonTree.join(p, other), "an invalid application has no " + other
                            + "; give either invalidFields or the outcome");
                }
            }
            if (invalid != null && invalid.isEmpty()) {
                t.problem("expect.invalidFields", "must name at least one field");
            }
        } else {
            outcome = t.code(expect, p, "outcome", Outcome.class, true);
            grant = t.money(expect, p, "grant", true, true);
        }
        List<String> fired = t.texts(expect, p, "rulesFired", false);
        List<ExpectedFinding> findings = findings(t, expect);
        List<String> includes = t.texts(expect, p, "includesFindings", false);
        List<String> excludes = t.texts(expect, p, "excludesFindings", false);
        if (includes != null && excludes != null) {
            Set<String> both = new LinkedHashSet<>(includes);
            both.retainAll(excludes);
            if (!both.isEmpty()) {
                t.problem("expect.excludesFindings", "also in includesFindings: " + both);
            }
        }
        if (t.problems.size() > before) {
            return null;
        }
        return new Expectation(outcome, grant, fired, findings, includes == null ? List.of() : includes,
                excludes == null ? List.of() : excludes, invalid);
    }

    private static List<ExpectedFinding> findings(JsonTree t, JsonNode expect) {
        JsonNode findings = t.array(expect, "expect", "findings", false, ApplicationLimits.MAX_LIST_ENTRIES);
        if (findings == null) {
            return null;
        }
        List<ExpectedFinding> result = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String path = "expect.findings[" + i + "]";
            JsonNode finding = findings.get(i);
            if (!t.object(finding, path, "ruleId", "severity")) {
                continue;
            }
            String id = t.text(finding, path, "ruleId", true);
            Severity severity = t.code(finding, path, "severity", Severity.class, true);
            if (id != null && severity != null) {
                result.add(new ExpectedFinding(id, severity));
            }
        }
        return result;
    }
}
