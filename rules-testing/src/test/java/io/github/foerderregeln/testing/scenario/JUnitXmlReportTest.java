package io.github.foerderregeln.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML a CI server reads: counts, one test case per scenario, and the differences of each failure. */
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

        JUnitXmlReport.write("scenarios", results, file);

        Document xml = parse(file);
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("scenarios");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element passed = (Element) cases.item(0);
        assertThat(passed.getAttribute("name")).isEqualTo("rate < ceiling & \"quoted\"");
        assertThat(passed.getAttribute("classname")).isEqualTo("limits/a.scenario.json");
        assertThat(passed.getChildNodes().getLength()).isZero();
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("grant: expected 160000.00, got 159999.00; rule ids: missing [X], unexpected [<Y>]");
        assertThat(failure.getTextContent())
                .isEqualTo("grant: expected 160000.00, got 159999.00\nrule ids: missing [X], unexpected [<Y>]");
        Element error = (Element) ((Element) cases.item(2)).getElementsByTagName("error").item(0);
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
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo(
                "bell\\u0007 escape\\u001B[31m nul\\u0000 lone\\uD800 other\\uDC00 pair\uD83D\uDE00");
        assertThat(testcase.getAttribute("classname")).isEqualTo("odd\\u0001name.scenario.json");
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
}
