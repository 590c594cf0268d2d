package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.JarRun.foerderregeln;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess} writes each assessment as it is made, so that its memory does not grow with the
 * number of files: 2,000 application files of about 1 MiB, each with 999 cost items of a category
 * the call does not fund (999 findings), assessed in one run with {@code --format json} in a heap
 * of 512 MB. Keeping the assessments until the end needs several gigabytes; here the run must end
 * normally with one JSON array of 2,000 assessments, read as it streams and never held whole.
 *
 * <p>The files are made in {@code target/} at test time: 40 distinct applications, each reached
 * by 50 hard links, so that 2,000 files are read, parsed and assessed one by one without 2 GB on
 * the disk.
 */
class LargeRunIT {
    private static final int DISTINCT = 40;
    private static final int LINKS = 50;
    private static final int NOT_FUNDED_ITEMS = 999;

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path temp;

    @Test
    @DisplayName("assess --format json over 2,000 files of 1 MiB with 999 findings each runs in 512 MB")
    void twoThousandLargeFilesAreAssessedInAFiveHundredTwelveMegabyteHeap() throws Exception {
        Path target = Path.of(System.getProperty("foerderregeln.target", "target"));
        Path dir = Files.createDirectories(target.resolve("large-run"));
        List<String> args = new ArrayList<>(List.of("assess", "--format", "json", "--lang", "en"));
        List<String> expectedIds = new ArrayList<>();
        try {
            for (int d = 0; d < DISTINCT; d++) {
                String id = "large-" + d;
                Path original = dir.resolve(id + ".json");
                byte[] json = application(id);
                assertThat(json.length).isBetween(1_000_000, 1 << 20);
                Files.write(original, json);
                for (int l = 0; l < LINKS; l++) {
                    Path link = dir.resolve(id + "-" + l + ".json");
                    Files.deleteIfExists(link);
                    Files.createLink(link, original);
                    args.add(link.toAbsolutePath().toString());
                    expectedIds.add(id);
                }
            }
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            List<Integer> findings = Collections.synchronizedList(new ArrayList<>());
            AtomicReference<Throwable> readFailure = new AtomicReference<>();

            JarRun run = foerderregeln(temp).args(args).heap("512m")
                    .stdoutReadBy(in -> read(in, ids, findings, readFailure)).run().withoutStackTrace();

            assertThat(run.exitStatus()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(readFailure.get()).as("standard output is one JSON array").isNull();
            assertThat(ids).containsExactlyElementsOf(expectedIds);
            assertThat(findings).hasSize(DISTINCT * LINKS).containsOnly(NOT_FUNDED_ITEMS);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * An application of about 1 MiB: one personnel item the call funds, 999 investment items it
     * does not (a finding each), padded with whitespace between the items.
     */
    private static byte[] application(String id) {
        StringBuilder costs = new StringBuilder("[\n    { \"category\": \"PERSONNEL\", \"amount\": \"100000.00\" }");
        String padding = " ".repeat(950);
        for (int i = 1; i <= NOT_FUNDED_ITEMS; i++) {
            costs.append(",\n").append(padding)
                    .append("{ \"category\": \"INVESTMENT\", \"amount\": \"1.00\", \"description\": \"Item ").append(i).append("\" }");
        }
        costs.append("\n  ]");
        String json = """
                {
                  "id": "%s",
                  "call": "rdz-lsa-2018",
                  "decisionDate": "2019-01-16",
                  "applicant": { "name": "Stadt Haldensleben", "legalForm": "GEMEINDE", "state": "ST", "district": "Börde" },
                  "project": { "start": "2019-01-16", "end": "2020-12-31", "tasks": ["BUNDLING"],
                               "partners": ["BUSINESS"], "sustainabilityConcept": true },
                  "costs": %s,
                  "requestedGrant": "80000.00",
                  "boardVote": "POSITIVE"
                }
                """.formatted(id, costs);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the array as it streams: the id of each assessment and its number of RDZ-COST-CATEGORY
     * findings; one token at a time, so that the test holds no more than the command.
     */
    private static void read(InputStream in, List<String> ids, List<Integer> findings, AtomicReference<Throwable> failure) {
        try (JsonParser json = new JsonFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("standard output does not start with an array");
            }
            JsonToken token;
            while ((token = json.nextToken()) == JsonToken.START_OBJECT) {
                int costFindings = 0;
                int depth = 1;
                String field = null;
                while (depth > 0) {
                    token = json.nextToken();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        depth++;
                    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        depth--;
                    } else if (token == JsonToken.FIELD_NAME) {
                        field = json.currentName();
                    } else if (token == JsonToken.VALUE_STRING && depth == 1 && "applicationId".equals(field)) {
                        ids.add(json.getText());
                    } else if (token == JsonToken.VALUE_STRING && depth == 3 && "ruleId".equals(field)
                            && "RDZ-COST-CATEGORY".equals(json.getText())) {
                        costFindings++;
                    }
                }
                findings.add(costFindings);
            }
            if (token != JsonToken.END_ARRAY || json.nextToken() != null) {
                throw new IOException("standard output holds more than one array");
            }
        } catch (IOException | RuntimeException e) {
            failure.set(e);
            try {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                throw new UncheckedIOException(ignored);
            }
        }
    }
}
