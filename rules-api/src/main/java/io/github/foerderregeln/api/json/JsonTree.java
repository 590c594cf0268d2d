package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.foerderregeln.api.ApplicationLimits;
import io.github.foerderregeln.api.Checks;
import io.github.foerderregeln.api.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a JSON tree field by field, collecting a {@link Problem} for each field that is missing,
 * unknown or malformed, so that one error can list them all. Shared by every reader of this package.
 */
final class JsonTree {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
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
    final List<Problem> problems = BoundedInput.problems();

    /** The tree of {@code json}, or null after recording why it is not JSON; read by {@link BoundedInput#parse}. */
    JsonNode parse(byte[] json) {
        return BoundedInput.parse(json, "$", problems);
    }

    /**
     * Whether {@code node} is an object; records every field that is not in {@code known}, since
     * a misspelt field must not be silently ignored.
     */
    boolean object(JsonNode node, String path, String... known) {
        if (node == null || !node.isObject()) {
            // The root's path is empty; "$" names it, as for malformed JSON.
            problems.add(new Problem(path.isEmpty() ? "$" : path, "must be a JSON object"));
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

    /** The field's node when present and not null; else null, recording a problem if {@code required}. */
    JsonNode field(JsonNode object, String path, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem(join(path, name), "is required"));
            }
            return null;
        }
        return value;
    }

    String text(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(join(path, name), "must be a string"));
            return null;
        }
        if (required && value.textValue().isBlank()) {
            problems.add(new Problem(join(path, name), "must not be empty"));
            return null;
        }
        String tooLong = BoundedInput.lengthProblem(value.textValue());
        if (tooLong != null) {
            problems.add(new Problem(join(path, name), tooLong));
            return null;
        }
        return value.textValue();
    }

    Boolean bool(JsonNode object, String path, String name, boolean fallback) {
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

    Integer integer(JsonNode object, String path, String name) {
        JsonNode value = field(object, path, name, true);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(new Problem(join(path, name), "must be a whole number"));
            return null;
        }
        return value.intValue();
    }

    LocalDate date(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : date(value, join(path, name));
    }

    /** A date as {@code yyyy-MM-dd} with a year from 0001 to 9999 ({@link BoundedInput#date}). */
    LocalDate date(JsonNode value, String path) {
        LocalDate date = value.isTextual() ? BoundedInput.date(value.textValue()) : null;
        if (date == null) {
            problems.add(new Problem(path, "must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "
                    + BoundedInput.show(value) + ")"));
        }
        return date;
    }

    <E extends Enum<E>> E code(JsonNode object, String path, String name, Class<E> type, boolean required) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : code(value, join(path, name), type);
    }

    <E extends Enum<E>> E code(JsonNode value, String path, Class<E> type) {
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

    /** A list of codes; duplicates are allowed and collapse. */
    <E extends Enum<E>> List<E> codes(JsonNode object, String path, String name, Class<E> type) {
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

    /** An amount of money as a JSON number or decimal string, checked by {@link Checks#money}. */
    BigDecimal money(JsonNode object, String path, String name, boolean required, boolean zeroAllowed) {
        JsonNode value = field(object, path, name, required);
        if (value == null) {
            return null;
        }
        String fieldPath = join(path, name);
        BigDecimal amount = decimal(value, fieldPath);
        if (amount == null) {
            return null;
        }
        String problem = Checks.money(amount, zeroAllowed);
        if (problem != null) {
            problems.add(new Problem(fieldPath, problem));
            return null;
        }
        return amount;
    }

    /**
     * A decimal as a JSON number or a string holding one, exactly; a number no {@link BigDecimal}
     * holds ({@code 1e99999999999}) is a problem of its field. The caller bounds its digits
     * ({@link Checks#money}) before anything else is done with it.
     */
    BigDecimal decimal(JsonNode value, String path) {
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
    JsonNode array(JsonNode object, String path, String name, boolean required, int max) {
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

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
