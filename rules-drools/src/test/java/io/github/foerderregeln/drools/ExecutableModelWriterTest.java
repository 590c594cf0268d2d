package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The executable model's jar is the same bytes in every build (.ci/reproducible-build checks the whole build). */
class ExecutableModelWriterTest {
    private static final Instant OUTPUT = Instant.parse("2026-12-02T00:00:00Z");

    private static byte[] zip(Instant time, String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                entry.setLastModifiedTime(FileTime.from(time));
                out.putNextEntry(entry);
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void entriesInAnotherOrderAndWithAnotherTimeGiveTheSameBytes() throws IOException {
        byte[] first = ExecutableModelWriter.normalized(
                zip(Instant.parse("2026-12-02T01:02:03Z"), "b/B.class", "bee", "a/A.class", "ay"), OUTPUT);
        byte[] second = ExecutableModelWriter.normalized(
                zip(Instant.parse("2027-05-06T07:08:09Z"), "a/A.class", "ay", "b/B.class", "bee"), OUTPUT);

        assertThat(first).isEqualTo(second);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName() + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(entry.getTimeLocal()).isEqualTo(java.time.LocalDateTime.parse("2026-12-02T00:00:00"));
            }
        }
        assertThat(names).containsExactly("a/A.class=ay", "b/B.class=bee");
    }

    @Test
    void theOutputTimestampIsReadAsMavenWritesIt() {
        assertThat(ExecutableModelWriter.timestamp("2026-12-02T00:00:00Z")).isEqualTo(OUTPUT);
        assertThat(ExecutableModelWriter.timestamp(Long.toString(OUTPUT.getEpochSecond()))).isEqualTo(OUTPUT);
    }
}
