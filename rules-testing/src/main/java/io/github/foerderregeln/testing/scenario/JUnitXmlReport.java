package io.github.foerderregeln.testing.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Scenario results as JUnit XML, the form CI servers read (as Maven Surefire writes it): one
 * {@code testsuite} with {@code tests}, {@code failures}, {@code errors} and {@code skipped}
 * counts; one {@code testcase} per scenario, named by its sentence, its {@code classname} the
 * scenario file; a {@code failure} with the differences for a failed scenario and an
 * {@code error} with the problems for a broken one (their {@code message} has the differences
 * joined by {@code "; "}, their text one per line).
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

    /** Writes the report into {@code file}, replacing it. */
    public static void write(String suiteName, List<ScenarioResult> results, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(suiteName, results, out);
        }
    }

    /** Writes the report, UTF-8, to {@code out}, which stays open. */
    public static void write(String suiteName, List<ScenarioResult> results, OutputStream out) throws IOException {
        long failures = results.stream().filter(r -> r.status() == ScenarioResult.Status.FAILED).count();
        long errors = results.stream().filter(r -> r.status() == ScenarioResult.Status.BROKEN).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", xmlText(suiteName));
            xml.writeAttribute("tests", Integer.toString(results.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", Long.toString(errors));
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (ScenarioResult result : results) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", xmlText(result.name()));
                xml.writeAttribute("classname", xmlText(result.file().toString().replace('\\', '/')));
                if (!result.passed()) {
                    String text = String.join("\n", result.differences());
                    xml.writeStartElement(result.status() == ScenarioResult.Status.FAILED ? "failure" : "error");
                    // One line: XML turns a line break inside an attribute into a space; the body keeps one per line.
                    xml.writeAttribute("message", xmlText(String.join("; ", result.differences())));
                    xml.writeAttribute("type", result.status() == ScenarioResult.Status.FAILED
                            ? "scenario.failed" : "scenario.broken");
                    xml.writeCharacters(xmlText(text));
                    xml.writeEndElement();
                }
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
}
