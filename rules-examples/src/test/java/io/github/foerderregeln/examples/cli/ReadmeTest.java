package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theReadmeDiffWalkthroughPrintsTheSummaryItShowsForTheBundledExamples(@TempDir Path temp) throws IOException {
        String readme = readme();
        Matcher block = Pattern.compile("The first diff, over the bundled examples.*?```text\n(.*?)\n```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("the summary of the examples' diff in the README").isTrue();
        Matcher sed = Pattern.compile("\nsed -i\\.orig -e 's/([^/]*)/([^/]*)/' -e 's/([^/]*)/([^/]*)/' "
                + "policy/candidate/calls/rdz-lsa-2018\\.json\n").matcher(readme);
        assertThat(sed.find()).as("the README's sed line").isTrue();
        Path baseline = temp.resolve("policy/baseline");
        Path candidate = temp.resolve("policy/candidate");
        assertThat(CommandRun.run("init-rules", baseline.toString()).exitStatus()).isZero();
        assertThat(CommandRun.run("init-rules", candidate.toString()).exitStatus()).isZero();
        // The two substitutions as sed makes them: the first match on each line, here one line each.
        Path call = candidate.resolve("calls/rdz-lsa-2018.json");
        String text = Files.readString(call, StandardCharsets.UTF_8);
        for (int edit = 0; edit < 2; edit++) {
            String from = sed.group(1 + 2 * edit);
            assertThat(text).contains(from);
            text = text.replace(from, sed.group(2 + 2 * edit));
        }
        Files.writeString(call, text, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.run("diff", "--lang", "en", "--baseline", baseline.toString(), "--candidate",
                candidate.toString(), "../examples/applications");

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String shown = block.group(1);
        String printed = String.join("\n", run.out().lines().limit(shown.lines().count()).toList());
        assertThat(withoutRuleSetHashes(printed)).isEqualTo(withoutRuleSetHashes(shown));
    }

    private static String withoutRuleSetHashes(String text) {
        return text.replaceAll("@[0-9a-f]{12}", "@<hash>");
    }

    private static String withoutHash(String text) {
        return RULE_SET_HASH.matcher(text).replaceAll("bundled@<hash>");
    }

    @Test
    void theReadmeScenarioExamplePassesNextToTheBundledBases(@TempDir Path temp) throws IOException {
        Matcher block = Pattern.compile("```json\n(\\{\n  \"scenario\".*?)\n```", Pattern.DOTALL).matcher(readme());
        assertThat(block.find()).as("a JSON block with a scenario in the README").isTrue();
        Path rules = temp.resolve("rules");
        assertThat(CommandRun.run("init-rules", rules.toString()).exitStatus()).isZero();
        Path scenario = rules.resolve("scenarios/limits/readme-example.scenario.json");
        Files.writeString(scenario, block.group(1), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.run("test", scenario.toString());

        assertThat(run.out()).startsWith("PASS " + scenario + ": ");
        assertThat(run.exitStatus()).isZero();
    }
}
