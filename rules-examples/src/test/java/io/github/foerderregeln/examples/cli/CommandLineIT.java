package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.InvalidInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it: {@code java -jar foerderregeln.jar} in a fresh JVM, from the
 * repository root. Standard output must hold the report and nothing else, so that it can be
 * piped: no SLF4J or Drools line may reach it.
 */
class CommandLineIT {
    private static final Path JAR = Path.of(System.getProperty("foerderregeln.jar", "target/foerderregeln.jar"));
    private static final Path ROOT = Path.of(System.getProperty("foerderregeln.root", ".."));
    private static final String HALDENSLEBEN = "examples/applications/haldensleben-2019.json";
    private static final String INVALID = "rules-examples/src/test/resources/invalid/";

    @TempDir
    Path temp;

    /** A finished process: exit status, standard output, standard error. */
    private record Run(int exitStatus, String out, String err) {
    }

    private Run foerderregeln(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(FoerderregelnCommand.DEBUG_VARIABLE);
        Process process = builder.start();
        // A guard against a hanging process, not a timing assertion.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("foerderregeln " + String.join(" ", args) + " did not end");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theTextReportOfHaldenslebenIsAllThereIsOnStandardOutput() throws Exception {
        Run run = foerderregeln("assess", HALDENSLEBEN);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
        // The report opens with its frame: no log line before it.
        assertThat(run.out()).startsWith("=".repeat(TextReport.WIDTH) + "\n" + "Antrag haldensleben-2019\n");
        // 0.80 x 212,900.00 = 170,320.00, written the German way, in UTF-8 whatever the platform charset.
        assertThat(run.out()).contains("Ergebnis: förderfähig (ELIGIBLE)", "Zuwendung: 170.320,00 EUR", "Förderquote");
        assertThat(run.out()).doesNotContain("SLF4J", "org.drools", "org.kie", "[main]");
    }

    @Test
    void theJsonOfManyFilesIsOneArrayAndNothingElseEvenWhenTheEngineWarmsUp() throws Exception {
        // Drools compiles hot constraints after some twenty evaluations and logs about it: forty
        // assessments make sure that happens within the run.
        String[] args = new String[43];
        args[0] = "assess";
        args[1] = "--format";
        args[2] = "json";
        for (int i = 3; i < args.length; i++) {
            args[i] = HALDENSLEBEN;
        }

        Run run = foerderregeln(args);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.err()).isEmpty();
        // Parsing fails on anything but the one array, trailing log lines included.
        JsonNode array = AssessCommandTest.parse(run.out());
        assertThat(array).hasSize(40);
        assertThat(array).allSatisfy(assessment -> {
            assertThat(assessment.get("outcome").asText()).isEqualTo("ELIGIBLE");
            assertThat(assessment.get("amounts").get("grant").decimalValue()).isEqualByComparingTo("170320.00");
        });
    }

    @Test
    void anInvalidFileExitsTwoNamingFileAndFieldWithoutStackTraceAndTheValidOneIsStillAssessed() throws Exception {
        String invalid = INVALID + "zero-cost-item.json";

        Run run = foerderregeln("assess", "--format", "json", invalid, HALDENSLEBEN);

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(invalid + ": costs[0].amount: must be greater than 0 (was 0.00)");
        assertNoStackTrace(run.err());
        JsonNode array = AssessCommandTest.parse(run.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("applicationId").asText()).isEqualTo("haldensleben-2019");
    }

    @Test
    void malformedJsonAndAMissingFileAreInvalidInputWithoutStackTrace() throws Exception {
        String malformed = INVALID + "malformed-json.json";
        String missing = INVALID + "no-such-application.json";

        Run run = foerderregeln("assess", malformed, missing);

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains(malformed + ": $: malformed JSON", missing + ": no such file");
        assertNoStackTrace(run.err());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wrongUsageExitsTwoWithTheUsageOnStandardError() throws Exception {
        Run run = foerderregeln("assess", "--frobnicate", HALDENSLEBEN);

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--frobnicate'").contains("Usage: foerderregeln assess");
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run.err());
    }

    @Test
    void versionPrintsTheVersionOfTheBuild() throws Exception {
        Run run = foerderregeln("--version");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out().lines().findFirst()).hasValue("foerderregeln " + System.getProperty("foerderregeln.version"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateOfABrokenCopyPrintsOnlyItsOwnLinesNotDroolsLog() throws Exception {
        Path rules = temp.resolve("rules");
        assertThat(foerderregeln("init-rules", rules.toString()).exitStatus()).isZero();
        Path limits = rules.resolve("rdz/limits/limits.drl");
        Files.writeString(limits, Files.readString(limits, StandardCharsets.UTF_8)
                .replace("    CallTerms($ceiling : maxGrant)", "    CallTerms($ceiling : maximumGrant)"), StandardCharsets.UTF_8);

        Run run = foerderregeln("validate", rules.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(line -> !line.startsWith(rules.toString())).toList()).isEmpty();
        assertThat(run.out()).contains(limits + ":").contains(": error: ");
    }

    @Test
    void theShippedScenarioSuitePassesOnTheJarAndAFailingOneExitsOneWithAJUnitReport() throws Exception {
        Path rules = temp.resolve("rules");
        assertThat(foerderregeln("init-rules", rules.toString()).exitStatus()).isZero();
        // Break one expectation on purpose: 0.80 x 100,000.00 = 80,000.00 is right, 80,001.00 is not.
        Path scenario = rules.resolve("scenarios/limits/requested-equal-to-rate.scenario.json");
        Files.writeString(scenario, Files.readString(scenario, StandardCharsets.UTF_8)
                .replace("\"grant\": \"80000.00\"", "\"grant\": \"80001.00\""), StandardCharsets.UTF_8);
        Path report = temp.resolve("scenarios.xml");

        Run run = foerderregeln("test", "--junit", report.toString(), rules.resolve("scenarios").toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("FAIL " + scenario + ": ", "    grant: expected 80001.00, got 80000.00")
                .containsPattern("\\d+ scenarios: \\d+ passed, 1 failed\\n$");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("failures=\"1\"");
    }

    @Test
    void aDiffOfTwoCopiesOfTheBundledRulesIsPureJsonThatFindsNoChange() throws Exception {
        Path baseline = temp.resolve("baseline");
        Path candidate = temp.resolve("candidate");
        assertThat(foerderregeln("init-rules", baseline.toString()).exitStatus()).isZero();
        assertThat(foerderregeln("init-rules", candidate.toString()).exitStatus()).isZero();
        long files;
        try (var list = Files.list(ROOT.resolve("examples/applications"))) {
            files = list.filter(f -> f.toString().endsWith(".json")).count();
        }

        Run run = foerderregeln("diff", "--format", "json", "--baseline", baseline.toString(), "--candidate",
                candidate.toString(), "examples/applications");

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.err()).as("no progress bar, no log line: standard error is not a terminal").isEmpty();
        // Two rule directories compiled in one JVM, and still no Drools line before the JSON.
        assertThat(run.out()).startsWith("{");
        JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("summary");
        assertThat(summary.get("applications").asLong()).isEqualTo(files);
        assertThat(summary.get("assessed").asLong()).isEqualTo(files);
        assertThat(summary.get("changed").asLong()).isZero();
        assertThat(summary.get("totalGrantChange").decimalValue()).isEqualByComparingTo("0.00");
    }
}
