package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.foerderregeln.api.internal.JsonTree;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a JSON document starts, by the field paths problems name
 * ({@code parameters.fundingRate[0].source}), so that a rule author gets {@code FILE:LINE:COLUMN}.
 */
public final class JsonLocations {
    private final Map<String, int[]> starts = new HashMap<>();

    private JsonLocations() {
    }

    /** The locations of every value in {@code json}; as far as it parses when it is malformed. */
    public static JsonLocations of(byte[] json) {
        JsonLocations locations = new JsonLocations();
        try (JsonParser parser = JsonTree.MAPPER.getFactory().createParser(json)) {
            locations.scan(parser);
        } catch (IOException e) {
            // A malformed document keeps the locations read so far; the parse error itself names its place.
        }
        return locations;
    }

    /**
     * The line and column (from 1) of the value at {@code path}, or of its nearest enclosing
     * value when the field is missing; {@code {0, 0}} when nothing is known.
     */
    public int[] find(String path) {
        String current = path.equals("$") ? "" : path;
        while (true) {
            int[] start = starts.get(current);
            if (start != null) {
                return start.clone();
            }
            if (current.isEmpty()) {
                return new int[] {0, 0};
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }

    private void scan(JsonParser parser) throws IOException {
        Deque<String> containers = new ArrayDeque<>();
        Deque<Integer> indexes = new ArrayDeque<>();
        String field = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                field = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                containers.pop();
                indexes.pop();
                continue;
            }
            String parent = containers.isEmpty() ? null : containers.peek();
            String path;
            if (parent == null) {
                path = "";
            } else if (indexes.peek() >= 0) {
                int index = indexes.pop();
                indexes.push(index + 1);
                path = parent + "[" + index + "]";
            } else {
                path = parent.isEmpty() ? field : parent + "." + field;
            }
            JsonLocation location = parser.currentTokenLocation();
            starts.putIfAbsent(path, new int[] {location.getLineNr(), location.getColumnNr()});
            if (token == JsonToken.START_OBJECT) {
                containers.push(path);
                indexes.push(-1);
            } else if (token == JsonToken.START_ARRAY) {
                containers.push(path);
                indexes.push(0);
            }
        }
    }
}
