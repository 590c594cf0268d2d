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
            xml.writeAttribute("name", suiteName);
            xml.writeAttribute("tests", Integer.toString(results.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", Long.toString(errors));
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (ScenarioResult result : results) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", result.name());
                xml.writeAttribute("classname", result.file().toString().replace('\\', '/'));
                if (!result.passed()) {
                    String text = String.join("\n", result.differences());
                    xml.writeStartElement(result.status() == ScenarioResult.Status.FAILED ? "failure" : "error");
                    // One line: XML turns a line break inside an attribute into a space; the body keeps one per line.
                    xml.writeAttribute("message", String.join("; ", result.differences()));
                    xml.writeAttribute("type", result.status() == ScenarioResult.Status.FAILED
                            ? "scenario.failed" : "scenario.broken");
                    xml.writeCharacters(text);
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
