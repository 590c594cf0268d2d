package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.JarRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.JarRun.ROOT;
import static io.github.foerderregeln.examples.cli.JarRun.foerderregeln;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.drools.RunawayRule;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Hostile and careless input through the command line, run as a user runs it: the shaded jar in
 * a separate JVM with a small heap (128 MB unless a case says otherwise), so that a case that
 * needs unbounded memory fails instead of passing on a large machine. Every case gives the exit
 * status and the message docs/rules.md, "Invalid input", and docs/json-format.md, "Command line", promise,
 * the other files of the same run are still assessed, and no stack trace reaches the user. The
 * waits are a guard against a hang, never a measurement.
 *
 * <p>The application files of the cases are in {@code src/test/resources/hostile}; those that
 * cannot be files of the repository (devices, pipes, files of more than 1 MiB, bytes that are not
 * UTF-8, names with control characters) are made here.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class HostileInputIT {
    private static final String CASES = "rules-examples/src/test/resources/hostile/";
    private static final String MAX_BYTES = "1048576";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /**
     * Each case file of {@code hostile/applications} with the one line it must give on standard
     * error: amounts of more than 12 digits before the decimal point however written, and dates
     * outside the years 0001 to 9999 (docs/rules.md, "Invalid input").
     */
    private static final Map<String, String> APPLICATION_CASES = cases("""
            amount-1e999999999                | costs[0].amount: must have at most 12 digits before the decimal point (was 1E+999999999)
            amount-minus-1e999999999          | costs[0].amount: must have at most 12 digits before the decimal point (was -1E+999999999)
            amount-1e-999999999               | costs[0].amount: must have at most two decimals (was 1E-999999999)
            amount-1e10000000                 | costs[0].amount: must have at most 12 digits before the decimal point (was 1E+10000000)
            amount-1e13                       | costs[0].amount: must have at most 12 digits before the decimal point (was 10000000000000)
            amount-exponent-beyond-int        | costs[0].amount: must have at most 12 digits before the decimal point (was 1e99999999999)
            amount-thirteen-digits            | costs[0].amount: must have at most 12 digits before the decimal point (was 1000000000000.00)
            requested-1e999999999             | requestedGrant: must have at most 12 digits before the decimal point (was 1E+999999999)
            other-funding-minus-1e999999999   | otherFunding.thirdParty: must have at most 12 digits before the decimal point (was -1E+999999999)
            decision-date-plus-999999999      | decisionDate: must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "+999999999-12-31")
            start-plus-999999999              | project.start: must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "+999999999-01-01")
            start-year-0000                   | project.start: must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "0000-01-01")
            end-year-10000                    | project.end: must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "10000-01-01")
            end-minus-999999999               | project.end: must be a date as yyyy-MM-dd with a year from 0001 to 9999 (was "-999999999-01-01")
            """);

    private static Map<String, String> cases(String table) {
        Map<String, String> cases = new LinkedHashMap<>();
        table.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            int bar = line.indexOf('|');
            cases.put(CASES + "applications/" + line.substring(0, bar).strip() + ".json", line.substring(bar + 1).strip());
        });
        return cases;
    }

    private static List<String> assessedIds(String json) throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(json).forEach(assessment -> ids.add(assessment.get("applicationId").asText()));
        return ids;
    }

    // ------------------------------------------------------------------ application files

    @Test
    @DisplayName("Amounts and dates out of bounds: exit 2, one line each naming file and field, the valid files assessed")
    void everyAmountAndDateOutOfBoundsIsRefusedByItsFieldAndTheValidFilesAreAssessed() throws Exception {
        List<String> args = new ArrayList<>(List.of("assess", "--format", "json"));
        args.addAll(APPLICATION_CASES.keySet());
        args.add(HALDENSLEBEN);
        args.add(CASES + "valid-year-9999.json");

        JarRun run = foerderregeln(temp).args(args).run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(2);
        List<String> expected = APPLICATION_CASES.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        assertThat(run.errLines()).containsExactlyElementsOf(expected);
        // 9999-01-01 plus 24 months is no date overflow: the application of the last allowed year is assessed.
        assertThat(assessedIds(run.out())).containsExactly("haldensleben-2019", "year-9999");
    }

    @Test
    @DisplayName("Devices and pipes that never end, files over 1 MiB: refused after 1 MiB, the other file assessed")
    void filesThatAreTooLargeWhateverTheirKindAreRefusedAndTheOthersAssessed() throws Exception {
        Path fifo = temp.resolve("endless.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = endlessWriter(fifo);
        Path overLimit = temp.resolve("over-limit.json");
        sparse(overLimit, (1 << 20) + 1);
        Path huge = temp.resolve("huge.json");
        sparse(huge, 5L << 30);

        JarRun run = foerderregeln(temp, "assess", "--format", "json", "/dev/zero", "/dev/urandom", fifo.toString(),
                overLimit.toString(), huge.toString(), HALDENSLEBEN).run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "/dev/zero: $: the file has more than the " + MAX_BYTES + " bytes (1 MiB) allowed",
                "/dev/urandom: $: the file has more than the " + MAX_BYTES + " bytes (1 MiB) allowed",
                fifo + ": $: the file has more than the " + MAX_BYTES + " bytes (1 MiB) allowed",
                overLimit + ": $: the file has 1048577 bytes, more than the " + MAX_BYTES + " (1 MiB) allowed",
                huge + ": $: the file has 5368709120 bytes, more than the " + MAX_BYTES + " (1 MiB) allowed");
        assertThat(assessedIds(run.out())).containsExactly("haldensleben-2019");
        writer.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(writer.isAlive()).as("the pipe's writer is told that nobody reads any more").isFalse();
    }

    @Test
    void explainOfADeviceIsInvalidInput() throws Exception {
        JarRun run = foerderregeln(temp, "explain", "/dev/urandom").run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "/dev/urandom: $: the file has more than the " + MAX_BYTES + " bytes (1 MiB) allowed");
    }

    @Test
    @DisplayName("Malformed bytes and hostile JSON: refused with short, field-named errors, the other file assessed")
    void hostileJsonIsRefusedWithShortErrorsNamingTheField() throws Exception {
        String haldensleben = Files.readString(ROOT.resolve(HALDENSLEBEN), StandardCharsets.UTF_8);
        // Overlong UTF-8: C0 AE is a '.' written in two bytes, which UTF-8 forbids.
        byte[] valid = haldensleben.replace("Stadt Haldensleben", "Stadt XHaldensleben").getBytes(StandardCharsets.UTF_8);
        int x = indexOf(valid, (byte) 'X');
        byte[] overlong = new byte[valid.length + 1];
        System.arraycopy(valid, 0, overlong, 0, x);
        overlong[x] = (byte) 0xC0;
        overlong[x + 1] = (byte) 0xAE;
        System.arraycopy(valid, x + 1, overlong, x + 2, valid.length - x - 1);
        Path overlongFile = Files.write(temp.resolve("overlong.json"), overlong);
        StringBuilder keys = new StringBuilder(haldensleben.substring(0, haldensleben.lastIndexOf('}')));
        for (int i = 0; i < 60_000; i++) {
            keys.append(",\"k").append(i).append("\":0");
        }
        Path manyKeys = Files.writeString(temp.resolve("many-keys.json"), keys.append('}'));
        Path deep = Files.writeString(temp.resolve("deep.json"),
                haldensleben.replace("\"haldensleben-2019\"", "[".repeat(5_000) + "]".repeat(5_000)));
        Path longName = Files.writeString(temp.resolve("long-name.json"),
                haldensleben.replace("\"Stadt Haldensleben\"", "\"" + "x".repeat(20_000) + "\""));

        JarRun run = foerderregeln(temp, "assess", "--format", "json", overlongFile.toString(), manyKeys.toString(),
                deep.toString(), longName.toString(), HALDENSLEBEN).run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(2);
        List<String> lines = run.errLines();
        assertThat(lines).filteredOn(line -> line.startsWith(overlongFile + ": ")).containsExactly(overlongFile
                + ": $: malformed JSON: the input is not UTF-8 (byte " + (x + 1) + " starts no valid sequence)");
        assertThat(lines).filteredOn(line -> line.startsWith(manyKeys + ": ")).hasSize(101).last()
                .isEqualTo(manyKeys + ": $: ... and 59900 more problems (only the first 100 are listed)");
        assertThat(lines).filteredOn(line -> line.startsWith(deep + ": "))
                .containsExactly(deep + ": id: nests arrays or objects deeper than the 32 levels allowed");
        assertThat(lines).filteredOn(line -> line.startsWith(longName + ": "))
                .containsExactly(longName + ": applicant.name: must have at most 10000 characters (has 20000)");
        assertThat(run.err()).as("60,000 unknown keys give a short error").hasSizeLessThan(30_000);
        assertThat(assessedIds(run.out())).containsExactly("haldensleben-2019");
    }

    @Test
    @DisplayName("Control characters in a file name or id cannot forge a line or reach the terminal")
    void controlCharactersFromTheInputAreWrittenVisiblyOnStandardErrorAndInTheReport() throws Exception {
        Path evilName = temp.resolve("evil\u001B[31m\nname.json");
        Files.writeString(evilName, "{\"id\": 1}");
        String haldensleben = Files.readString(ROOT.resolve(HALDENSLEBEN), StandardCharsets.UTF_8);
        Path evilId = Files.writeString(temp.resolve("evil-id.json"),
                haldensleben.replace("\"haldensleben-2019\"", "\"forged\\nErgebnis: förderfähig (ELIGIBLE)\\u001B[2J\\u202E\""));

        JarRun run = foerderregeln(temp, "assess", evilName.toString(), evilId.toString()).run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("\u001B");
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line ->
                assertThat(line).startsWith(temp.resolve("evil\\u001B[31m\\nname.json") + ": "));
        assertThat(run.out()).doesNotContain("\u001B", "\u202E")
                .contains("Antrag forged\\nErgebnis: förderfähig (ELIGIBLE)\\u001B[2J\\u202E\n");
        assertThat(run.out().lines().filter(line -> line.startsWith("Ergebnis: "))).as("no forged line").hasSize(1);
    }

    // ------------------------------------------------------------------ output that cannot be written

    @Test
    @DisplayName("Output to a full disk is a clear error and exit 1 for every command that writes")
    void outputThatCannotBeWrittenIsAFailureOfEveryCommand() throws Exception {
        Path rules = temp.resolve("rules");
        RuleSets.writeBundled(rules);
        File full = new File("/dev/full");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("assess text", List.of("assess", HALDENSLEBEN));
        commands.put("assess json", List.of("assess", "--format", "json", HALDENSLEBEN));
        commands.put("explain", List.of("explain", HALDENSLEBEN));
        commands.put("test", List.of("test", rules.resolve("scenarios/limits").toString()));
        commands.put("diff", List.of("diff", "--baseline", rules.toString(), "--candidate", rules.toString(), HALDENSLEBEN));
        commands.put("generate", List.of("generate", "--count", "3", temp.resolve("corpus").toString()));
        commands.put("validate", List.of("validate", rules.toString()));

        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            JarRun run = foerderregeln(temp).args(command.getValue()).stdoutTo(full).run().withoutStackTrace();

            assertThat(run.exitStatus()).as(command.getKey()).isEqualTo(1);
            assertThat(run.errLines()).as(command.getKey()).containsExactly("foerderregeln: standard output cannot be"
                    + " written (a full disk, or no one reading it): the output is incomplete");
        }
    }

    @Test
    @DisplayName("An unwritable report file is exit 1 for test --junit as for diff --output")
    void anUnwritableReportFileIsTheSameFailureForTestAndDiff() throws Exception {
        Path rules = temp.resolve("rules");
        RuleSets.writeBundled(rules);
        Path directory = Files.createDirectories(temp.resolve("a-directory"));

        JarRun test = foerderregeln(temp, "test", "--junit", directory.toString(), rules.resolve("scenarios/limits").toString())
                .run().withoutStackTrace();
        JarRun diff = foerderregeln(temp, "diff", "--output", directory.toString(), "--baseline", rules.toString(),
                "--candidate", rules.toString(), HALDENSLEBEN).run().withoutStackTrace();

        assertThat(test.exitStatus()).isEqualTo(1).isEqualTo(diff.exitStatus());
        assertThat(test.errLines()).singleElement().asString().startsWith("foerderregeln: " + directory + ": cannot write the JUnit report");
        assertThat(diff.errLines()).singleElement().asString().startsWith("foerderregeln: " + directory + ": cannot write the report");
    }

    // ------------------------------------------------------------------ scenarios

    @Test
    @DisplayName("A scenario whose base is /dev/zero is broken, the others still run; odd names keep the JUnit XML valid")
    void aScenarioOnADeviceIsBrokenAndTheOthersRunWithAValidReport() throws Exception {
        Path rules = temp.resolve("rules");
        RuleSets.writeBundled(rules);
        Path suite = rules.resolve("scenarios");
        Path device = Files.writeString(suite.resolve("device.scenario.json"),
                "{\"scenario\": \"a base that never ends\", \"base\": \"/dev/zero\", \"expect\": {\"invalidFields\": [\"$\"]}}");
        Files.writeString(suite.resolve("odd-name.scenario.json"), """
                {"scenario": "bell\\u0007 escape\\u001B[31m lone \\uD800 newline\\n end",
                 "base": "bases/eligible-gemeinde.json", "expect": {"invalidFields": ["id"]}}
                """);
        Path report = temp.resolve("report.xml");

        JarRun run = foerderregeln(temp, "test", "--junit", report.toString(), suite.toString()).run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out()).contains("BROKEN " + device + ": device.scenario.json\n",
                "    base: /dev/zero has more than the " + MAX_BYTES + " bytes (1 MiB) allowed\n",
                "FAIL " + suite.resolve("odd-name.scenario.json") + ": bell\\u0007 escape\\u001B[31m lone \\uD800 newline\\n end\n")
                .doesNotContain("\u001B", "\u0007")
                .containsPattern("\\d+ scenarios: \\d+ passed, 1 failed, 1 broken\\n$");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element suiteElement = factory.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        assertThat(suiteElement.getAttribute("failures")).isEqualTo("1");
        assertThat(suiteElement.getAttribute("errors")).isEqualTo("1");
    }

    // ------------------------------------------------------------------ rule directories

    /** The bundled rules and one that never comes to an end. */
    private Path runawayRules() throws IOException {
        Path rules = temp.resolve("runaway");
        RuleSets.writeBundled(rules);
        RunawayRule.addTo(rules);
        return rules;
    }

    @Test
    @DisplayName("A runaway rule ends assess, test and diff within seconds, exit 1, the rule named, no stack trace")
    void aRunawayRuleEndsEveryCommandWithTheRuleNamed() throws Exception {
        Path runaway = runawayRules();
        Path bundled = temp.resolve("bundled");
        RuleSets.writeBundled(bundled);
        String named = "the rule \"" + RunawayRule.NAME + "\" (TEST-LOOP) in rdz.runaway fired";

        JarRun assess = foerderregeln(temp, "assess", "--rules", runaway.toString(), HALDENSLEBEN).run().withoutStackTrace();
        JarRun test = foerderregeln(temp, "test", "--rules", runaway.toString(),
                runaway.resolve("scenarios/limits/requested-equal-to-rate.scenario.json").toString()).run().withoutStackTrace();
        JarRun diff = foerderregeln(temp, "diff", "--baseline", bundled.toString(), "--candidate", runaway.toString(),
                HALDENSLEBEN).run().withoutStackTrace();

        assertThat(assess.exitStatus()).isEqualTo(1);
        assertThat(assess.errLines()).singleElement().asString()
                .startsWith("foerderregeln: " + HALDENSLEBEN + ": internal failure: the rules did not come to an end on"
                        + " application haldensleben-2019")
                .contains("more than 100000 rule firings", named);
        assertThat(test.exitStatus()).isEqualTo(1);
        assertThat(test.out()).contains("BROKEN ", "the rules failed: the rules did not come to an end", named);
        assertThat(diff.exitStatus()).isEqualTo(1);
        assertThat(diff.err()).contains("internal failure: the rules did not come to an end", named);
    }

    @Test
    void aLowerBoundIsASystemProperty() throws Exception {
        JarRun run = foerderregeln(temp, "assess", "--rules", runawayRules().toString(), HALDENSLEBEN)
                .systemProperty("foerderregeln.maxRuleFirings", "500").run().withoutStackTrace();

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).contains("more than 500 rule firings");
    }

    @Test
    @DisplayName("validate refuses an empty directory, calls without rules and absurd parameters, with file and line")
    void validateRefusesRuleSetsThatCannotDecide() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path callsOnly = temp.resolve("calls-only");
        RuleSets.writeBundled(callsOnly);
        try (Stream<Path> drl = Files.walk(callsOnly)) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.delete(file);
            }
        }
        Path absurd = temp.resolve("absurd");
        RuleSets.writeBundled(absurd);
        Path call = absurd.resolve("calls/rdz-lsa-2018.json");
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": 1e-999999999"));

        JarRun emptyRun = foerderregeln(temp, "validate", empty.toString()).run().withoutStackTrace();
        JarRun callsOnlyRun = foerderregeln(temp, "validate", callsOnly.toString()).run().withoutStackTrace();
        JarRun absurdRun = foerderregeln(temp, "validate", absurd.toString()).run().withoutStackTrace();

        assertThat(emptyRun.exitStatus()).isEqualTo(1);
        assertThat(emptyRun.out()).contains(empty.resolve("calls") + ":0:0: error: the rule set has no call data",
                empty.resolve(".") + ":0:0: error: the rule set has no rules");
        assertThat(callsOnlyRun.exitStatus()).isEqualTo(1);
        assertThat(callsOnlyRun.out()).contains(": error: the rule set has no rules (no .drl file)");
        assertThat(absurdRun.exitStatus()).isEqualTo(1);
        assertThat(absurdRun.out()).containsPattern(java.util.regex.Pattern.quote(call.toString())
                + ":7:\\d+: error: parameters.fundingRate\\[0]\\.value: must have at most 6 decimals \\(was 1E-999999999\\)");
    }

    @Test
    void aLargeFileBesideTheRulesIsNeverRead() throws Exception {
        Path rules = temp.resolve("rules");
        RuleSets.writeBundled(rules);
        sparse(rules.resolve("exports/all-applications.json"), 8L << 30);

        JarRun run = foerderregeln(temp, "assess", "--rules", rules.toString(), HALDENSLEBEN).run().withoutStackTrace();

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Ergebnis: förderfähig (ELIGIBLE)");
    }

    // ------------------------------------------------------------------ generate, interrupted

    @Test
    @DisplayName("Stopping generate leaves only complete files: each is moved in whole, none is cut")
    void generateStoppedHalfWayLeavesOnlyCompleteFiles() throws Exception {
        Path corpus = temp.resolve("corpus");
        Process process = foerderregeln(temp, "generate", "--count", "1000000", corpus.toString()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (count(corpus) < 200 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            process.destroy();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(200).allSatisfy(file ->
                assertThat(file.getFileName().toString()).matches("corpus-1-\\d{6}\\.json"));
        ApplicationJson reader = new ApplicationJson(Set.of("rdz-lsa-2018"));
        for (Path file : files) {
            assertThat(reader.read(file).id()).isEqualTo(file.getFileName().toString().replace(".json", ""));
        }
    }

    private static long count(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.count();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A pipe writer that writes for ever, until the reader closes its end. */
    private static Thread endlessWriter(Path fifo) {
        Thread writer = new Thread(() -> {
            byte[] chunk = " ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the reader closed the pipe
            }
        }, "endless writer");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    /** A file of {@code size} bytes that takes no room on the disk. */
    private static void sparse(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no " + value);
    }

    static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }
}
