package io.github.foerderregeln.testing.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.foerderregeln.api.internal.ApplicationLimits;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.testing.scenario.Scenario.Expectation;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * <p>The application is either {@code "application"} (a whole application of json-format.md) or
 * {@code "base"} (an application file, its path relative to the folder of the scenario file)
 * with optional {@code "changes"}, a JSON Merge Patch (RFC 7386: objects merge field by field, a
 * {@code null} removes a field, anything else, arrays too, replaces). Every field is checked;
 * unknown fields are errors, so that a misspelt expectation never passes silently.
 */
public final class Scenarios {
    /** How scenario files end; other files (such as base applications) in a folder are not scenarios. */
    public static final String SUFFIX = ".scenario.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32).maxNumberLength(64).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d{1,2})?");

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
        long size = Files.size(file);
        if (size > ApplicationLimits.MAX_FILE_BYTES) {
            throw new InvalidScenarioException(file.toString(), List.of(new Problem("$",
                    "the file has " + size + " bytes, more than the " + ApplicationLimits.MAX_FILE_BYTES + " allowed")));
        }
        Reader reader = new Reader(file);
        Scenario scenario = reader.scenario(Files.readAllBytes(file));
        if (!reader.problems.isEmpty()) {
            throw new InvalidScenarioException(file.toString(), reader.problems);
        }
        return scenario;
    }

    /**
     * Applies a JSON Merge Patch (RFC 7386) to {@code target}, which is not changed: objects merge
     * field by field, {@code null} removes a field, any other value (arrays too) replaces.
     */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** One reading: the problems found so far, each with its path. */
    private static final class Reader {
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();

        Reader(Path file) {
            this.file = file;
        }

        Scenario scenario(byte[] json) {
            JsonNode root = parse(json, "$");
            if (root == null) {
                return null;
            }
            if (!object(root, "$", "scenario", "note", "application", "base", "changes", "expect")) {
                return null;
            }
            String name = text(root, "scenario", "scenario", true);
            String note = text(root, "note", "note", false);
            JsonNode application = application(root);
            Expectation expect = expectation(root.get("expect"));
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new Scenario(file, name, note, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(application), expect);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree that was read cannot be written", e);
            }
        }

        private JsonNode application(JsonNode root) {
            JsonNode inline = root.get("application");
            JsonNode base = root.get("base");
            JsonNode changes = root.get("changes");
            if (inline != null && base != null) {
                problems.add(new Problem("application", "give either application or base, not both"));
                return null;
            }
            if (inline != null) {
                if (changes != null) {
                    problems.add(new Problem("changes", "changes apply to a base; give base, or write them into application"));
                }
                if (!inline.isObject()) {
                    problems.add(new Problem("application", "must be a JSON object (an application of json-format.md)"));
                }
                return inline;
            }
            if (base == null) {
                problems.add(new Problem("$", "missing: give application, or base with changes"));
                return null;
            }
            if (!base.isTextual() || base.asText().isBlank()) {
                problems.add(new Problem("base", "must be the path of an application file, relative to this file's folder"));
                return null;
            }
            Path parent = file.toAbsolutePath().getParent();
            Path baseFile = parent.resolve(base.asText()).normalize();
            JsonNode baseTree;
            try {
                if (Files.size(baseFile) > ApplicationLimits.MAX_FILE_BYTES) {
                    problems.add(new Problem("base", baseFile + " has more than " + ApplicationLimits.MAX_FILE_BYTES + " bytes"));
                    return null;
                }
                baseTree = parse(Files.readAllBytes(baseFile), "base");
            } catch (NoSuchFileException e) {
                problems.add(new Problem("base", "no such file: " + base.asText() + " (resolved to " + baseFile + ")"));
                return null;
            } catch (IOException e) {
                problems.add(new Problem("base", "cannot read " + baseFile + ": " + e.getMessage()));
                return null;
            }
            if (baseTree == null) {
                return null;
            }
            if (!baseTree.isObject()) {
                problems.add(new Problem("base", baseFile + " must hold a JSON object (an application)"));
                return null;
            }
            if (changes == null) {
                return baseTree;
            }
            if (!changes.isObject()) {
                problems.add(new Problem("changes", "must be a JSON object (a JSON Merge Patch of the base)"));
                return null;
            }
            return mergePatch(baseTree, changes);
        }

        private Expectation expectation(JsonNode expect) {
            if (expect == null) {
                problems.add(new Problem("expect", "missing"));
                return null;
            }
            if (!object(expect, "expect", "outcome", "grant", "rulesFired", "findings", "includesFindings",
                    "excludesFindings", "invalidFields")) {
                return null;
            }
            int before = problems.size();
            List<String> invalid = ids(expect, "invalidFields", false);
            Outcome outcome = null;
            BigDecimal grant = null;
            if (expect.has("invalidFields")) {
                for (String other : List.of("outcome", "grant", "rulesFired", "findings", "includesFindings", "excludesFindings")) {
                    if (expect.has(other)) {
                        problems.add(new Problem("expect." + other, "an invalid application has no " + other
                                + "; give either invalidFields or the outcome"));
                    }
                }
                if (invalid != null && invalid.isEmpty()) {
                    problems.add(new Problem("expect.invalidFields", "must name at least one field"));
                }
            } else {
                outcome = outcome(expect);
                grant = grant(expect);
            }
            List<String> fired = ids(expect, "rulesFired", false);
            List<ExpectedFinding> findings = findings(expect);
            List<String> includes = ids(expect, "includesFindings", true);
            List<String> excludes = ids(expect, "excludesFindings", true);
            if (includes != null && excludes != null) {
                Set<String> both = new LinkedHashSet<>(includes);
                both.retainAll(excludes);
                if (!both.isEmpty()) {
                    problems.add(new Problem("expect.excludesFindings", "also in includesFindings: " + both));
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return new Expectation(outcome, grant, fired, findings, includes, excludes, invalid);
        }

        private Outcome outcome(JsonNode expect) {
            String code = text(expect, "outcome", "expect.outcome", true);
            if (code == null) {
                return null;
            }
            try {
                return Outcome.valueOf(code);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("expect.outcome", "unknown outcome " + code + "; one of "
                        + Arrays.toString(Outcome.values())));
                return null;
            }
        }

        private BigDecimal grant(JsonNode expect) {
            JsonNode grant = expect.get("grant");
            if (grant == null) {
                problems.add(new Problem("expect.grant", "missing"));
                return null;
            }
            String text = grant.isTextual() ? grant.asText() : grant.isNumber() ? grant.decimalValue().toPlainString() : null;
            if (text == null || !MONEY.matcher(text).matches()) {
                problems.add(new Problem("expect.grant", "must be an amount in EUR with at most two decimals, such as \"80000.00\""));
                return null;
            }
            return new BigDecimal(text);
        }

        private List<ExpectedFinding> findings(JsonNode expect) {
            JsonNode findings = expect.get("findings");
            if (findings == null) {
                return null;
            }
            if (!findings.isArray()) {
                problems.add(new Problem("expect.findings", "must be an array of {\"ruleId\": ..., \"severity\": ...}"));
                return null;
            }
            List<ExpectedFinding> result = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                String path = "expect.findings[" + i + "]";
                JsonNode finding = findings.get(i);
                if (!object(finding, path, "ruleId", "severity")) {
                    continue;
                }
                String id = text(finding, "ruleId", path + ".ruleId", true);
                String severity = text(finding, "severity", path + ".severity", true);
                Severity parsed = null;
                if (severity != null) {
                    try {
                        parsed = Severity.valueOf(severity);
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(path + ".severity", "unknown severity " + severity + "; one of "
                                + Arrays.toString(Severity.values())));
                    }
                }
                if (id != null && parsed != null) {
                    result.add(new ExpectedFinding(id, parsed));
                }
            }
            return result;
        }

        /** A list of distinct non-blank strings, or null when absent (an empty list when {@code orEmpty}). */
        private List<String> ids(JsonNode node, String field, boolean orEmpty) {
            JsonNode array = node.get(field);
            String path = "expect." + field;
            if (array == null) {
                return orEmpty ? List.of() : null;
            }
            if (!array.isArray()) {
                problems.add(new Problem(path, "must be an array of strings"));
                return null;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode id = array.get(i);
                if (!id.isTextual() || id.asText().isBlank()) {
                    problems.add(new Problem(path + "[" + i + "]", "must be a non-empty string"));
                } else if (!ids.add(id.asText())) {
                    problems.add(new Problem(path + "[" + i + "]", "repeats " + id.asText()));
                }
            }
            return List.copyOf(ids);
        }

        private JsonNode parse(byte[] json, String path) {
            try {
                JsonNode root = MAPPER.readTree(json);
                if (root == null || root.isMissingNode()) {
                    problems.add(new Problem(path, "malformed JSON: the file is empty"));
                    return null;
                }
                return root;
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? ""
                        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                problems.add(new Problem(path, "malformed JSON" + where + ": " + e.getOriginalMessage()));
                return null;
            } catch (IOException e) {
                problems.add(new Problem(path, "unreadable: " + e.getMessage()));
                return null;
            }
        }

        private boolean object(JsonNode node, String path, String... known) {
            if (!node.isObject()) {
                problems.add(new Problem(path, "must be a JSON object"));
                return false;
            }
            List<String> names = List.of(known);
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!names.contains(name)) {
                    problems.add(new Problem((path.equals("$") ? "" : path + ".") + name,
                            "unknown field; known here: " + String.join(", ", known)));
                }
            }
            return true;
        }

        private String text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problems.add(new Problem(path, "missing"));
                }
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                problems.add(new Problem(path, "must be a non-empty string"));
                return null;
            }
            return value.asText();
        }
    }
}
