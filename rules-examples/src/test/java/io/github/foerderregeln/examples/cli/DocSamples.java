package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The samples of the README and the pages of {@code docs/}: each lies between
 * {@code <!-- sample: NAME -->} and {@code <!-- end sample -->} and must be exactly what a test
 * produces (command output with its rule-set ids, source code compiled by the build, a table
 * generated from the rules). With {@code -Ddocs.write=true} the tests write what they produce into
 * the pages instead of comparing: after a rule edit changes an output, run
 * {@code mvn -B -ntp verify -Ddocs.write=true} and read the diff of the pages.
 */
final class DocSamples {
    /** The repository root, seen from the module the tests run in. */
    static final Path ROOT = Path.of("..");
    private static final boolean WRITE = Boolean.getBoolean("docs.write");
    private static final Pattern SAMPLE = Pattern.compile("<!-- sample: ([a-z0-9-]+) -->\n(.*?)<!-- end sample -->",
            Pattern.DOTALL);

    private DocSamples() {
    }

    /** The pages that may hold samples: the README and every page of {@code docs/}. */
    static List<Path> pages() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter(p -> p.toString().endsWith(".md")).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample of every page by name, with the page that holds it. */
    static Map<String, Path> names() {
        Map<String, Path> names = new TreeMap<>();
        for (Path page : pages()) {
            Matcher matcher = SAMPLE.matcher(read(page));
            while (matcher.find()) {
                assertThat(names.put(matcher.group(1), page)).as("sample %s named twice", matcher.group(1)).isNull();
            }
        }
        return names;
    }

    /**
     * Checks that the sample {@code name} of {@code page} is {@code produced} (with
     * {@code -Ddocs.write=true}: writes it there).
     */
    static void check(String page, String name, String produced) {
        Path file = ROOT.resolve(page);
        String text = read(file);
        Matcher matcher = SAMPLE.matcher(text);
        String shown = null;
        int start = -1;
        int end = -1;
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                shown = matcher.group(2);
                start = matcher.start(2);
                end = matcher.end(2);
            }
        }
        assertThat(shown).as("<!-- sample: %s --> in %s", name, page).isNotNull();
        String expected = produced.endsWith("\n") ? produced : produced + "\n";
        if (WRITE) {
            if (!shown.equals(expected)) {
                write(file, text.substring(0, start) + expected + text.substring(end));
            }
            return;
        }
        assertThat(shown).as("sample %s of %s (after a change of the rules or the output, run the build with"
                + " -Ddocs.write=true and read the diff)", name, page).isEqualTo(expected);
    }

    /** {@code text} as a fenced block of {@code language}. */
    static String fenced(String language, String text) {
        return "```" + language + "\n" + text.strip() + "\n```\n";
    }

    /**
     * The lines of {@code source} between {@code // sample:begin NAME} and {@code // sample:end NAME},
     * without the indentation of the begin marker: code that the build compiles, as a page shows it.
     */
    static String region(Path source, String name) {
        List<String> lines = read(source).lines().toList();
        int begin = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// sample:begin " + name)) {
                begin = i;
            } else if (lines.get(i).strip().equals("// sample:end " + name)) {
                end = i;
            }
        }
        assertThat(begin).as("// sample:begin %s in %s", name, source).isNotNegative();
        assertThat(end).as("// sample:end %s in %s", name, source).isGreaterThan(begin);
        int indent = lines.get(begin).indexOf('/');
        StringBuilder region = new StringBuilder();
        for (String line : lines.subList(begin + 1, end)) {
            region.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return region.toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
