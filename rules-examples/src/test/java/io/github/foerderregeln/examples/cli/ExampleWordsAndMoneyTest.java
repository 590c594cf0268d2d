package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.AssessmentJson;
import io.github.foerderregeln.api.json.ExplanationJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the library shows for every bundled example application and every scenario base, held to
 * docs/rules.md: German text (messages, hints, the text report) names no code of the JSON format
 * but in parentheses ("Words and references"), and every amount of money in the JSON has exactly
 * two decimals ("Arithmetic").
 */
class ExampleWordsAndMoneyTest {
    private static final Path EXAMPLES = Path.of("../examples/applications");

    /** Every code of the enums whose values German text must name by their words. */
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9_-])(" + Stream.of(LegalForm.values(),
            CostCategory.values(), Outcome.values(), BoardVote.values(), CentreTask.values(), PartnerSector.values())
            .flatMap(Stream::of).map(Enum::name).distinct().collect(Collectors.joining("|")) + ")(?![A-Za-z0-9_-])");
    /** A parenthesis, innermost first: where a code may follow its German word. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");

    private static FundingRules bundled;

    @BeforeAll
    static void loadTheRules() {
        bundled = FundingRules.load();
    }

    /** The example applications and the scenario bases of the bundled rules, as init-rules writes them. */
    static Stream<Path> applications() throws IOException {
        Path bases = Files.createDirectories(Path.of("target/example-words-and-money"));
        RuleSets.writeBundled(bases);
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(EXAMPLES, bases.resolve("scenarios/bases"))) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(file -> file.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertThat(files).as("examples and bases").hasSizeGreaterThan(20);
        return files.stream();
    }

    private static Application read(Path file) throws IOException {
        return new ApplicationJson(bundled.callIds()).read(file);
    }

    /** The codes {@code text} holds outside parentheses. */
    static List<String> codesOutsideParentheses(String text) {
        String outside = text;
        for (String previous = null; !outside.equals(previous); ) {
            previous = outside;
            outside = PARENTHESIS.matcher(outside).replaceAll(" ");
        }
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(outside);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    @ParameterizedTest
    @MethodSource("applications")
    void germanTextNamesNoCodeOutsideParentheses(Path file) throws IOException {
        Explanation explanation = bundled.explain(read(file));
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Finding finding : explanation.assessment().findings()) {
            texts.put("message of " + finding.ruleId(), finding.message(Language.DE));
            texts.put("reference of " + finding.ruleId(), finding.reference());
        }
        for (Explanation.Change change : explanation.changes()) {
            texts.put("hint of " + change.ruleId(), change.hint(Language.DE));
        }
        // The report names the file by a name without codes: the path is the reader's, not German text.
        Path shown = Path.of("antrag.json");
        texts.put("assess report", TextReport.render(shown, explanation.assessment(), Language.DE));
        texts.put("explain report", TextReport.explain(shown, explanation, Language.DE));

        texts.forEach((what, text) -> assertThat(codesOutsideParentheses(text)).as("%s of %s:%n%s", what, file, text)
                .isEmpty());
    }

    @ParameterizedTest
    @MethodSource("applications")
    void everyAmountOfMoneyInTheJsonHasExactlyTwoDecimals(Path file) throws IOException {
        Explanation explanation = bundled.explain(read(file));
        for (Language language : Language.values()) {
            JsonNode assessment = AssessCommandTest.parse(AssessmentJson.toJson(explanation.assessment(), language));
            JsonNode explained = AssessCommandTest.parse(ExplanationJson.toJson(explanation, language));
            List<String> wrong = new ArrayList<>();
            assessment.get("amounts").fields().forEachRemaining(field -> {
                if (!field.getKey().equals("fundingRate")) {
                    money(wrong, "amounts." + field.getKey(), field.getValue());
                }
            });
            for (JsonNode list : List.of(assessment.get("limits"), explained.get("limits"))) {
                for (JsonNode limit : list) {
                    money(wrong, "limits[" + limit.get("kind").asText() + "].amount", limit.get("amount"));
                }
            }
            for (JsonNode finding : assessment.get("findings")) {
                figures(wrong, finding.get("ruleId").asText(), finding.get("figures"));
            }
            for (JsonNode change : explained.get("changes")) {
                figures(wrong, "hint of " + change.get("ruleId").asText(), change.get("figures"));
            }
            assertThat(wrong).as("amounts of %s (%s) without exactly two decimals", file, language).isEmpty();
        }
    }

    /** The figures that are whole numbers, not money: days, months, a count, an item's position. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("daysEarly", "daysTooLong", "districtCount",
            "item", "months");

    /**
     * Every number among the figures is money but a count ({@link #COUNTS}) or the call's funding
     * rate; an amount written without cents (212900) is as wrong as one with three decimals.
     */
    private static void figures(List<String> wrong, String where, JsonNode figures) {
        for (Iterator<Map.Entry<String, JsonNode>> it = figures.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> figure = it.next();
            String name = figure.getKey();
            if (figure.getValue().isNumber() && !COUNTS.contains(name) && !name.toLowerCase().contains("rate")) {
                money(wrong, where + " figure " + name, figure.getValue());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aCodeCountsOnlyOutsideParenthesesAndAsAWholeWord() {
        assertThat(codesOutsideParentheses("Ergebnis: förderfähig (ELIGIBLE), Personalausgaben (PERSONNEL)")).isEmpty();
        assertThat(codesOutsideParentheses("Ergebnis: INELIGIBLE; Kategorie PERSONNEL (siehe (MATERIAL))"))
                .containsExactly("INELIGIBLE", "PERSONNEL");
        assertThat(codesOutsideParentheses("RDZ-GRANT-RATE, GmbH, AGENDA, Stadt-AG")).isEmpty();
    }

    private static void money(List<String> wrong, String where, JsonNode value) {
        BigDecimal amount = value.decimalValue();
        if (!value.isNumber() || amount.scale() != 2) {
            wrong.add(where + " = " + value);
        }
    }
}
