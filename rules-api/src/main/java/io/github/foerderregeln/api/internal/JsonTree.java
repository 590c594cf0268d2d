package io.github.foerderregeln.api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.foerderregeln.api.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
public final class JsonTree {
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxNumberLength(64)
                            .maxStringLength(ApplicationLimits.MAX_TEXT_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    public final List<Problem> problems = new ArrayList<>();

    /** The tree of {@code json}, or null after recording why it is not JSON. */
    public JsonNode parse(byte[] json) {
        if (json.length > ApplicationLimits.MAX_FILE_BYTES) {
            problems.add(new Problem("$", "the input has " + json.length + " bytes, more than the "
                    + ApplicationLimits.MAX_FILE_BYTES + " allowed"));
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                problems.add(new Problem("$", "malformed JSON: the input is empty"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            problems.add(new Problem("$", "malformed JSON" + where + ": " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new Problem("$", "unreadable input: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Whether {@code node} is an object; records every field that is not in {@code known}, since
     * a misspelt field must not be silently ignored.
     */
    public boolean object(JsonNode node, String path, String... known) {
        if (node == null || !node.isObject()) {
            // The root's path is empty; "$" names it, as for malformed JSON.
            problems.add(new Problem(path.isEmpty() ? "$" : path, "must be a JSON object"));
            return false;
        }
        Set<String> allowed = Set.of(known);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(new Problem(join(path, name), "unknown field (known fields: " + String.join(", ", known) + ")"));
            }
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

    public String text(JsonNode object, String path, String name, boolean required) {
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
        return value.textValue();
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

    public Integer integer(JsonNode object, String path, String name) {
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

    public LocalDate date(JsonNode object, String path, String name, boolean required) {
        JsonNode value = field(object, path, name, required);
        return value == null ? null : date(value, join(path, name));
    }

    public LocalDate date(JsonNode value, String path) {
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new Problem(path, "must be a date as yyyy-MM-dd (was " + value + ")"));
        return null;
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
        problems.add(new Problem(path, "unknown code " + value + " (one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")"));
        return null;
    }

    /** A list of codes; duplicates are allowed and collapse. */
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

    /** An amount of money as a JSON number or decimal string, checked by {@link Checks#money}. */
    public BigDecimal money(JsonNode object, String path, String name, boolean required, boolean zeroAllowed) {
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

    /** A decimal as a JSON number or a string holding one, exactly. */
    public BigDecimal decimal(JsonNode value, String path) {
        if (value.isNumber() && (value.isIntegralNumber() || value.isBigDecimal())) {
            return value.decimalValue();
        }
        if (value.isTextual() && DECIMAL.matcher(value.textValue()).matches()) {
            return new BigDecimal(value.textValue());
        }
        problems.add(new Problem(path, "must be a decimal number such as 212900.50 or \"212900.50\" (was " + value + ")"));
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
}
