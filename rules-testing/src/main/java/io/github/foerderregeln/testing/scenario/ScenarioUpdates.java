package io.github.foerderregeln.testing.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.foerderregeln.api.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * After a reviewed change of the rules: rewrites the expectation of a failed scenario with what the
 * rules now decide, so that the author reviews a diff instead of editing each file by hand.
 *
 * <p>Only the fields the scenario states are rewritten, each only when it differs: {@code outcome},
 * the amounts ({@code grant}; for a settlement {@code finalGrant}, {@code refund},
 * {@code remainingPayment}, {@code refundInterest}, {@code lateUseInterest}), {@code rulesFired}, {@code findings}; a rule id of {@code includesFindings} that
 * has no finding any more, or of {@code excludesFindings} that now has one, is dropped from its
 * list. Everything else of the file (its sentence, note, base, changes, key order and layout) stays
 * as it was: only the text of the {@code expect} object is replaced; in a file of a list, only that
 * of the failed element, so the other elements stay byte for byte. A scenario that expects its
 * application to be rejected, or whose application is now rejected, is not rewritten: that is a
 * change of its input, not of the rules' answer.
 */
public final class ScenarioUpdates {
    /** Amounts read exactly, never through double. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ScenarioUpdates() {
    }

    /**
     * One field of an expectation rewritten.
     *
     * @param field the field of {@code expect}, such as {@code grant}; not null
     * @param before its value before, as JSON; not null
     * @param after its value now, as JSON; not null
     */
    public record FieldChange(String field, String before, String after) {
        public FieldChange {
            Objects.requireNonNull(field, "field must not be null");
            Objects.requireNonNull(before, "before must not be null");
            Objects.requireNonNull(after, "after must not be null");
        }

        @Override
        public String toString() {
            return field + ": " + before + " -> " + after;
        }
    }

    /**
     * Rewrites the file of {@code result} so that its expectation holds for {@code result}'s
     * assessment or settlement result, and says what changed.
     *
     * @param result a scenario's result; one that passed, is broken, or has no assessment is left as it is
     * @return the fields rewritten, in the order of the file; empty when the file was not rewritten
     * @throws IOException when the file cannot be read or written
     */
    public static List<FieldChange> update(ScenarioResult result) throws IOException {
        Answer answer = result.answered().orElse(null);
        if (result.status() != ScenarioResult.Status.FAILED || answer == null) {
            return List.of();
        }
        Path file = result.file();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int[] span = expectSpan(text, result.index());
        ObjectNode expect = (ObjectNode) JSON.readTree(text.substring(span[0], span[1]));
        if (expect.has("invalidFields")) {
            return List.of();
        }
        List<FieldChange> changes = new ArrayList<>();
        ObjectNode updated = updated(expect, answer, changes);
        if (changes.isEmpty()) {
            return List.of();
        }
        String indent = indentOfLine(text, span[0]);
        String rewritten = text.substring(0, span[0]) + format(updated, indent) + text.substring(span[1]);
        Files.writeString(file, rewritten, StandardCharsets.UTF_8);
        return changes;
    }

    private static ObjectNode updated(ObjectNode expect, Answer answer, List<FieldChange> changes) {
        ObjectNode out = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = expect.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode before = field.getValue();
            String code = answer.codes().get(name);
            BigDecimal amount = answer.amounts().get(name);
            JsonNode after;
            if (code != null) {
                after = before.asText().equals(code) ? before : JSON.getNodeFactory().textNode(code);
            } else if (amount != null) {
                after = new BigDecimal(before.asText()).compareTo(amount) == 0 ? before
                        : JSON.getNodeFactory().textNode(amount.toPlainString());
            } else {
                after = switch (name) {
                    case "rulesFired" -> new TreeSet<>(texts(before)).equals(new TreeSet<>(answer.rulesFired())) ? before
                            : textArray(answer.rulesFired());
                    case "findings" -> findingKeys(before).equals(findingKeys(answer.findings())) ? before
                            : findingArray(answer.findings());
                    case "includesFindings" -> kept(before, id -> !answer.findings(id).isEmpty());
                    case "excludesFindings" -> kept(before, id -> answer.findings(id).isEmpty());
                    default -> before;
                };
            }
            if (!after.equals(before)) {
                changes.add(new FieldChange(name, before.toString(), after.toString()));
            }
            out.set(name, after);
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static ArrayNode textArray(List<String> texts) {
        ArrayNode array = JSON.createArrayNode();
        texts.forEach(array::add);
        return array;
    }

    private static JsonNode kept(JsonNode before, java.util.function.Predicate<String> keep) {
        return textArray(texts(before).stream().filter(keep).toList());
    }

    /** The findings as "ruleId severity" counted, so that their order does not matter. */
    private static Map<String, Integer> findingKeys(JsonNode findings) {
        Map<String, Integer> keys = new java.util.TreeMap<>();
        findings.forEach(f -> keys.merge(f.path("ruleId").asText() + " " + f.path("severity").asText(), 1, Integer::sum));
        return keys;
    }

    private static Map<String, Integer> findingKeys(List<Finding> findings) {
        Map<String, Integer> keys = new java.util.TreeMap<>();
        findings.forEach(f -> keys.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum));
        return keys;
    }

    private static ArrayNode findingArray(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("severity", finding.severity().name());
        }
        return array;
    }

    /**
     * The character offsets of the value of the scenario's {@code expect}, from its '{' to after its
     * '}': the top-level object's, or in a list that of the element {@code index}.
     */
    private static int[] expectSpan(String text, Integer index) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (index != null) {
                if (first != JsonToken.START_ARRAY) {
                    throw new IOException("the scenario file is no list any more");
                }
                for (int i = 0; i < index; i++) {
                    if (parser.nextToken() == JsonToken.END_ARRAY) {
                        throw new IOException("the list has no element " + index + " any more");
                    }
                    parser.skipChildren();
                }
                first = parser.nextToken();
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("the scenario is no JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("expect") && value == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    return new int[] {start, end};
                }
                parser.skipChildren();
            }
        }
        throw new IOException("the scenario has no expect object");
    }

    private static String indentOfLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    /**
     * The expectation in the layout of the bundled scenarios: a field per line; a list of rule ids
     * an id per line, a finding per line as a one-line object; an empty list as {@code []}.
     */
    static String format(ObjectNode expect, String indent) {
        String inner = indent + "  ";
        StringBuilder out = new StringBuilder("{\n");
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        expect.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        int n = 0;
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            out.append(inner).append(JSON.getNodeFactory().textNode(field.getKey())).append(": ");
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty() && (value.get(0).isObject() || field.getKey().equals("rulesFired"))) {
                out.append("[\n");
                for (int i = 0; i < value.size(); i++) {
                    out.append(inner).append("  ").append(oneLine(value.get(i))).append(i + 1 < value.size() ? ",\n" : "\n");
                }
                out.append(inner).append(']');
            } else {
                out.append(oneLine(value));
            }
            out.append(++n < fields.size() ? ",\n" : "\n");
        }
        return out.append(indent).append('}').toString();
    }

    /** A value on one line with a space after each colon and comma, as the bundled files are written. */
    private static String oneLine(JsonNode value) {
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.fields().forEachRemaining(e -> parts.add(JSON.getNodeFactory().textNode(e.getKey()) + ": " + oneLine(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(oneLine(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        return value.toString();
    }
}
