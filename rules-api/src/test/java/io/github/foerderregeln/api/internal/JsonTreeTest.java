package io.github.foerderregeln.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.foerderregeln.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one strict reader: its bounds, its wording of mistakes in lists and numbers, and the merge patch of scenarios. */
class JsonTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Test
    void theMergePatchFollowsTheExamplesOfRfc7386() throws IOException {
        // RFC 7386 appendix A, a selection: replace, remove, array replaced, scalar target becomes an object.
        assertThat(JsonTree.mergePatch(JSON.readTree("{\"a\":\"b\"}"), JSON.readTree("{\"a\":\"c\"}")))
                .isEqualTo(JSON.readTree("{\"a\":\"c\"}"));
        assertThat(JsonTree.mergePatch(JSON.readTree("{\"a\":\"b\",\"b\":\"c\"}"), JSON.readTree("{\"a\":null}")))
                .isEqualTo(JSON.readTree("{\"b\":\"c\"}"));
        assertThat(JsonTree.mergePatch(JSON.readTree("{\"a\":[{\"b\":\"c\"}]}"), JSON.readTree("{\"a\":[1]}")))
                .isEqualTo(JSON.readTree("{\"a\":[1]}"));
        assertThat(JsonTree.mergePatch(JSON.readTree("[1,2]"), JSON.readTree("{\"a\":\"b\",\"c\":null}")))
                .isEqualTo(JSON.readTree("{\"a\":\"b\"}"));
        assertThat(JsonTree.mergePatch(JSON.readTree("{\"e\":null}"), JSON.readTree("{\"a\":1}")))
                .isEqualTo(JSON.readTree("{\"e\":null,\"a\":1}"));
        JsonNode target = JSON.readTree("{\"a\":{\"b\":1}}");
        JsonTree.mergePatch(target, JSON.readTree("{\"a\":{\"b\":2}}"));
        assertThat(target).as("the base is not changed").isEqualTo(JSON.readTree("{\"a\":{\"b\":1}}"));
    }

    @Test
    void aFileIsReadUpToItsBoundAndNamedWhenLarger(@TempDir Path dir) throws IOException {
        Path atBound = Files.write(dir.resolve("at.json"), new byte[ApplicationLimits.MAX_FILE_BYTES]);
        Path above = Files.write(dir.resolve("above.json"), new byte[ApplicationLimits.MAX_FILE_BYTES + 1]);
        JsonTree tree = new JsonTree();

        assertThat(tree.read(atBound, "$")).hasSize(ApplicationLimits.MAX_FILE_BYTES);
        assertThat(tree.problems).isEmpty();
        assertThat(tree.read(above, "base")).isNull();
        assertThat(tree.problems).containsExactly(new Problem("base",
                "the file has 1048577 bytes, more than the 1048576 (1 MiB) allowed"));
        JsonTree streamed = new JsonTree();
        assertThat(streamed.read(new ByteArrayInputStream(new byte[3 * ApplicationLimits.MAX_FILE_BYTES]), "$"))
                .as("a stream longer than the bound is refused, not held").isNull();
        assertThat(streamed.problems).containsExactly(new Problem("$",
                "the input has more than the 1048576 bytes (1 MiB) allowed"));
    }

    @Test
    void aListOfTextsNamesEachElementThatIsNoTextOrRepeatsOne() throws IOException {
        JsonTree tree = new JsonTree();

        assertThat(tree.texts(tree("[\"A\", \"B\"]"), "ids")).containsExactly("A", "B");
        assertThat(tree.texts(tree("[\"A\", 3, \" \", \"A\"]"), "ids")).isNull();
        assertThat(tree.problems).containsExactly(new Problem("ids[1]", "must be a string"),
                new Problem("ids[2]", "must not be empty"), new Problem("ids[3]", "repeats A"));
    }

    @Test
    void aWholeNumberIsCheckedAtItsLeastValue() throws IOException {
        JsonTree tree = new JsonTree();

        assertThat(tree.integer(tree("1"), "months", 1)).isEqualTo(1);
        assertThat(tree.integer(tree("0"), "months", 1)).isNull();
        assertThat(tree.integer(tree("1.5"), "months", 1)).isNull();
        assertThat(tree.integer(tree("\"2\""), "months", 1)).isNull();
        assertThat(tree.problems).extracting(Problem::message).containsExactly("must be at least 1 (was 0)",
                "must be a whole number (was 1.5)", "must be a whole number (was \"2\")");
    }

    @Test
    void aRepeatedCodeInASetIsAMistake() throws IOException {
        JsonTree tree = new JsonTree();

        assertThat(tree.codeSet(tree("[\"DE\", \"EN\"]"), "languages", io.github.foerderregeln.api.Language.class))
                .hasSize(2);
        assertThat(tree.codeSet(tree("[\"DE\", \"DE\"]"), "languages", io.github.foerderregeln.api.Language.class))
                .isNull();
        assertThat(tree.problems).containsExactly(new Problem("languages[1]", "repeats DE"));
    }
}
