package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout of the text report, on assessments built by hand so that every case is reachable. */
class TextReportTest {
    private static final Path FILE = Path.of("antrag.json");

    private static Assessment assessment(Outcome outcome, BigDecimal grant, List<Limit> limits, LimitKind binding,
            List<Finding> findings) {
        BigDecimal eligible = new BigDecimal("100000.00");
        return new Assessment("a-1", "rdz-lsa-2018", "2018.1", "test@0", outcome,
                new Amounts(eligible, eligible, new BigDecimal("0.00"), grant, eligible.subtract(grant),
                        grant.divide(eligible, 4, java.math.RoundingMode.HALF_UP), limits, binding),
                findings, List.of());
    }

    private static Finding info(String message) {
        return new Finding("RDZ-X", Severity.INFO, message, message, "Referenz", Map.of());
    }

    @Test
    void longMessagesAreWrappedAtEightyColumnsUnderTheirRuleId() {
        String message = "Wort ".repeat(60).strip();
        String report = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("80000.00"), List.of(), null,
                List.of(info(message))), Language.DE);

        assertThat(report.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH));
        List<String> messageLines = report.lines().filter(line -> line.startsWith("      Wort")).toList();
        assertThat(messageLines).hasSizeGreaterThan(1);
        // 60 words survive the wrapping, none lost, none split.
        assertThat(String.join(" ", messageLines).split(" +")).filteredOn(word -> !word.isEmpty()).hasSize(60)
                .containsOnly("Wort");
    }

    @Test
    void anAmountIsNeverSeparatedFromItsCurrency() {
        // 6 columns of indent + 64 of filler + a space + "50.000,00" (9) end at column 80, as do
        // 6 + 64 + " up to EUR" (10): plain word wrapping would part amount and currency.
        String filler = "x".repeat(64);
        String german = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("80000.00"), List.of(), null,
                List.of(info(filler + " 50.000,00 EUR."))), Language.DE);
        String english = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("80000.00"), List.of(), null,
                List.of(info(filler + " up to EUR 50,000.00."))), Language.EN);

        assertThat(german).contains("      50.000,00 EUR.\n");
        assertThat(english).contains("      EUR 50,000.00.\n");
    }

    @Test
    void withoutAComputedGrantNoLimitIsMarkedAndTheReportSaysWhy() {
        Limit rate = new Limit(LimitKind.RATE, new BigDecimal("80000.00"), "RDZ-GRANT-RATE");
        String report = TextReport.render(FILE, assessment(Outcome.INELIGIBLE, new BigDecimal("0.00"), List.of(rate), null,
                List.of()), Language.DE);

        assertThat(report).doesNotContain("<- bindend");
        assertThat(report).contains("Förderquote (RDZ-GRANT-RATE)", "80.000,00 EUR",
                "Keine Obergrenze bindet: der Antrag ist nicht förderfähig.");
        assertThat(report).contains("Feststellungen (0)\n  keine\n");
    }

    @Test
    void theRateLimitIsShownCutToTheCent() {
        // 0.80 x 1,234.57 = 987.656: the limit is exact, but shown cut to the cent (docs/rules.md,
        // "Arithmetic"), 987,65 and not 987,66, so that no figure shown is more than the rules allow.
        Limit rate = new Limit(LimitKind.RATE, new BigDecimal("987.656"), "RDZ-GRANT-RATE");
        String german = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("987.00"), List.of(rate),
                LimitKind.RATE, List.of()), Language.DE);
        String english = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("987.00"), List.of(rate),
                LimitKind.RATE, List.of()), Language.EN);

        assertThat(german).contains("987,65 EUR  <- bindend").doesNotContain("987,656", "987,66");
        assertThat(english).contains("EUR 987.65  <- binding").doesNotContain("987.656", "987.66");
    }

    @Test
    void everyLimitEqualToTheBindingOneIsMarked() {
        // A tie: rate and amount requested both 80,000.00, the ceiling above; both bind (docs/rules.md).
        List<Limit> limits = List.of(new Limit(LimitKind.RATE, new BigDecimal("80000.00"), "RDZ-GRANT-RATE"),
                new Limit(LimitKind.CEILING, new BigDecimal("200000.00"), "RDZ-GRANT-CEILING"),
                new Limit(LimitKind.REQUESTED, new BigDecimal("80000.00"), "RDZ-GRANT-REQUESTED"));
        String report = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("80000.00"), limits,
                LimitKind.RATE, List.of()), Language.DE);

        assertThat(report.lines().filter(line -> line.endsWith("<- bindend")))
                .containsExactly("  Förderquote (RDZ-GRANT-RATE)                 80.000,00 EUR  <- bindend",
                        "  beantragte Zuwendung (RDZ-GRANT-REQUESTED)   80.000,00 EUR  <- bindend");
    }

    @Test
    void germanTextNamesTheOutcomeInGermanWithItsCodeOnlyInParentheses() {
        for (Outcome outcome : Outcome.values()) {
            String german = TextReport.render(FILE, assessment(outcome, new BigDecimal("0.00"), List.of(), null,
                    List.of(new Finding("RDZ-X", Severity.ERROR, "Text", "Text", "Referenz", Map.of()))), Language.DE);

            assertThat(german).contains("Ergebnis: " + outcome.germanName() + " (" + outcome.name() + ")\n")
                    .contains("  Fehler (ERROR): 1\n");
            // Without the parenthesised codes, the German report has none left.
            assertThat(german.replaceAll("\\([^)]*\\)", "")).doesNotContain(outcome.name());
        }
    }

    @Test
    void theFundingRateIsAPercentageWithTwoDecimals() {
        // 80,000.00 / 100,000.00 = 0.8000 -> 80.00 %; 33,333.00 / 100,000.00 = 0.3333 -> 33.33 %
        String german = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("33333.00"), List.of(), null,
                List.of()), Language.DE);
        String english = TextReport.render(FILE, assessment(Outcome.ELIGIBLE, new BigDecimal("33333.00"), List.of(), null,
                List.of()), Language.EN);

        assertThat(german).containsPattern("Förderquote +33,33 %\n");
        assertThat(english).containsPattern("Funding rate +33.33%\n");
    }
}
