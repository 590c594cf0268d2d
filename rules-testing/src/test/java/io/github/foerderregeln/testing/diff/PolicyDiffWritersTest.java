package io.github.foerderregeln.testing.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.RuleSide;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.Summary;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The text, JSON and HTML reports of a hand-built policy diff. */
class PolicyDiffWritersTest {
    private static final String SCRIPT_ID = "<script>alert(\"x\")</script>";

    private static ChangedApplication change(String id, Outcome before, Outcome after, String grantBefore,
            String grantAfter, List<FindingChange> added, List<FindingChange> removed) {
        return new ChangedApplication(id, before, after, new BigDecimal(grantBefore), new BigDecimal(grantAfter), added,
                removed);
    }

    /**
     * Ceiling 200,000.00 to 250,000.00 (+50,000.00); an application that loses its eligibility
     * (80,000.00 to 0.00, -80,000.00); one whose id carries a script and a line break. Totals:
     * 300,000.00 before, 270,000.00 after, -30,000.00.
     */
    private static PolicyDiffResult result(Language language) {
        FindingChange ceiling = new FindingChange("RDZ-GRANT-CEILING", Severity.INFO, "ceiling <250,000>");
        FindingChange network = new FindingChange("RDZ-NETWORK", Severity.ERROR, "no network");
        return new PolicyDiffResult(language,
                new Summary("baseline@<b>", "candidate@2", 5, 4, 1, 3, 0, 1, new BigDecimal("300000.00"),
                        new BigDecimal("270000.00")),
                List.of(change("up", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "200000.00", "250000.00", List.of(ceiling),
                                List.of()),
                        change("down", Outcome.ELIGIBLE, Outcome.INELIGIBLE, "80000.00", "0.00", List.of(network),
                                List.of()),
                        change(SCRIPT_ID + "\nnext", Outcome.PENDING_BOARD_VOTE, Outcome.PENDING_BOARD_VOTE, "20000.00",
                                "20000.00", List.of(), List.of(ceiling))),
                List.of(new InvalidApplication("bad.json", RuleSide.BOTH,
                        List.of(new Problem("applicant.name", "is required")))));
    }

    @Test
    void textPutsTheSummaryFirstAndKeepsEveryEntryOnItsLines() {
        String text = PolicyDiffText.toText(result(Language.EN)).replaceAll(" {2,}", " ");

        assertThat(text).startsWith("Policy diff\n");
        assertThat(text).contains(" Changed: 3\n", " Eligibility lost: 1\n", " Total grant before: EUR 300,000.00\n",
                " Total grant after: EUR 270,000.00\n", " Difference: EUR -30,000.00\n");
        assertThat(text).contains(" up: ELIGIBLE -> ELIGIBLE, grant EUR 200,000.00 -> EUR 250,000.00 (EUR +50,000.00)\n"
                + " + INFO RDZ-GRANT-CEILING: ceiling <250,000>\n");
        assertThat(text).contains(" down: ELIGIBLE -> INELIGIBLE, grant EUR 80,000.00 -> EUR 0.00 (EUR -80,000.00)\n");
        assertThat(text).contains(" " + SCRIPT_ID + " next: PENDING_BOARD_VOTE -> PENDING_BOARD_VOTE,");
        assertThat(text).contains(" bad.json (Rejected by: both): applicant.name: is required\n");
        // Material changes first, the largest first (the loss of 80,000.00 before the gain of 50,000.00),
        // then the change of the explanation only; each counted in the summary.
        assertThat(text).contains(" of which outcome or grant changed: 2\n", " of which only the explanation changed: 1\n",
                "Outcome transitions\n ELIGIBLE -> INELIGIBLE: 1\n");
        assertThat(text.indexOf("Summary")).isLessThan(text.indexOf("Changed outcomes and grants (largest change first)"));
        assertThat(text.indexOf(" down: ")).isLessThan(text.indexOf(" up: "));
        assertThat(text.indexOf(" up: ")).isLessThan(text.indexOf("Only the explanation changed (same outcome, same grant)"));
        assertThat(text.indexOf("Only the explanation changed")).isLessThan(text.indexOf(" " + SCRIPT_ID + " next:"));
    }

    @Test
    void countsAreWrittenAsTheLanguageWritesThem() {
        // "Anträge gelesen 2022" reads like a year; German groups the thousands with a dot.
        assertThat(DiffLabels.count(2022, Language.DE)).isEqualTo("2.022");
        assertThat(DiffLabels.count(2022, Language.EN)).isEqualTo("2,022");
        assertThat(DiffLabels.count(7, Language.DE)).isEqualTo("7");
    }

    @Test
    void textInGermanWritesGermanLabelsAndMoney() {
        String text = PolicyDiffText.toText(result(Language.DE)).replaceAll(" {2,}", " ");

        assertThat(text).startsWith("Regelvergleich\n")
                .contains(" Förderfähigkeit verloren: 1\n", " Differenz: -30.000,00 EUR\n", "(+50.000,00 EUR)");
        // German text names an outcome by its German word, the JSON code only in parentheses.
        assertThat(text).contains(" down: förderfähig (ELIGIBLE) -> nicht förderfähig (INELIGIBLE), Zuwendung 80.000,00 EUR"
                + " -> 0,00 EUR (-80.000,00 EUR)\n");
        assertThat(text.replaceAll("\\([^)]*\\)", "")).doesNotContain("ELIGIBLE", "PENDING_BOARD_VOTE");
    }

    @Test
    void htmlInGermanNamesOutcomesInGermanWithTheCodeInParentheses() {
        String html = PolicyDiffHtml.toHtml(result(Language.DE));

        assertThat(html).contains("<td>förderfähig (ELIGIBLE)</td><td>nicht förderfähig (INELIGIBLE)</td>");
        assertThat(html).doesNotContain("<td>ELIGIBLE</td>", "<td>INELIGIBLE</td>");
    }

    @Test
    void jsonUsesTheDocumentedNamesAndMoneyWithTwoDecimals() throws Exception {
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .readTree(PolicyDiffJson.toJson(result(Language.EN)));

        JsonNode summary = json.get("summary");
        assertThat(summary.get("applications").asLong()).isEqualTo(5);
        assertThat(summary.get("assessed").asLong()).isEqualTo(4);
        assertThat(summary.get("invalid").asLong()).isEqualTo(1);
        assertThat(summary.get("changed").asLong()).isEqualTo(3);
        assertThat(summary.get("eligibilityGained").asLong()).isZero();
        assertThat(summary.get("eligibilityLost").asLong()).isEqualTo(1);
        assertThat(summary.get("totalGrantChange").decimalValue()).isEqualTo(new BigDecimal("-30000.00"));
        assertThat(summary.get("material").asLong()).isEqualTo(2);
        assertThat(summary.get("explanatoryOnly").asLong()).isEqualTo(1);
        assertThat(json.get("transitions")).hasSize(1);
        assertThat(json.get("transitions").get(0).get("from").asText()).isEqualTo("ELIGIBLE");
        assertThat(json.get("transitions").get(0).get("to").asText()).isEqualTo("INELIGIBLE");
        assertThat(json.get("transitions").get(0).get("count").asLong()).isEqualTo(1);
        // Material first, the largest change first: the loss of 80,000.00, then the gain of 50,000.00.
        JsonNode down = json.get("changed").get(0);
        assertThat(down.get("applicationId").asText()).isEqualTo("down");
        assertThat(down.get("material").asBoolean()).isTrue();
        assertThat(json.get("changed").get(1).get("applicationId").asText()).isEqualTo("up");
        assertThat(down.get("outcomeAfter").asText()).isEqualTo("INELIGIBLE");
        assertThat(down.get("grantAfter").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(down.get("grantChange").decimalValue()).isEqualTo(new BigDecimal("-80000.00"));
        assertThat(down.get("findingsAdded").get(0).get("ruleId").asText()).isEqualTo("RDZ-NETWORK");
        assertThat(down.get("findingsAdded").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(json.get("changed").get(2).get("applicationId").asText()).isEqualTo(SCRIPT_ID + "\nnext");
        assertThat(json.get("changed").get(2).get("material").asBoolean()).isFalse();
        JsonNode invalid = json.get("invalid").get(0);
        assertThat(invalid.get("invalidUnder").asText()).isEqualTo("BOTH");
        assertThat(invalid.get("problems").get(0).get("field").asText()).isEqualTo("applicant.name");
    }

    @Test
    void htmlEscapesEveryTextAndIsWellFormedWithoutScriptOrExternalResource() throws Exception {
        String html = PolicyDiffHtml.toHtml(result(Language.EN));

        assertThat(html).doesNotContain("<script", "<b>", "http://", "https://", " src=", " href=");
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "baseline@&lt;b&gt;",
                "ceiling &lt;250,000&gt;", "<ol class=\"bars\"");
        // Every element closed and every entity known: an XML parser reads the page.
        assertThat(parse(html).getDocumentElement().getTagName()).isEqualTo("html");
    }

    /**
     * On a phone (390 px) the summary's figures were cut off at the right edge: every table but
     * the two-column transitions sits in a block that scrolls sideways, and the summary's labels
     * may break inside a long German word, so that it fits.
     */
    @Test
    void everyWideTableScrollsSidewaysInItsOwnBlockOnANarrowScreen() throws Exception {
        String html = PolicyDiffHtml.toHtml(result(Language.DE));
        NodeList tables = parse(html).getElementsByTagName("table");

        assertThat(tables.getLength()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            if (!table.getAttribute("class").equals("transitions")) {
                assertThat(((Element) table.getParentNode()).getAttribute("class")).as(table.getAttribute("class"))
                        .isEqualTo("wide");
            }
        }
        assertThat(html).contains("table.summary th{hyphens:auto;overflow-wrap:anywhere}");
    }

    @Test
    void theChartDrawsABarPerApplicationFromTheLargestIncreaseDownToTheLargestDecrease() {
        List<ChangedApplication> changed = List.of(
                change("small", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "1001.00", List.of(), List.of()),
                change("minus", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "0.00", List.of(), List.of()),
                change("same", Outcome.ELIGIBLE, Outcome.INCOMPLETE, "1000.00", "1000.00", List.of(), List.of()),
                change("large", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "6000.00", List.of(), List.of()));

        assertThat(PolicyDiffHtml.bars(changed)).extracting(ChangedApplication::applicationId)
                .containsExactly("large", "small", "same", "minus");
    }

    /** The page read as XML, as any XML tool reads it. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Node context, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The value of one property of an inline style, such as {@code width} of {@code left:50%;width:2%}, in percent. */
    private static BigDecimal styleValue(Element element, String property) {
        for (String declaration : element.getAttribute("style").split(";")) {
            String[] nameAndValue = declaration.split(":");
            if (nameAndValue[0].equals(property)) {
                return new BigDecimal(nameAndValue[1].replace("%", ""));
            }
        }
        throw new AssertionError(property + " missing in " + element.getAttribute("style"));
    }

    private static PolicyDiffResult changedOnly(List<ChangedApplication> changed) {
        return new PolicyDiffResult(Language.EN, new Summary("b", "c", changed.size(), changed.size(), 0, changed.size(), 0,
                0, BigDecimal.ZERO, BigDecimal.ZERO), changed, List.of());
    }

    @Test
    void everyIdOfTheChartIsWrittenWholeAndEveryChangedGrantHasABarFromTheZeroLineThatCannotVanish() throws Exception {
        String longId = "application-of-a-district-whose-name-is-far-longer-than-any-column-" + "x".repeat(40);
        List<ChangedApplication> changed = List.of(
                change(longId, Outcome.ELIGIBLE, Outcome.ELIGIBLE, "100000.00", "150000.00", List.of(), List.of()),
                change("one-cent", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "1000.01", List.of(), List.of()),
                change("one-euro", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "1001.00", List.of(), List.of()),
                change("same", Outcome.ELIGIBLE, Outcome.INCOMPLETE, "1000.00", "1000.00", List.of(), List.of()),
                change("minus-one-euro", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "999.00", List.of(), List.of()),
                change("lost", Outcome.ELIGIBLE, Outcome.INELIGIBLE, "80000.00", "0.00", List.of(), List.of()));
        String html = PolicyDiffHtml.toHtml(changedOnly(changed));
        Document page = parse(html);

        List<Element> rows = elements(page, "//ol[@class='bars']/li");
        assertThat(rows).hasSize(6);
        // Written whole, in the order of the bars; nothing cut to fit a column.
        assertThat(rows).extracting(row -> row.getElementsByTagName("span").item(0).getTextContent())
                .containsExactly(longId, "one-euro", "one-cent", "same", "minus-one-euro", "lost");
        assertThat(rows.get(0).getAttribute("title")).isEqualTo(longId + ": EUR +50,000.00");
        // The zero line lies at 80,000 of the span of 130,000 from -80,000 to +50,000.
        BigDecimal zero = styleValue(elements(rows.get(0), ".//span[@class='zero']").get(0), "left");
        assertThat(zero).isEqualByComparingTo("61.54");
        for (Element row : rows) {
            String title = row.getAttribute("title");
            List<Element> bars = elements(row, ".//span[starts-with(@class, 'bar ')]");
            if (title.endsWith("EUR 0.00")) {
                assertThat(bars).as(title).isEmpty();
                assertThat(styleValue(elements(row, ".//span[@class='dot']").get(0), "left")).isEqualByComparingTo(zero);
                continue;
            }
            assertThat(bars).as(title).hasSize(1);
            Element bar = bars.get(0);
            assertThat(styleValue(bar, "width")).as(title).isPositive();
            if (bar.getAttribute("class").equals("bar bar-up")) {
                assertThat(styleValue(bar, "left")).as(title).isEqualByComparingTo(zero);
            } else {
                assertThat(bar.getAttribute("class")).isEqualTo("bar bar-down");
                assertThat(styleValue(bar, "right")).as(title).isEqualByComparingTo(new BigDecimal("100").subtract(zero));
            }
        }
        // However small its share of the span, a bar keeps a width a reader sees.
        assertThat(html).contains(".track .bar{top:0;bottom:0;min-width:3px}");
        assertThat(styleValue(elements(page, "//li[starts-with(@title, 'one-cent')]/span/span[starts-with(@class, 'bar ')]")
                .get(0), "width")).isEqualByComparingTo("0.000007692");
        // The scale runs from the largest decrease through 0 to the largest increase.
        assertThat(elements(page, "//div[@class='scale']//span[@class='track']/span"))
                .extracting(Element::getTextContent).containsExactly("EUR -80,000.00", "0", "EUR +50,000.00");
    }

    @Test
    void theChartDrawsBarsUpToTwoHundredChangesAndAHistogramAboveThem() throws Exception {
        List<ChangedApplication> changed = new ArrayList<>();
        for (int i = 0; i < PolicyDiffHtml.MAX_BARS + 1; i++) {
            changed.add(change("c" + i, Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", (1001 + i) + ".00", List.of(),
                    List.of()));
        }

        for (int count : new int[] {PolicyDiffHtml.MAX_BARS - 1, PolicyDiffHtml.MAX_BARS}) {
            Document page = parse(PolicyDiffHtml.toHtml(changedOnly(changed.subList(0, count))));
            assertThat(elements(page, "//ol[@class='bars']/li")).as("%d changes", count).hasSize(count);
            assertThat(elements(page, "//svg")).as("%d changes", count).isEmpty();
        }
        Document page = parse(PolicyDiffHtml.toHtml(changedOnly(changed)));
        assertThat(elements(page, "//ol[@class='bars']/li")).isEmpty();
        assertThat(elements(page, "//svg")).hasSize(1);
    }

    @Test
    void aboveTwoHundredChangesTheChartIsAHistogramOfTwentyClassesOverAllOfThem() {
        List<ChangedApplication> changed = new ArrayList<>();
        // Changes of -1,000, 0, 1, ..., 199 and 1,000 euros: 202 applications; classes of (1,000 - -1,000) / 20 = 100.
        changed.add(change("minus", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "2000.00", "1000.00", List.of(), List.of()));
        for (int i = 0; i < 200; i++) {
            changed.add(change("c" + i, Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", (1000 + i) + ".00", List.of(),
                    List.of()));
        }
        changed.add(change("plus", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "2000.00", List.of(), List.of()));

        long[] classes = PolicyDiffHtml.classes(changed, new BigDecimal("-1000.00"), new BigDecimal("1000.00"));

        // [-1000, -900): 1; [0, 100): 0 .. 99, 100; [100, 200): 100 .. 199, 100; the last class [900, 1000] holds 1000.
        long[] expected = new long[20];
        expected[0] = 1;
        expected[10] = 100;
        expected[11] = 100;
        expected[19] = 1;
        assertThat(classes).containsExactly(expected);
        String html = PolicyDiffHtml.toHtml(new PolicyDiffResult(Language.EN,
                new Summary("b", "c", 202, 202, 0, 202, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO), changed, List.of()));
        // The drawing: c0's grant did not change, so it is a class of its own; the twenty classes hold the
        // other 201, from -1,000 to +1,000: [0, 100) now holds 1 .. 99.
        assertThat(html).contains("Distribution of the grant changes",
                "Number of the 202 changed applications per class of grant change: on the left those whose grant did"
                        + " not change, then 20 classes of equal width of the changes.",
                "Grant unchanged: 1 applications", "EUR 0.00 to EUR +100.00: 99 applications");
        assertThat(html.split("<g>", -1)).hasSize(22);
        // Both axes are labelled; the y axis has ticks at 0, half and the highest count (100).
        assertThat(html).contains(">Applications</text>", ">Change of the grant</text>",
                "text-anchor=\"end\">0</text>", "text-anchor=\"end\">50</text>", "text-anchor=\"end\">100</text>");
    }

    @Test
    void everyChangeTheSameIsOneClass() {
        List<ChangedApplication> changed = List.of(
                change("a", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "1000.00", "1500.00", List.of(), List.of()),
                change("b", Outcome.ELIGIBLE, Outcome.ELIGIBLE, "2000.00", "2500.00", List.of(), List.of()));

        assertThat(PolicyDiffHtml.classes(changed, new BigDecimal("500.00"), new BigDecimal("500.00"))).containsExactly(2);
    }

    @Test
    void escapeReplacesTheFiveSpecialCharactersAndControlCharacters() {
        assertThat(PolicyDiffHtml.escape("a&b<c>d\"e'f\u0001g")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f\uFFFDg");
    }
}
