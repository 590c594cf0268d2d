package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the README shows a newcomer is what the code is and what the command prints. */
class ReadmeTest {
    private static final Path README = Path.of("../README.md");
    private static final Path EXAMPLE =
            Path.of("src/main/java/io/github/foerderregeln/examples/EmbeddingExample.java");
    /** The rule set's identity carries a hash of its files; any rule edit changes it, not the report's meaning. */
    private static final Pattern RULE_SET_HASH = Pattern.compile("bundled@[0-9a-f]{12}");

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    @Test
    void theReadmeShowsTheEmbeddingExampleUnchanged() throws IOException {
        String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8).strip();

        assertThat(readme()).contains("```java\n" + source + "\n```");
    }

    @Test
    void theReadmeSampleOutputIsWhatAssessPrintsForHaldensleben() throws IOException {
        Matcher block = Pattern.compile("```text\n(={80}\nApplication haldensleben-2019\n.*?)\n```", Pattern.DOTALL)
                .matcher(readme());
        assertThat(block.find()).as("a text block with the Haldensleben report in the README").isTrue();

        CommandRun run = CommandRun.run("assess", "--lang", "en", CommandRun.HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        String printed = run.out().replace(CommandRun.HALDENSLEBEN.toString(), "examples/applications/haldensleben-2019.json");
        assertThat(withoutHash(printed.strip())).isEqualTo(withoutHash(block.group(1)));
    }

    @Test
    void theReadmeExplanationIsWhatExplainPrintsForTheProjectThatIsTooLong() throws IOException {
        Matcher block = Pattern.compile("```text\n(={80}\nApplication ineligible-project-too-long\n.*?)\n```", Pattern.DOTALL)
                .matcher(readme());
        assertThat(block.find()).as("a text block with the explanation in the README").isTrue();
        String file = "../examples/applications/ineligible-project-too-long.json";

        CommandRun run = CommandRun.run("explain", "--lang", "en", file);

        assertThat(run.exitStatus()).isZero();
        String printed = run.out().replace(file, "examples/applications/ineligible-project-too-long.json");
        assertThat(withoutHash(printed.strip())).isEqualTo(withoutHash(block.group(1)));
        assertThat(readme()).contains("```sh\njava -jar rules-examples/target/foerderregeln.jar explain --lang en"
                + " examples/applications/ineligible-project-too-long.json\n```");
    }

    @Test
    void theReadmeCommandsAreTheOnesCiAndNewcomersRun() throws IOException {
        String ci = Files.readString(Path.of("../.ci/run"), StandardCharsets.UTF_8);

        assertThat(readme()).contains("```sh\nmvn -B -ntp verify\n```")
                .contains("```sh\nmvn -B -ntp -DskipTests package && java -jar rules-examples/target/foerderregeln.jar"
                        + " assess examples/applications/*.json\n```");
        assertThat(ci).contains("mvn -B -ntp verify");
    }

    private static String withoutHash(String text) {
        return RULE_SET_HASH.matcher(text).replaceAll("bundled@<hash>");
    }
}
