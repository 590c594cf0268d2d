package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits one field of a JSON document, addressed like a problem's field: {@code costs[0].amount}. */
public final class JsonEdits {
    /** Keeps decimals exact, as the readers under test do. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final Pattern INDEXED = Pattern.compile("(.+)\\[(\\d+)]");

    private JsonEdits() {
    }

    /** {@code json} with the field at {@code path} set to the JSON {@code value}, or removed when value is null. */
    public static String edit(String json, String path, String value) {
        try {
            JsonNode root = MAPPER.readTree(json);
            String[] parts = path.split("\\.");
            JsonNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Matcher m = INDEXED.matcher(parts[i]);
                node = m.matches() ? node.get(m.group(1)).get(Integer.parseInt(m.group(2))) : node.get(parts[i]);
            }
            String last = parts[parts.length - 1];
            Matcher m = INDEXED.matcher(last);
            JsonNode newValue = value == null ? null : MAPPER.readTree(value);
            if (m.matches()) {
                ArrayNode array = (ArrayNode) node.get(m.group(1));
                int index = Integer.parseInt(m.group(2));
                if (newValue == null) {
                    array.remove(index);
                } else if (index == array.size()) {
                    array.add(newValue);
                } else {
                    array.set(index, newValue);
                }
            } else if (newValue == null) {
                ((ObjectNode) node).remove(last);
            } else {
                ((ObjectNode) node).set(last, newValue);
            }
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The parsed tree of {@code json}, decimals exact. */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
