package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate writes a reproducible corpus of valid application or settlement files for diffs and benchmarks. */
class GenerateCommandTest {
    @TempDir
    Path temp;

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesCountFilesThatAreAllValidApplications() throws IOException {
        Path dir = temp.resolve("corpus");

        CommandRun generated = run("generate", "--count", "120", "--seed", "7", dir.toString());

        assertThat(generated.exitStatus()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("Wrote 120 applications (seed 7)");
        List<Path> files = files(dir);
        assertThat(files).hasSize(120);
        assertThat(files.get(0).getFileName()).hasToString("corpus-7-000.json");
        List<String> args = new ArrayList<>(List.of("assess", "--format", "json"));
        files.forEach(f -> args.add(f.toString()));
        CommandRun assessed = run(args.toArray(String[]::new));
        assertThat(assessed.exitStatus()).as(assessed.err()).isZero();
        assertThat(assessed.err()).isEmpty();
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        run("generate", "--count", "20", "--seed", "7", temp.resolve("a").toString());
        run("generate", "--count", "20", "--seed", "7", temp.resolve("b").toString());
        run("generate", "--count", "20", "--seed", "8", temp.resolve("c").toString());

        for (int i = 0; i < 20; i++) {
            String name = String.format("corpus-7-%02d.json", i);
            assertThat(Files.readString(temp.resolve("a").resolve(name)))
                    .isEqualTo(Files.readString(temp.resolve("b").resolve(name)));
        }
        assertThat(Files.readString(temp.resolve("c/corpus-8-00.json")).replace("corpus-8-", "corpus-7-"))
                .isNotEqualTo(Files.readString(temp.resolve("a/corpus-7-00.json")));
    }

    @Test
    void withKindSettlementsWritesCountFilesThatSettleReadsAndSettles() throws IOException {
        Path dir = temp.resolve("settlements");

        CommandRun generated = run("generate", "--kind", "settlements", "--count", "60", "--seed", "7", dir.toString());

        assertThat(generated.exitStatus()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("Wrote 60 settlements (seed 7)");
        List<Path> files = files(dir);
        assertThat(files).hasSize(60);
        assertThat(files.get(0).getFileName()).hasToString("settlement-7-00.json");
        List<String> args = new ArrayList<>(List.of("settle", "--format", "json"));
        files.forEach(f -> args.add(f.toString()));
        CommandRun settled = run(args.toArray(String[]::new));
        assertThat(settled.exitStatus()).as(settled.err()).isZero();
        assertThat(settled.err()).isEmpty();
        assertThat(settled.out()).contains("settlement-7-00", "settlement-7-59");
    }

    @Test
    void theSameSeedWritesTheSameSettlementFiles() throws IOException {
        run("generate", "--kind", "SETTLEMENTS", "--count", "5", "--seed", "3", temp.resolve("a").toString());
        run("generate", "--kind", "settlements", "--count", "5", "--seed", "3", temp.resolve("b").toString());

        for (int i = 0; i < 5; i++) {
            String name = "settlement-3-" + i + ".json";
            assertThat(Files.readString(temp.resolve("a").resolve(name)))
                    .isEqualTo(Files.readString(temp.resolve("b").resolve(name)));
        }
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheKinds() {
        CommandRun run = run("generate", "--kind", "decisions", "--count", "3", temp.resolve("x").toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("--kind").contains("decisions").contains("APPLICATIONS, SETTLEMENTS");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void refusesADirectoryThatHoldsFiles() throws IOException {
        Files.writeString(temp.resolve("mine.json"), "{}");

        CommandRun run = run("generate", "--count", "3", temp.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("not an empty directory");
        assertThat(files(temp)).hasSize(1);
    }

    @Test
    void aCallTheRuleSetDoesNotKnowIsAUsageError() {
        CommandRun run = run("generate", "--count", "3", "--call", "no-such-call", temp.resolve("x").toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("--call no-such-call: unknown call (known: [rdz-lsa-2018])");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void aCountBelowOneIsAUsageError() {
        CommandRun run = run("generate", "--count", "0", temp.resolve("x").toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("--count must be between 1 and 10,000,000, not 0");
    }
}
