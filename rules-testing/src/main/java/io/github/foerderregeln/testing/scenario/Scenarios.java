package io.github.foerderregeln.testing.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.internal.ApplicationLimits;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.scenario.SettlementScenario.SettlementExpectation;
import io.github.foerderregeln.testing.scenario.Scenario.Expectation;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files ({@code *.scenario.json}): one scenario object per file, or a JSON array
 * of them, each element its own scenario (as OpenFisca's YAML tests hold several tests in a file):
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
 * <p>A scenario about a settlement holds {@code "settlement"} instead (a whole settlement), or a
 * {@code "base"} that is a settlement file (it has a {@code grantDecision}); its expectation names
 * the settlement outcome and the amounts of the settlement result ({@code finalGrant} required,
 * {@code refund}, {@code remainingPayment}, {@code refundInterest}, {@code lateUseInterest}).
 *
 * <p>The application is either {@code "application"} (a whole application of docs/json-format.md) or
 * {@code "base"} (an application file, its path relative to the folder of the scenario file)
 * with optional {@code "changes"}, a JSON Merge Patch (RFC 7386: objects merge field by field, a
 * {@code null} removes a field, anything else, arrays too, replaces). Every field is checked;
 * unknown fields are errors, so that a misspelt expectation never passes silently. In a list, every
 * problem's JSON path starts with the element's index ({@code [2].expect.grant}), and a broken
 * element does not keep the others from being read and run.
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
     * Reads every scenario under {@code directory} (any depth, sorted by path; the elements of a
     * list in their order).
     *
     * @throws InvalidScenarioException for the first broken file, with the problems of all its elements
     */
    public static List<ScenarioCase> readAll(Path directory) throws IOException {
        List<ScenarioCase> scenarios = new ArrayList<>();
        for (Path file : find(List.of(directory))) {
            scenarios.addAll(readEach(file));
        }
        return scenarios;
    }

    /**
     * Reads a file of one scenario about an application.
     *
     * @throws InvalidScenarioException naming the file and every problem with its JSON path, or
     *         saying that the file holds a list or a settlement ({@link #readEach})
     * @throws IOException when the file cannot be read
     */
    public static Scenario read(Path file) throws IOException {
        List<ScenarioCase> scenarios = readEach(file);
        if (scenarios.size() != 1 || scenarios.get(0).index() != null) {
            throw new InvalidScenarioException(file.toString(), List.of(new Problem("$",
                    "holds a list of " + scenarios.size() + " scenarios, not one; read it with readEach")));
        }
        if (!(scenarios.get(0) instanceof Scenario scenario)) {
            throw new InvalidScenarioException(file.toString(), List.of(new Problem("$",
                    "holds a scenario about a settlement; read it with readEach")));
        }
        return scenario;
    }

    /**
     * Reads a scenario file, one object or a list.
     *
     * @return its scenarios, in the order of the file
     * @throws InvalidScenarioException naming the file and every problem of every element with its JSON path
     * @throws IOException when the file cannot be read
     */
    public static List<ScenarioCase> readEach(Path file) throws IOException {
        List<Entry> entries = entries(file);
        List<Problem> problems = entries.stream().flatMap(e -> e.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(file.toString(), problems);
        }
        return entries.stream().map(Entry::scenario).toList();
    }

    /**
     * One scenario of a file as read: the scenario, or the problems that keep it from being run.
     *
     * @param file the scenario file; not null
     * @param index the element's index when the file holds a list; null for a file of one object
     *        and for a file that is no JSON, or neither an object nor an array
     * @param scenario the scenario; null exactly when there are problems
     * @param problems each problem with its JSON path; not null, copied
     */
    public record Entry(Path file, Integer index, ScenarioCase scenario, List<Problem> problems) {
        public Entry {
            Objects.requireNonNull(file, "file must not be null");
            problems = List.copyOf(problems);
            if ((scenario == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("an entry has either a scenario or problems");
            }
        }

        /** The scenario's sentence; for a broken one the file name and, in a list, the element's index. */
        public String name() {
            return scenario != null ? scenario.name() : file.getFileName() + (index == null ? "" : "[" + index + "]");
        }
    }

    /**
     * Reads a scenario file, one object or a list, keeping each element's problems to itself, so
     * that a runner runs the good elements of a list and reports the broken ones.
     *
     * @throws IOException when the file cannot be read
     */
    public static List<Entry> entries(Path file) throws IOException {
        JsonTree tree = new JsonTree();
        byte[] json = tree.read(file, "$");
        JsonNode root = json == null ? null : tree.parse(json);
        if (root == null) {
            return List.of(new Entry(file, null, null, tree.problems));
        }
        if (!root.isArray()) {
            ScenarioCase scenario = scenario(tree, file, null, root);
            return List.of(new Entry(file, null, tree.problems.isEmpty() ? scenario : null, tree.problems));
        }
        if (root.isEmpty()) {
            // An empty list would pass as a file of no tests.
            return List.of(new Entry(file, null, null, List.of(new Problem("$", "holds no scenario: the list is empty"))));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonTree element = new JsonTree();
            ScenarioCase scenario = scenario(element, file, i, root.get(i));
            entries.add(new Entry(file, i, element.problems.isEmpty() ? scenario : null, element.problems));
        }
        return entries;
    }

    private static ScenarioCase scenario(JsonTree t, Path file, Integer index, JsonNode root) {
        String at = index == null ? "" : "[" + index + "]";
        // "$schema" names the JSON Schema an editor checks the file with (schemas/scenario.schema.json).
        if (!t.object(root, at, "$schema", "scenario", "note", "application", "settlement", "base", "changes", "expect")) {
            return null;
        }
        String name = t.text(root, at, "scenario", true);
        String note = t.text(root, at, "note", false);
        JsonNode input = input(t, file, at, root);
        // A settlement holds its grant decision; an application never has that field.
        boolean settlement = root.has("settlement") || input != null && input.has("grantDecision");
        JsonNode expect = t.field(root, at, "expect", true);
        Expected expectation = expect == null ? null : expectation(t, JsonTree.join(at, "expect"), expect, settlement);
        if (!t.problems.isEmpty()) {
            return null;
        }
        String json;
        try {
            json = JsonTree.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was read cannot be written", e);
        }
        return settlement ? new SettlementScenario(file, index, name, note, json, (SettlementExpectation) expectation)
                : new Scenario(file, index, name, note, json, (Expectation) expectation);
    }

    /** The application or settlement: given whole, or a base file with the changes applied. */
    private static JsonNode input(JsonTree t, Path file, String at, JsonNode root) {
        JsonNode application = t.field(root, at, "application", false);
        JsonNode settlement = t.field(root, at, "settlement", false);
        JsonNode changes = t.field(root, at, "changes", false);
        if (application != null && settlement != null) {
            t.problem(JsonTree.join(at, "settlement"), "give either application or settlement, not both");
            return null;
        }
        JsonNode inline = application != null ? application : settlement;
        String field = application != null ? "application" : "settlement";
        if (inline != null) {
            if (root.hasNonNull("base")) {
                t.problem(JsonTree.join(at, field), "give either " + field + " or base, not both");
            }
            if (changes != null) {
                t.problem(JsonTree.join(at, "changes"), "changes apply to a base; give base, or write them into " + field);
            }
            return t.isObject(inline, JsonTree.join(at, field)) ? inline : null;
        }
        if (!root.hasNonNull("base")) {
            t.problem(JsonTree.join(at, "application"), "is required (or settlement), or base with changes");
            return null;
        }
        String base = t.text(root, at, "base", true);
        if (base == null) {
            return null;
        }
        Path baseFile = file.toAbsolutePath().getParent().resolve(base).normalize();
        byte[] json;
        try {
            json = t.read(baseFile, JsonTree.join(at, "base"), baseFile.toString());
        } catch (NoSuchFileException e) {
            t.problem(JsonTree.join(at, "base"), "no such file: " + base + " (resolved to " + baseFile + ")");
            return null;
        } catch (IOException e) {
            t.problem(JsonTree.join(at, "base"), "cannot be read: " + baseFile + ": " + e.getMessage());
            return null;
        }
        JsonNode baseTree = json == null ? null : t.parse(json, JsonTree.join(at, "base"));
        if (baseTree == null || !t.isObject(baseTree, JsonTree.join(at, "base"))) {
            return null;
        }
        if (changes == null) {
            return baseTree;
        }
        return t.isObject(changes, JsonTree.join(at, "changes")) ? JsonTree.mergePatch(baseTree, changes) : null;
    }

    private static Expected expectation(JsonTree t, String p, JsonNode expect, boolean settlement) {
        List<String> amountFields = settlement ? SettlementExpectation.AMOUNTS : List.of("grant");
        String required = amountFields.get(0);
        List<String> known = new ArrayList<>(List.of("outcome"));
        known.addAll(amountFields);
        known.addAll(List.of("rulesFired", "findings", "includesFindings", "excludesFindings", "invalidFields"));
        if (!t.object(expect, p, known.toArray(String[]::new))) {
            return null;
        }
        int before = t.problems.size();
        List<String> invalid = t.texts(expect, p, "invalidFields", false);
        Enum<?> outcome = null;
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (expect.has("invalidFields")) {
            for (String other : known.subList(0, known.size() - 1)) {
                if (expect.has(other)) {
                    t.problem(JsonTree.join(p, other), "an invalid " + (settlement ? "settlement" : "application")
                            + " has no " + other + "; give either invalidFields or the outcome");
                }
            }
            if (invalid != null && invalid.isEmpty()) {
                t.problem(JsonTree.join(p, "invalidFields"), "must name at least one field");
            }
        } else {
            outcome = settlement ? t.code(expect, p, "outcome", SettlementOutcome.class, true)
                    : t.code(expect, p, "outcome", Outcome.class, true);
            for (String field : amountFields) {
                BigDecimal amount = t.money(expect, p, field, field.equals(required), true);
                if (amount != null) {
                    amounts.put(field, amount);
                }
            }
        }
        List<String> fired = t.texts(expect, p, "rulesFired", false);
        List<ExpectedFinding> findings = findings(t, p, expect);
        List<String> includes = t.texts(expect, p, "includesFindings", false);
        List<String> excludes = t.texts(expect, p, "excludesFindings", false);
        if (includes != null && excludes != null) {
            Set<String> both = new LinkedHashSet<>(includes);
            both.retainAll(excludes);
            if (!both.isEmpty()) {
                t.problem(JsonTree.join(p, "excludesFindings"), "also in includesFindings: " + both);
            }
        }
        if (t.problems.size() > before) {
            return null;
        }
        List<String> in = includes == null ? List.of() : includes;
        List<String> ex = excludes == null ? List.of() : excludes;
        return settlement
                ? new SettlementExpectation((SettlementOutcome) outcome, amounts, fired, findings, in, ex, invalid)
                : new Expectation((Outcome) outcome, amounts.get("grant"), fired, findings, in, ex, invalid);
    }

    private static List<ExpectedFinding> findings(JsonTree t, String p, JsonNode expect) {
        JsonNode findings = t.array(expect, p, "findings", false, ApplicationLimits.MAX_LIST_ENTRIES);
        if (findings == null) {
            return null;
        }
        List<ExpectedFinding> result = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String path = JsonTree.join(p, "findings[" + i + "]");
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
