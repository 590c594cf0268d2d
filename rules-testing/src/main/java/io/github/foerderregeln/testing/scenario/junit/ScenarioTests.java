package io.github.foerderregeln.testing.scenario.junit;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.scenario.ScenarioResult;
import io.github.foerderregeln.testing.scenario.ScenarioRunner;
import io.github.foerderregeln.testing.scenario.Scenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A folder of scenario files as JUnit 5 dynamic tests: a container per folder, a test per
 * scenario file, named by its sentence; a file of a list is a container of its own, named by the
 * file, with a test per element. In a test class of your build:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.in(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * <p>A failing scenario fails its test with an {@link AssertionFailedError} listing each
 * difference; a broken file fails it with the problems and their JSON paths.
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /** The scenarios under {@code directory}, run against the bundled rules ({@link FundingRules#load()}). */
    public static Stream<DynamicNode> in(Path directory) {
        return in(directory, FundingRules.load());
    }

    /**
     * The scenarios under {@code directory}, run against {@code rules}.
     *
     * @throws IllegalArgumentException when {@code directory} is no folder or holds no scenario file
     */
    public static Stream<DynamicNode> in(Path directory, FundingRules rules) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a folder of scenario files");
        }
        ScenarioRunner runner = new ScenarioRunner(rules);
        List<DynamicNode> nodes = nodes(directory, runner);
        if (nodes.isEmpty()) {
            // A mistyped folder must not pass as a suite of no tests.
            throw new IllegalArgumentException("no scenario files (*" + Scenarios.SUFFIX + ") under " + directory);
        }
        return nodes.stream();
    }

    private static List<DynamicNode> nodes(Path folder, ScenarioRunner runner) {
        List<DynamicNode> nodes = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                List<DynamicNode> children = nodes(entry, runner);
                if (!children.isEmpty()) {
                    nodes.add(DynamicContainer.dynamicContainer(entry.getFileName().toString(), entry.toUri(), children.stream()));
                }
            } else if (entry.getFileName().toString().endsWith(Scenarios.SUFFIX)) {
                nodes.add(file(entry, runner));
            }
        }
        return nodes;
    }

    private static DynamicNode file(Path file, ScenarioRunner runner) {
        List<Scenarios.Entry> entries;
        try {
            entries = Scenarios.entries(file);
        } catch (IOException e) {
            // A file that cannot be read is still a test, and it fails.
            return DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> check(runner.runEach(file).get(0)));
        }
        if (entries.get(0).index() == null) {
            return test(entries.get(0), runner);
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
                entries.stream().map(entry -> test(entry, runner)));
    }

    private static DynamicTest test(Scenarios.Entry entry, ScenarioRunner runner) {
        return DynamicTest.dynamicTest(entry.name(), entry.file().toUri(), () -> check(runner.run(entry)));
    }

    private static void check(ScenarioResult result) {
        if (!result.passed()) {
            throw new AssertionFailedError(result.where() + ": " + result.name() + " ("
                    + (result.status() == ScenarioResult.Status.FAILED ? "failed" : "broken") + ")\n  "
                    + String.join("\n  ", result.differences()));
        }
    }
}
