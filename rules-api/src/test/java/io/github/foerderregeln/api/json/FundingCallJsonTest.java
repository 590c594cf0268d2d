package io.github.foerderregeln.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.DatedValues;
import io.github.foerderregeln.api.DeMinimisRegulation;
import io.github.foerderregeln.api.DeMinimisWindow;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.json.FundingCallJson.InvalidCallException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The call data file: the bundled {@code rdz-lsa-2018.json} holds the parameters of spec
 * docs/rules.md (the call and its parameters, legal forms, rules, districts); dated values give the value in force on a decision
 * date; a broken file is reported field by field.
 */
class FundingCallJsonTest {
    static final Path BUNDLED = Path.of("..", "rules-drools", "src", "main", "resources", "io", "github", "foerderregeln",
            "drools", "ruleset", "calls", "rdz-lsa-2018.json");
    private static String bundled;

    @BeforeAll
    static void readBundledFile() throws IOException {
        bundled = Files.readString(BUNDLED, StandardCharsets.UTF_8);
    }

    private static FundingCall read(String json) {
        return FundingCallJson.read(json.getBytes(StandardCharsets.UTF_8), "call.json");
    }

    private static List<Problem> problems(String json) {
        InvalidCallException e = catchThrowableOfType(InvalidCallException.class, () -> read(json));
        if (e == null) {
            fail("the call file was accepted, but it is invalid");
        }
        return e.problems();
    }

    /** The only problem of the bundled file edited at {@code path}; it must name {@code field}. */
    private static Problem onlyProblem(String path, String value, String field) {
        List<Problem> problems = problems(JsonEdits.edit(bundled, path, value));
        assertThat(problems).extracting(Problem::field).as(problems.toString()).containsExactly(field);
        return problems.get(0);
    }

    private static CallTerms termsOn(FundingCall call, String date) {
        return call.termsOn(LocalDate.parse(date)).orElseThrow();
    }

    // ---------------------------------------------------------------- the bundled call

    @Test
    @DisplayName("Förderaufruf RDZ: max. 80 %, bis zu 200.000 EUR, zwei Jahre, Personal- und Sachkosten, Sitz in Sachsen-Anhalt")
    void theBundledCallHasTheParametersOfTheSpec() {
        FundingCall call = read(bundled);
        CallTerms terms = termsOn(call, "2019-01-16");

        assertThat(call.id()).isEqualTo("rdz-lsa-2018");
        assertThat(call.version()).isNotBlank();
        assertThat(terms.fundingRate()).isEqualByComparingTo("0.80");
        assertThat(terms.maxGrant()).isEqualByComparingTo("200000.00");
        assertThat(terms.maxDurationMonths()).isEqualTo(24);
        assertThat(terms.eligibleCostCategories()).containsExactlyInAnyOrder(CostCategory.PERSONNEL, CostCategory.MATERIAL);
        assertThat(terms.seatState()).isEqualTo("ST");
        assertThat(terms.grantRounding()).isEqualTo(new GrantRounding(0, RoundingMode.DOWN));
        // An assumption (no source gives the Land's Bagatellgrenze for this call): its source says so.
        assertThat(terms.minGrant()).isEqualByComparingTo("1.00");
        assertThat(call.minGrant().values()).allSatisfy(v -> assertThat(v.source()).startsWith("Annahme"));
    }

    @Test
    @DisplayName("docs/rules.md, Legal forms: every legal person may apply; GbR, Einzelunternehmen and natürliche Person may not")
    void theBundledCallAdmitsEveryLegalPersonAndNoOtherForm() {
        CallTerms terms = termsOn(read(bundled), "2019-01-16");

        assertThat(terms.eligibleLegalForms()).containsExactlyInAnyOrderElementsOf(
                EnumSet.complementOf(EnumSet.of(LegalForm.GBR, LegalForm.EINZELUNTERNEHMEN, LegalForm.NATUERLICHE_PERSON)));
        assertThat(terms.eligibleLegalForms()).allMatch(LegalForm::legalPerson);
    }

    @Test
    @DisplayName("docs/rules.md, Districts: 11 Landkreise and 3 kreisfreie Städte since 1 July 2007, spelt officially")
    void theBundledCallListsTheFourteenDistricts() {
        CallTerms terms = termsOn(read(bundled), "2019-01-16");

        assertThat(terms.districts()).containsExactlyInAnyOrder("Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde",
                "Burgenlandkreis", "Harz", "Jerichower Land", "Mansfeld-Südharz", "Saalekreis", "Salzlandkreis",
                "Stendal", "Wittenberg", "Dessau-Roßlau", "Halle (Saale)", "Magdeburg");
    }

    /**
     * The sets of a call read from a file are immutable from the start, so the terms of every
     * decision date share them instead of copying them (the engine builds the terms for each
     * application; copying these sets was a tenth of an assessment in the profile).
     */
    @Test
    void theTermsOfEveryDecisionDateShareTheCallsSetsAndNoneCanBeChanged() {
        FundingCall call = read(bundled);
        CallTerms early = termsOn(call, "2019-01-16");
        CallTerms late = termsOn(call, "2025-06-30");

        assertThat(late.eligibleLegalForms()).isSameAs(early.eligibleLegalForms());
        assertThat(late.eligibleCostCategories()).isSameAs(early.eligibleCostCategories());
        assertThat(late.districts()).isSameAs(early.districts());
        assertThatThrownBy(() -> early.districts().add("Leipzig"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("De-minimis: (EU) 1407/2013 to 2023-12-31 (200.000 EUR, three calendar years), (EU) 2023/2831 from 2024-01-01 (300.000 EUR, three rolling years)")
    void theBundledCallHasBothDeMinimisRegulationsWithoutGapOrOverlap() {
        List<DeMinimisRegulation> regulations = read(bundled).deMinimisRegulations();

        assertThat(regulations).hasSize(2);
        DeMinimisRegulation old = regulations.get(0);
        DeMinimisRegulation current = regulations.get(1);
        assertThat(old.id()).isEqualTo("(EU) 1407/2013");
        assertThat(old.ceiling()).isEqualTo(new BigDecimal("200000.00"));
        assertThat(old.window()).isEqualTo(DeMinimisWindow.CALENDAR_YEARS);
        assertThat(old.windowYears()).isEqualTo(3);
        assertThat(current.id()).isEqualTo("(EU) 2023/2831");
        assertThat(current.ceiling()).isEqualTo(new BigDecimal("300000.00"));
        assertThat(current.window()).isEqualTo(DeMinimisWindow.ROLLING_YEARS);
        assertThat(current.windowYears()).isEqualTo(3);
        LocalDate lastOld = LocalDate.of(2023, 12, 31);
        assertThat(old.inForceOn(lastOld)).isTrue();
        assertThat(current.inForceOn(lastOld)).isFalse();
        assertThat(old.inForceOn(lastOld.plusDays(1))).isFalse();
        assertThat(current.inForceOn(lastOld.plusDays(1))).isTrue();
        assertThat(old.inForceOn(LocalDate.of(2013, 12, 31))).isFalse();
        assertThat(current.inForceOn(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(current.inForceOn(LocalDate.of(2031, 1, 1))).isFalse();
    }

    @Test
    void everyValueOfTheBundledCallNamesItsSource() {
        FundingCall call = read(bundled);

        call.parameters().flatMap(p -> p.values().stream())
                .forEach(dated -> assertThat(dated.source()).isNotBlank());
        call.deMinimisRegulations().forEach(r -> assertThat(r.source()).isNotBlank());
    }

    @Test
    @DisplayName("The call's parameters apply from 2017-12-01 (Digitale Agenda, December 2017)")
    void theBundledCallIsInForceFromDecember2017() {
        FundingCall call = read(bundled);

        assertThat(call.inForceFrom()).isEqualTo(LocalDate.of(2017, 12, 1));
        assertThat(call.termsOn(LocalDate.of(2017, 11, 30))).isEmpty();
        assertThat(call.termsOn(LocalDate.of(2017, 12, 1))).isPresent();
        assertThat(call.termsOn(LocalDate.of(2017, 12, 2))).isPresent();
    }

    // ---------------------------------------------------------------- dated values

    private static final String RATE_RAISED_IN_2020 = """
            [ { "validFrom": "2020-01-01", "value": "0.90", "source": "a later change" },
              { "validFrom": "2017-12-01", "value": "0.80", "source": "the call" } ]""";

    @ParameterizedTest(name = "decided {0}: rate {1}")
    @CsvSource({"2017-12-01, 0.80", "2019-12-31, 0.80", "2020-01-01, 0.90", "2020-01-02, 0.90", "2031-06-30, 0.90"})
    void aDatedParameterTakesTheValueInForceOnTheDecisionDate(String decisionDate, BigDecimal rate) {
        FundingCall call = read(JsonEdits.edit(bundled, "parameters.fundingRate", RATE_RAISED_IN_2020));

        assertThat(termsOn(call, decisionDate).fundingRate()).isEqualByComparingTo(rate);
    }

    @Test
    void datedValuesAreOrderedByDateWhateverTheirOrderInTheFile() {
        DatedValues<BigDecimal> rate = read(JsonEdits.edit(bundled, "parameters.fundingRate", RATE_RAISED_IN_2020))
                .fundingRate();

        assertThat(rate.values()).extracting(d -> d.validFrom().toString()).containsExactly("2017-12-01", "2020-01-01");
        assertThat(rate.firstValidFrom()).isEqualTo(LocalDate.of(2017, 12, 1));
    }

    @Test
    void theCallIsInForceOnlyFromTheDayItsLastParameterStarts() {
        FundingCall call = read(JsonEdits.edit(bundled, "parameters.maxGrant[0].validFrom", "\"2018-01-01\""));

        assertThat(call.inForceFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(call.termsOn(LocalDate.of(2017, 12, 31))).isEmpty();
        assertThat(call.termsOn(LocalDate.of(2018, 1, 1))).isPresent();
    }

    // ---------------------------------------------------------------- broken files

    @ParameterizedTest
    @ValueSource(strings = {"source", "validFrom", "value"})
    void aDatedValueWithoutSourceValidFromOrValueIsNamed(String field) {
        String path = "parameters.maxGrant[0]." + field;

        assertThat(onlyProblem(path, null, path).message()).contains("required");
    }

    @Test
    void aBlankSourceIsNamed() {
        assertThat(onlyProblem("parameters.fundingRate[0].source", "\" \"", "parameters.fundingRate[0].source").message())
                .contains("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "parameters.maxGrnt", "parameters.fundingRate[0].note",
            "deMinimisRegulations[1].threshold", "parameters.grantRounding[0].value.precision"})
    void anUnknownFieldIsNamed(String path) {
        assertThat(onlyProblem(path, "\"x\"", path).message()).contains("unknown field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fundingRate", "maxGrant", "maxDurationMonths", "eligibleCostCategories",
            "eligibleLegalForms", "seatState", "districts", "grantRounding", "minGrant"})
    void aMissingParameterIsNamed(String parameter) {
        String path = "parameters." + parameter;

        assertThat(onlyProblem(path, null, path).message()).contains("required");
        assertThat(onlyProblem(path, "[]", path).message()).contains("at least one");
    }

    @ParameterizedTest(name = "a funding rate of {0} is rejected")
    @ValueSource(strings = {"\"1.01\"", "1.0001", "\"80\"", "0", "\"-0.80\"", "\"0.80 %\""})
    void aFundingRateOutsideZeroToOneIsNamed(String rate) {
        onlyProblem("parameters.fundingRate[0].value", rate, "parameters.fundingRate[0].value");
    }

    @ParameterizedTest(name = "a funding rate of {0} is accepted")
    @ValueSource(strings = {"\"1\"", "\"1.00\"", "0.9999", "\"0.0001\""})
    void aFundingRateAboveZeroUpToOneIsAccepted(String rate) {
        assertThat(termsOn(read(JsonEdits.edit(bundled, "parameters.fundingRate[0].value", rate)), "2019-01-16")
                .fundingRate()).isEqualByComparingTo(new BigDecimal(rate.replace("\"", "")));
    }

    @ParameterizedTest(name = "grant rounding {0}")
    @ValueSource(strings = {"{\"scale\": 0, \"mode\": \"UP\"}", "{\"scale\": 0, \"mode\": \"CEILING\"}",
            "{\"scale\": 0, \"mode\": \"HALF_UP\"}", "{\"scale\": 0, \"mode\": \"HALF_EVEN\"}",
            "{\"scale\": 3, \"mode\": \"DOWN\"}", "{\"scale\": -1, \"mode\": \"DOWN\"}"})
    @DisplayName("A grant is never rounded up: rounding modes that may round up, and scales outside 0..2, are named")
    void aGrantRoundingThatMayRoundUpIsNamed(String rounding) {
        onlyProblem("parameters.grantRounding[0].value", rounding, "parameters.grantRounding[0].value");
    }

    @Test
    void anUnknownRoundingModeIsNamed() {
        onlyProblem("parameters.grantRounding[0].value.mode", "\"TRUNCATE\"", "parameters.grantRounding[0].value.mode");
    }

    @Test
    void twoValuesFromTheSameDayAreNamed() {
        String json = JsonEdits.edit(bundled, "parameters.maxGrant[1]",
                "{\"validFrom\": \"2017-12-01\", \"value\": \"150000.00\", \"source\": \"x\"}");

        assertThat(problems(json)).extracting(Problem::field).containsExactly("parameters.maxGrant[1].validFrom");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            parameters.districts[0].value           | ["Harz", "Börde", "Harz"]    | parameters.districts[0].value[2]
            parameters.eligibleLegalForms[0].value  | ["GEMEINDE", "GEMEINDE"]     | parameters.eligibleLegalForms[0].value[1]
            """)
    void aRepeatedEntryOfASetIsNamedAsASlip(String path, String value, String field) {
        assertThat(onlyProblem(path, value, field).message()).startsWith("repeats ");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            parameters.maxGrant[0].value                 | "200000.005"
            parameters.maxGrant[0].value                 | "0"
            parameters.maxDurationMonths[0].value        | 0
            parameters.maxDurationMonths[0].value        | "24"
            parameters.eligibleCostCategories[0].value   | ["PERSONNEL", "TRAVEL"]
            parameters.eligibleLegalForms[0].value       | "GEMEINDE"
            parameters.seatState[0].value                | ""
            parameters.districts[0].value                | ["Harz", 7]
            deMinimisRegulations[0].validUntil           | "2013-12-31"
            deMinimisRegulations[0].ceiling              | "-1.00"
            deMinimisRegulations[0].window               | "FISCAL_YEARS"
            deMinimisRegulations[0].windowYears          | 0
            """)
    void aBadValueIsReportedByField(String path, String value) {
        List<Problem> problems = problems(JsonEdits.edit(bundled, path, value));

        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).startsWith(path));
    }

    /** Absurd call parameters (hostile or mistyped): each refused by its field, quickly, with a short message. */
    @ParameterizedTest(name = "{0} = {1}")
    @Timeout(30)
    @CsvSource(delimiter = '|', textBlock = """
            parameters.fundingRate[0].value        | 1e-999999999         | at most 6 decimals
            parameters.fundingRate[0].value        | "0.0000001"          | at most 6 decimals
            parameters.fundingRate[0].value        | 1e-99999999999       | too many decimals
            parameters.fundingRate[0].value        | 1e999999999          | above 0 and at most 1
            parameters.maxGrant[0].value           | 1e999999999          | at most 12 digits
            parameters.maxGrant[0].value           | "1000000000000.00"   | at most 12 digits
            parameters.maxGrant[0].value           | -1e99999999999       | at most 12 digits
            parameters.maxDurationMonths[0].value  | 2147483647           | from 1 to 1200
            parameters.maxDurationMonths[0].value  | 1201                 | from 1 to 1200
            parameters.maxDurationMonths[0].value  | 1e999999999          | from 1 to 1200
            parameters.maxGrant[0].validFrom       | "+999999999-12-31"   | year from 0001 to 9999
            parameters.maxGrant[0].validFrom       | "10000-01-01"        | year from 0001 to 9999
            deMinimisRegulations[0].windowYears    | 2147483647           | from 1 to 100
            deMinimisRegulations[0].windowYears    | 101                  | from 1 to 100
            deMinimisRegulations[0].ceiling        | 1e13                 | at most 12 digits
            deMinimisRegulations[1].validUntil     | "+999999999-12-31"   | year from 0001 to 9999
            """)
    void anAbsurdParameterIsNamedWithItsBound(String path, String raw, String expected) {
        String json = JsonEdits.edit(bundled, path, "\"@@RAW@@\"").replace("\"@@RAW@@\"", raw);

        List<Problem> problems = problems(json);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(path);
            assertThat(p.message()).contains(expected).hasSizeLessThan(150);
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            parameters.fundingRate[0].value        | "0.666667"
            parameters.maxDurationMonths[0].value  | 1200
            deMinimisRegulations[0].windowYears    | 100
            parameters.maxGrant[0].value           | "999999999999.99"
            """)
    void aParameterAtItsBoundIsRead(String path, String raw) {
        assertThat(read(JsonEdits.edit(bundled, path, raw)).id()).isEqualTo("rdz-lsa-2018");
    }

    @Test
    void manyProblemsAreReportedTogether() {
        String json = JsonEdits.edit(bundled, "parameters.fundingRate[0].value", "\"1.5\"");
        json = JsonEdits.edit(json, "parameters.maxGrant[0].source", null);
        json = JsonEdits.edit(json, "parameters.grantRounding[0].value.mode", "\"UP\"");
        json = JsonEdits.edit(json, "version", null);

        assertThat(problems(json)).extracting(Problem::field).containsExactlyInAnyOrder(
                "parameters.fundingRate[0].value", "parameters.maxGrant[0].source",
                "parameters.grantRounding[0].value", "version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"id\": \"x\",}"})
    void malformedCallFilesAreReportedNotThrownAsParserErrors(String json) {
        assertThat(problems(json)).extracting(Problem::field).containsExactly("$");
    }

    @Test
    void theErrorNamesTheFileAndEveryField() {
        InvalidCallException e = catchThrowableOfType(InvalidCallException.class,
                () -> read(JsonEdits.edit(bundled, "parameters.fundingRate[0].value", "\"1.5\"")));

        assertThat(e.getMessage()).contains("call.json").contains("parameters.fundingRate[0].value");
    }
}
