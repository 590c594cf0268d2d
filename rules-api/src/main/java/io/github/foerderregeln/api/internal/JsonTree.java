package io.github.foerderregeln.api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.foerderregeln.api.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The one strict reader of JSON input: it reads a tree field by field, collecting a {@link Problem}
 * for each field that is missing, unknown or malformed, so that one error can list them all.
 * Applications, call data and scenario files are all read here, so that a mistake is worded the
 * same wherever it is made, and this is the only place the bytes of an input file, its numbers and
 * its dates are read (and bounded).
 */
public final class JsonTree {
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(BoundedInput.MAX_NESTING_DEPTH)
                            .maxNumberLength(BoundedInput.MAX_NUMBER_LENGTH)
                            .maxStringLength(ApplicationLimits.MAX_FILE_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Every problem found; bounded, so that a hostile input gives a short error ({@link BoundedInput#problems}). */
    public final List<Problem> problems = BoundedInput.problems();

    /**
     * The bytes of {@code file}, or null after recording at {@code path} that it is larger than
     * {@link ApplicationLimits#MAX_FILE_BYTES}; bounded whatever the file is ({@link BoundedInput#readFile}):
     * a device or a pipe that never ends is refused once it has given one byte too many.
     *
     * @throws IOException when the file cannot be read (it is missing, say); the caller knows how to name that
     */
    public byte[] read(Path file, String path) throws IOException {
        return read(file, path, "the file");
    }

    /**
     * As {@link #read(Path, String)}, the problem naming the file as {@code name}: a file that another
     * file refers to (a scenario's base, say) is named by its path, since "the file" would be the one
     * that refers to it.
     */
    public byte[] read(Path file, String path, String name) throws IOException {
        try {
            return BoundedInput.readFile(file);
        } catch (BoundedInput.TooLargeException e) {
            problems.add(new Problem(path, name + " " + e.getMessage()));
            return null;
        }
    }

    /**
     * The bytes of {@code in}, or null after recording at {@code path} that it gave more than
     * {@link ApplicationLimits#MAX_FILE_BYTES}; never more than that is held.
     */
    public byte[] read(InputStream in, String path) throws IOException {
        try {
            return BoundedInput.read(in);
        } catch (BoundedInput.TooLargeException e) {
            problems.add(new Problem(path, "the input " + e.getMessage()));
            return null;
        }
    }

    /** The tree of {@code json}, or null after recording why it is not JSON. */
    public JsonNode parse(byte[] json) {
        return parse(json, "$");
    }

    /**
     * The tree of {@code json}, or null after recording at {@code path} why it is not JSON; read by
     * {@link BoundedInput#parse}, which bounds its size, nesting, numbers and UTF-8.
     */
    public JsonNode parse(byte[] json, String path) {
        return BoundedInput.parse(json, path, problems);
    }

    /**
     * Whether {@code node} is an object; records every field that is not in {@code known}, since
     * a misspelt field must not be silently ignored.
     */
    public boolean object(JsonNode node, String path, String... known) {
        if (!isObject(node, path)) {
            return false;
        }
        Set<String> allowed = Set.of(known);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(new Problem(join(path, BoundedInput.name(name)), "unknown field (known fields: "
                        + String.join(", ", known) + ")"));
            }
        }
        return true;
    }

    /** Whether {@code node} is an object, whatever its fields (they are checked where it is read as what it is). */
    public boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            // The root's path is empty; "$" names it, as for malformed JSON.
            problems.add(new Problem(path.isEmpty() ? "$" : path, "must be a JSON object"));
            return false;
        }
        return true;
    }

    /** The field's node when present and not null; else null, recording a problem if {@code required}. */
    public JsonNode field(JsonNode object, String path, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem(join(path, name), "is required"));
            }
            return null;
        }
        return value;
    }

    /** A string field; blank only when not {@code required}. */
    public String text(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : text(value, join(path, name), required);
    }

    /** A string that must not be blank, such as an element of a list. */
    public String text(JsonNode value, String path) {
        return text(value, path, true);
    }

    private String text(JsonNode value, String path, boolean notBlank) {
        if (!value.isTextual()) {
            problems.add(new Problem(path, "must be a string"));
            return null;
        }
        if (notBlank && value.textValue().isBlank()) {
            problems.add(new Problem(path, "must not be empty"));
            return null;
        }
        String tooLong = BoundedInput.lengthProblem(value.textValue());
        if (tooLong != null) {
            problems.add(new Problem(path, tooLong));
            return null;
        }
        return value.textValue();
    }

    /**
     * A list of distinct non-blank strings; null when the field is absent and not {@code required},
     * or after recording a problem (a repeated string is one: it is a slip, never meant).
     */
    public List<String> texts(JsonNode object, String path, String name, boolean required) {
        JsonNode value = array(object, path, name, required, ApplicationLimits.MAX_LIST_ENTRIES);
        return value == null ? null : texts(value, join(path, name));
    }

    /** The elements of {@code array}, each a distinct non-blank string; null after recording a problem. */
    public List<String> texts(JsonNode array, String path) {
        Set<String> texts = distinct(array, path, this::text);
        return texts == null ? null : List.copyOf(texts);
    }

    /**
     * The elements of {@code array}, each read by {@code element}; null after recording a problem:
     * an element that cannot be read, or one that repeats another (in a set it is a slip, never meant).
     */
    private <T> Set<T> distinct(JsonNode array, String path, BiFunction<JsonNode, String, T> element) {
        if (!array.isArray()) {
            problems.add(new Problem(path, "must be a JSON array"));
            return null;
        }
        int before = problems.size();
        Set<T> values = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            T value = element.apply(array.get(i), path + "[" + i + "]");
            if (value != null && !values.add(value)) {
                problems.add(new Problem(path + "[" + i + "]", "repeats " + value));
            }
        }
        return problems.size() > before ? null : values;
    }

    public Boolean bool(JsonNode object, String path, String name, boolean fallback) {
        JsonNode value = field(object, path, name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add(new Problem(join(path, name), "must be true or false"));
            return fallback;
        }
        return value.booleanValue();
    }

    /** A required whole number of at least {@code min}. */
    public Integer integer(JsonNode object, String path, String name, int min) {
        JsonNode value = field(object, path, name, true);
        return value == null ? null : integer(value, join(path, name), min);
    }

    /** A whole number of at least {@code min}, or null after recording why it is not. */
    public Integer integer(JsonNode value, String path, int min) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(new Problem(path, "must be a whole number (was " + BoundedInput.show(value) + ")"));
            return null;
        }
        if (value.intValue() < min) {
            problems.add(new Problem(path, "must be at least " + min + " (was " + value + ")"));
            return null;
        }
        return value.intValue();
    }

    public LocalDate date(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : date(value, join(path, name));
    }

    /** A date as {@code yyyy-MM-dd} with a year from 0001 to 9999 ({@link BoundedInput#date}). */
    public LocalDate date(JsonNode value, String path) {
        LocalDate date = value.isTextual() ? BoundedInput.date(value.textValue()) : null;
        if (date == null) {
            problems.add(new Problem(path, "must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "
                    + BoundedInput.show(value) + ")"));
        }
        return date;
    }

    public <E extends Enum<E>> E code(JsonNode object, String path, String name, Class<E> type, boolean required) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : code(value, join(path, name), type);
    }

    public <E extends Enum<E>> E code(JsonNode value, String path, Class<E> type) {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        problems.add(new Problem(path, "unknown code " + BoundedInput.show(value) + " (one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")"));
        return null;
    }

    /** A list of codes of an application; duplicates are allowed and collapse. */
    public <E extends Enum<E>> List<E> codes(JsonNode object, String path, String name, Class<E> type) {
        JsonNode value = field(object, path, name, false);
        List<E> codes = new ArrayList<>();
        if (value == null) {
            return codes;
        }
        if (!value.isArray()) {
            problems.add(new Problem(join(path, name), "must be a JSON array"));
            return codes;
        }
        for (int i = 0; i < value.size(); i++) {
            E code = code(value.get(i), join(path, name) + "[" + i + "]", type);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** A set of codes, such as the legal forms a call admits; a repeated code is a problem. */
    public <E extends Enum<E>> Set<E> codeSet(JsonNode value, String path, Class<E> type) {
        Set<E> codes = distinct(value, path, (element, at) -> code(element, at, type));
        return codes == null ? null : Set.copyOf(codes);
    }

    /** An amount of money as a JSON number or decimal string, checked by {@link Checks#money}. */
    public BigDecimal money(JsonNode object, String path, String name, boolean required, boolean zeroAllowed) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : money(value, join(path, name), zeroAllowed);
    }

    /** An amount of money as a JSON number or decimal string, checked by {@link Checks#money}. */
    public BigDecimal money(JsonNode value, String path, boolean zeroAllowed) {
        BigDecimal amount = decimal(value, path);
        if (amount == null) {
            return null;
        }
        String problem = Checks.money(amount, zeroAllowed);
        if (problem != null) {
            problems.add(new Problem(path, problem));
            return null;
        }
        return amount;
    }

    /**
     * A decimal as a JSON number or a string holding one, exactly; a number no {@link BigDecimal}
     * holds ({@code 1e99999999999}) is a problem of its field. The caller bounds its digits
     * ({@link Checks#money}) before anything else is done with it.
     */
    public BigDecimal decimal(JsonNode value, String path) {
        String outOfRange = BoundedInput.outOfRange(value);
        if (outOfRange != null) {
            problems.add(new Problem(path, outOfRange));
            return null;
        }
        if (value.isNumber() && (value.isIntegralNumber() || value.isBigDecimal())) {
            return value.decimalValue();
        }
        if (value.isTextual() && DECIMAL.matcher(value.textValue()).matches()) {
            return new BigDecimal(value.textValue());
        }
        problems.add(new Problem(path, "must be a decimal number such as 212900.50 or \"212900.50\" (was "
                + BoundedInput.show(value) + ")"));
        return null;
    }

    /** The elements of an array field, or null after recording a problem; bounded by {@code max}. */
    public JsonNode array(JsonNode object, String path, String name, boolean required, int max) {
        JsonNode value = field(object, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(new Problem(join(path, name), "must be a JSON array"));
            return null;
        }
        if (value.size() > max) {
            problems.add(new Problem(join(path, name), "has " + value.size() + " entries, more than the " + max + " allowed"));
            return null;
        }
        return value;
    }

    public void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * {@code target} with the JSON Merge Patch {@code patch} applied (RFC 7386); neither is
     * changed: objects merge field by field, {@code null} removes a field, any other value (arrays
     * too) replaces.
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
}
