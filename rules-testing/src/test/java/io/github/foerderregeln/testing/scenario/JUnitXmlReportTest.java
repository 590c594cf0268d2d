package io.github.foerderregeln.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit XML a CI server reads: counts and times, a suite per folder, one test case per scenario
 * with a class name CI tools can split, and the differences of each failure.
 */
class JUnitXmlReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportCountsAndNamesEveryScenarioAndCarriesTheDifferencesEscaped() throws Exception {
        List<ScenarioResult> results = List.of(
                new ScenarioResult(Path.of("limits/a.scenario.json"), "rate < ceiling & \"quoted\"", Status.PASSED, List.of()),
                new ScenarioResult(Path.of("limits/b.scenario.json"), "grant is wrong", Status.FAILED,
                        List.of("grant: expected 160000.00, got 159999.00", "rule ids: missing [X], unexpected [<Y>]")),
                new ScenarioResult(Path.of("broken.scenario.json"), "broken.scenario.json", Status.BROKEN,
                        List.of("expect.grant: missing")));
        Path file = dir.resolve("reports/scenarios.xml");

        JUnitXmlReport.write("scenarios", results,
                List.of(Duration.ofMillis(12), Duration.ofNanos(3_456_789), Duration.ofMillis(1)), file);

        Document xml = parse(file);
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("scenarios");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("time")).isEqualTo("0.016");
        // A suite per folder, in the order of the folders' names: the file without one, then limits.
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element top = (Element) suites.item(0);
        Element limits = (Element) suites.item(1);
        assertThat(top.getAttribute("name")).isEqualTo("scenarios");
        assertThat(top.getAttribute("tests")).isEqualTo("1");
        assertThat(top.getAttribute("errors")).isEqualTo("1");
        assertThat(limits.getAttribute("name")).isEqualTo("limits");
        assertThat(limits.getAttribute("tests")).isEqualTo("2");
        assertThat(limits.getAttribute("failures")).isEqualTo("1");
        assertThat(limits.getAttribute("time")).isEqualTo("0.015");
        NodeList cases = limits.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element passed = (Element) cases.item(0);
        assertThat(passed.getAttribute("name")).isEqualTo("rate < ceiling & \"quoted\"");
        // The file's own dots would make CI tools read "json" as the class.
        assertThat(passed.getAttribute("classname")).isEqualTo("limits.a");
        assertThat(passed.getAttribute("time")).isEqualTo("0.012");
        assertThat(passed.getChildNodes().getLength()).isZero();
        assertThat(((Element) cases.item(1)).getAttribute("time")).isEqualTo("0.003");
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("grant: expected 160000.00, got 159999.00; rule ids: missing [X], unexpected [<Y>]");
        assertThat(failure.getTextContent())
                .isEqualTo("grant: expected 160000.00, got 159999.00\nrule ids: missing [X], unexpected [<Y>]");
        Element error = (Element) top.getElementsByTagName("error").item(0);
        assertThat(((Element) top.getElementsByTagName("testcase").item(0)).getAttribute("classname")).isEqualTo("broken");
        assertThat(error.getAttribute("message")).isEqualTo("expect.grant: missing");
    }

    @Test
    @DisplayName("Control characters and lone surrogates in names keep the report valid XML, written as \\uXXXX")
    void charactersXmlCannotHoldAreWrittenVisiblyAndTheReportStaysValid() throws Exception {
        String name = "bell\u0007 escape\u001B[31m nul\u0000 lone\uD800 other\uDC00 pair\uD83D\uDE00";
        List<ScenarioResult> results = List.of(
                new ScenarioResult(Path.of("odd\u0001name.scenario.json"), name, Status.FAILED, List.of("grant: \uFFFF")));
        Path file = dir.resolve("odd.xml");

        JUnitXmlReport.write("suite\u0002", results, file);

        Element suite = parse(file).getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("suite\\u0002");
        assertThat(suite.getAttribute("time")).isEqualTo("0.000");
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo(
                "bell\\u0007 escape\\u001B[31m nul\\u0000 lone\\uD800 other\\uDC00 pair\uD83D\uDE00");
        assertThat(testcase.getAttribute("classname")).isEqualTo("odd\\u0001name");
        assertThat(testcase.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo("grant: \\uFFFF");
    }

    @Test
    void anEmptyRunIsAnEmptySuite() throws Exception {
        Path file = dir.resolve("empty.xml");

        JUnitXmlReport.write("none", List.of(), file);

        Element suite = parse(file).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("0");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(suite.getElementsByTagName("testcase").getLength()).isZero();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void aFailureCarriesWhatTheTextReportShowsUnderIt() throws Exception {
        io.github.foerderregeln.api.Amounts amounts = new io.github.foerderregeln.api.Amounts(new java.math.BigDecimal("1.00"),
                new java.math.BigDecimal("1.00"), new java.math.BigDecimal("0.00"), new java.math.BigDecimal("0.00"),
                new java.math.BigDecimal("1.00"), new java.math.BigDecimal("0.0000"), List.of(), null);
        io.github.foerderregeln.api.Finding error = new io.github.foerderregeln.api.Finding("RDZ-GRANT-MINIMUM",
                io.github.foerderregeln.api.Severity.ERROR, "de", "The grant would be only EUR 0.00.", "ref", java.util.Map.of(), null, null);
        io.github.foerderregeln.api.Assessment assessment = new io.github.foerderregeln.api.Assessment("a", "c", "v", "r",
                io.github.foerderregeln.api.Outcome.INELIGIBLE, amounts, List.of(error), List.of());
        Path file = dir.resolve("f.xml");

        JUnitXmlReport.write("s", List.of(new ScenarioResult(Path.of("costs/one-cent.scenario.json"), "one cent",
                Status.FAILED, List.of("outcome: expected ELIGIBLE, got INELIGIBLE"), assessment)), null, file);

        assertThat(parse(file).getElementsByTagName("failure").item(0).getTextContent()).isEqualTo(
                "outcome: expected ELIGIBLE, got INELIGIBLE\nassessed: INELIGIBLE, grant 0.00\n"
                        + "  ERROR RDZ-GRANT-MINIMUM: The grant would be only EUR 0.00.");
    }
}
