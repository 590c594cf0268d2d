package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The shaded jar run as a user runs it: {@code java -Xmx... -jar foerderregeln.jar ARGS} in a
 * fresh JVM from the repository root, with a small heap as the bound on its memory (a command
 * that needs more ends in an out-of-memory failure, exit 1) and a generous wait as a guard
 * against a hang (not a measurement).
 *
 * @param exitStatus the exit status
 * @param out standard output, unless it was sent elsewhere
 * @param err standard error
 * @param elapsed how long the process ran
 */
record JarRun(int exitStatus, String out, String err, Duration elapsed) {
    static final Path JAR = Path.of(System.getProperty("foerderregeln.jar", "target/foerderregeln.jar"));
    static final Path ROOT = Path.of(System.getProperty("foerderregeln.root", ".."));
    /** The Haldensleben case, relative to {@link #ROOT}. */
    static final String HALDENSLEBEN = "examples/applications/haldensleben-2019.json";

    /** How to start one run. */
    static final class Builder {
        private final List<String> jvm = new ArrayList<>(List.of("-Xmx128m"));
        private final List<String> args = new ArrayList<>();
        private Duration guard = Duration.ofMinutes(3);
        private File stdout;
        private Consumer<InputStream> stdoutReader;
        private final Path temp;

        Builder(Path temp, String... args) {
            this.temp = temp;
            this.args.addAll(List.of(args));
        }

        /** The heap, such as {@code 512m}, instead of 128 MB. */
        Builder heap(String size) {
            jvm.set(0, "-Xmx" + size);
            return this;
        }

        Builder systemProperty(String name, String value) {
            jvm.add("-D" + name + "=" + value);
            return this;
        }

        Builder args(List<String> more) {
            args.addAll(more);
            return this;
        }

        /** Standard output into {@code file} (such as {@code /dev/full}) instead of a string. */
        Builder stdoutTo(File file) {
            this.stdout = file;
            return this;
        }

        /** Standard output read as it comes by {@code reader} on another thread, never held whole. */
        Builder stdoutReadBy(Consumer<InputStream> reader) {
            this.stdoutReader = reader;
            return this;
        }

        /** The process, started; for a test that signals it. */
        Process start() throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.add("-jar");
            command.add(JAR.toAbsolutePath().toString());
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectError(temp.resolve("err.txt").toFile());
            if (stdoutReader == null) {
                builder.redirectOutput(stdout != null ? stdout : temp.resolve("out.txt").toFile());
            }
            builder.environment().remove(FoerderregelnCommand.DEBUG_VARIABLE);
            return builder.start();
        }

        JarRun run() throws IOException, InterruptedException {
            long started = System.nanoTime();
            Process process = start();
            Thread reader = null;
            if (stdoutReader != null) {
                reader = new Thread(() -> stdoutReader.accept(process.getInputStream()), "stdout of " + args);
                reader.start();
            }
            if (!process.waitFor(guard.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("foerderregeln " + String.join(" ", args) + " did not end within " + guard);
            }
            if (reader != null) {
                reader.join(guard.toMillis());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Path out = temp.resolve("out.txt");
            return new JarRun(process.exitValue(),
                    stdout == null && stdoutReader == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
                    Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8), elapsed);
        }
    }

    static Builder foerderregeln(Path temp, String... args) {
        return new Builder(temp, args);
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** No Java stack trace and no exception class name reached standard error. */
    JarRun withoutStackTrace() {
        assertThat(err).as("standard error").doesNotContain("\tat ", "Exception", "Caused by", "at java.", "at io.");
        return this;
    }
}
