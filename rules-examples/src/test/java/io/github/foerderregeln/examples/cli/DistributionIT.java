package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user installs it (docs/distribution.md): the .tar.gz unpacked with
 * {@code tar}, {@code bin/foerderregeln} run directly, with nothing on the PATH but the system's
 * tools and a JDK given by JAVA_HOME.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
    private static final String VERSION = System.getProperty("foerderregeln.version", "0.1.0-SNAPSHOT");
    private static final Path ZIP = Path.of(System.getProperty("foerderregeln.distribution",
            "target/foerderregeln-" + VERSION + ".zip"));
    private static final Path TAR = Path.of(ZIP.toString().replaceFirst("\\.zip$", ".tar.gz"));

    @TempDir
    static Path installed;

    private static Path home;

    /** A finished process: exit status, standard output, standard error. */
    private record Run(int exitStatus, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        Process tar = new ProcessBuilder("tar", "xzf", TAR.toAbsolutePath().toString(), "-C", installed.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        home = installed.resolve("foerderregeln-" + VERSION);
    }

    private static Run foerderregeln(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/foerderregeln").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        // Only the system's tools and a JDK: what a clean machine has.
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("LANG", "C.UTF-8");
        Path out = Files.createTempFile(installed, "out", ".txt");
        Path err = Files.createTempFile(installed, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("foerderregeln finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theArchivesHoldTheLaunchersTheJarTheLicencesAndTheExamples() throws IOException {
        assertThat(home.resolve("bin/foerderregeln")).isExecutable();
        assertThat(home.resolve("bin/foerderregeln.bat")).isRegularFile();
        assertThat(home.resolve("lib/foerderregeln.jar")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(Files.readString(home.resolve("THIRD-PARTY.txt"))).contains("org.eclipse.jdt:ecj", "Eclipse Public License - v 2.0",
                "com.thoughtworks.xstream:xstream", "org.antlr:antlr-runtime", "org.drools:drools-core");
        assertThat(home.resolve("examples/applications/haldensleben-2019.json")).isRegularFile();
        // The examples name their schema relatively: it must be where they point.
        assertThat(home.resolve("schemas/application.schema.json")).isRegularFile();
        assertThat(home.resolve("schemas/scenario.schema.json")).isRegularFile();
        assertThat(home.resolve("schemas/settlement.schema.json")).isRegularFile();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).contains(
                    "foerderregeln-" + VERSION + "/bin/foerderregeln", "foerderregeln-" + VERSION + "/bin/foerderregeln.bat",
                    "foerderregeln-" + VERSION + "/lib/foerderregeln.jar", "foerderregeln-" + VERSION + "/THIRD-PARTY.txt");
        }
    }

    @Test
    void theJarMergesEveryNoticeAndKeepsEveryLicence() throws IOException {
        try (JarFile jar = new JarFile(home.resolve("lib/foerderregeln.jar").toFile())) {
            String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), StandardCharsets.UTF_8);
            String licence = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(), StandardCharsets.UTF_8);
            String thirdParty = new String(jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(notice).contains("Drools :: Core", "Jackson", "Apache Commons Codec");
            assertThat(licence.split("Apache License", -1).length).as("Apache licence texts").isGreaterThan(2);
            assertThat(thirdParty).contains("org.eclipse.jdt:ecj");
            assertThat(jar.getEntry("META-INF/FOERDERREGELN-LICENSE")).isNotNull();
        }
    }

    @Test
    void theLauncherAssessesAnExampleFromAnyDirectoryWithNothingOnStandardError() throws Exception {
        Run run = foerderregeln(installed, "assess", home.resolve("examples/applications/haldensleben-2019.json").toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ergebnis: förderfähig (ELIGIBLE)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theLauncherAssessesADirectoryAndNamesTheVersions() throws Exception {
        Run assess = foerderregeln(home, "assess", "--format", "json", "examples/applications");
        Run version = foerderregeln(home, "--version");

        assertThat(assess.out()).startsWith("[").contains("haldensleben-2019");
        assertThat(version.exitStatus()).isZero();
        assertThat(version.out()).startsWith("foerderregeln " + VERSION + "\n").contains("Rule set ", "Drools ");
        assertThat(version.err()).isEmpty();
    }

    @Test
    void initRulesHintsAtTheInstalledCommand() throws Exception {
        Run run = foerderregeln(installed, "init-rules", "my-rules");

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("Check it with: foerderregeln validate my-rules");
    }
}
