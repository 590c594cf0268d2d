package io.github.foerderregeln.testing.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Scenario results as JUnit XML, the form CI servers read (as Maven Surefire writes it): a
 * {@code testsuites} root with one {@code testsuite} per folder of scenario files, each with
 * {@code tests}, {@code failures}, {@code errors}, {@code skipped} and {@code time}; one
 * {@code testcase} per scenario, named by its sentence, its {@code classname} the folder and the
 * file's name without {@code .scenario.json} and without dots of its own ({@code limits.rate_binds}:
 * CI tools read the part after the last dot as the class), its {@code time} in seconds; a
 * {@code failure} for a failed scenario and an {@code error} for a broken one, their
 * {@code message} the differences joined by {@code "; "}, their text what the text report shows:
 * the differences one per line and, for a failure, what the rules decided.
 */
public final class JUnitXmlReport {
    private JUnitXmlReport() {
    }

    /**
     * {@code text} with every character XML 1.0 cannot hold (control characters other than tab,
     * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) written as {@code \\uXXXX},
     * so that a scenario name or file name with such a character still gives a valid report and
     * the reader sees what was there.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean valid = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD || pair;
            if (!valid && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else if (valid) {
                    out.append(c);
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Writes the report into {@code file}, replacing it, without times. */
    public static void write(String suiteName, List<ScenarioResult> results, Path file) throws IOException {
        write(suiteName, results, null, file);
    }

    /**
     * Writes the report into {@code file}, replacing it.
     *
     * @param times how long each scenario of {@code results} took, in the same order; null when not measured
     */
    public static void write(String suiteName, List<ScenarioResult> results, List<Duration> times, Path file)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(suiteName, results, times, out);
        }
    }

    /** Writes the report, UTF-8, to {@code out}, which stays open; {@code times} as in the method above. */
    public static void write(String suiteName, List<ScenarioResult> results, List<Duration> times, OutputStream out)
            throws IOException {
        if (times != null && times.size() != results.size()) {
            throw new IllegalArgumentException(times.size() + " times for " + results.size() + " results");
        }
        Map<String, List<Integer>> byFolder = new TreeMap<>();
        for (int i = 0; i < results.size(); i++) {
            byFolder.computeIfAbsent(folder(results.get(i).file()), k -> new ArrayList<>()).add(i);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", xmlText(suiteName));
            counts(xml, results, times, java.util.stream.IntStream.range(0, results.size()).boxed().toList());
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Integer>> folder : byFolder.entrySet()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", xmlText(folder.getKey().isEmpty() ? suiteName : folder.getKey()));
                counts(xml, results, times, folder.getValue());
                xml.writeCharacters("\n");
                for (int i : folder.getValue()) {
                    testcase(xml, results.get(i), times == null ? Duration.ZERO : times.get(i));
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void counts(XMLStreamWriter xml, List<ScenarioResult> results, List<Duration> times, List<Integer> which)
            throws XMLStreamException {
        long failures = which.stream().filter(i -> results.get(i).status() == ScenarioResult.Status.FAILED).count();
        long errors = which.stream().filter(i -> results.get(i).status() == ScenarioResult.Status.BROKEN).count();
        Duration time = times == null ? Duration.ZERO : which.stream().map(times::get).reduce(Duration.ZERO, Duration::plus);
        xml.writeAttribute("tests", Integer.toString(which.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(time));
    }

    private static void testcase(XMLStreamWriter xml, ScenarioResult result, Duration time) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", xmlText(result.name()));
        xml.writeAttribute("classname", xmlText(classname(result.file())));
        xml.writeAttribute("time", seconds(time));
        if (!result.passed()) {
            List<String> lines = new ArrayList<>(result.differences());
            // What the text report shows under a failure: what the rules decided.
            result.answer().ifPresent(lines::add);
            result.answerFindings().forEach(f -> lines.add("  " + f.severity() + " " + f.ruleId() + ": " + f.messageEn()));
            xml.writeStartElement(result.status() == ScenarioResult.Status.FAILED ? "failure" : "error");
            // One line: XML turns a line break inside an attribute into a space; the body keeps one per line.
            xml.writeAttribute("message", xmlText(String.join("; ", result.differences())));
            xml.writeAttribute("type", result.status() == ScenarioResult.Status.FAILED ? "scenario.failed" : "scenario.broken");
            xml.writeCharacters(xmlText(String.join("\n", lines)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** The folder of a scenario file as written, with forward slashes; empty for a file given without one. */
    static String folder(Path file) {
        Path parent = file.getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }

    /**
     * The class a CI tool shows: the folder's own name and the file's name without
     * {@code .scenario.json}, its dots and the folder's made underscores ({@code limits.rate_binds}).
     */
    static String classname(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(Scenarios.SUFFIX)) {
            name = name.substring(0, name.length() - Scenarios.SUFFIX.length());
        }
        Path parent = file.getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString().replace('.', '_') + ".";
        return folder + name.replace('.', '_');
    }

    /** Seconds with three decimals, as Surefire writes them. */
    private static String seconds(Duration time) {
        return new java.math.BigDecimal(time.toNanos()).movePointLeft(9).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
