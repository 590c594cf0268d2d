package io.github.foerderregeln.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.internal.ApplicationLimits;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON reader against docs/json-format.md and docs/rules.md, "Invalid input": every kind of invalid
 * input is one {@link InvalidApplicationException} whose problems name each field, never another
 * exception; valid input is read exactly, with the documented defaults.
 */
class ApplicationJsonTest {
    private static final ApplicationJson READER = new ApplicationJson(Set.of("rdz-lsa-2018"));

    /** Every field of docs/json-format.md set, each to a valid value. */
    private static final String VALID = """
            {
              "id": "haldensleben-2019",
              "call": "rdz-lsa-2018",
              "decisionDate": "2019-01-16",
              "applicant": {
                "name": "Stadt Haldensleben",
                "legalForm": "GEMEINDE",
                "state": "ST",
                "district": "Börde",
                "economicActivity": true,
                "deMinimisAid": [ { "grantedOn": "2018-05-02", "amount": "12000.00" } ]
              },
              "project": {
                "title": "Regionales Digitalisierungszentrum Haldensleben",
                "start": "2019-01-16",
                "end": "2020-12-31",
                "tasks": ["BUNDLING", "DIGITAL_STRATEGY", "PROJECT_MANAGEMENT"],
                "partners": ["BUSINESS", "SCIENCE", "ADMINISTRATION"],
                "sustainabilityConcept": true,
                "earlyStartApprovedOn": "2019-01-10"
              },
              "costs": [
                { "category": "PERSONNEL", "amount": "160000.00", "description": "Zwei Vollzeitstellen" },
                { "category": "MATERIAL",  "amount": "52900.00",  "description": "Räume, Technik, Veranstaltungen" }
              ],
              "otherFunding": { "thirdParty": "1000.00", "otherPublic": "500.00" },
              "requestedGrant": "170320.00",
              "boardVote": "POSITIVE"
            }
            """;

    /** Only the required fields of docs/json-format.md. */
    private static final String MINIMAL = """
            {
              "id": "minimal",
              "call": "rdz-lsa-2018",
              "decisionDate": "2019-01-16",
              "applicant": { "name": "Stadt Haldensleben", "legalForm": "GEMEINDE", "state": "ST" },
              "project": { "start": "2019-01-16", "end": "2020-12-31" },
              "costs": [ { "category": "PERSONNEL", "amount": "160000.00" } ],
              "requestedGrant": "128000.00"
            }
            """;

    // ---------------------------------------------------------------- helpers

    private static Application read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    private static List<Problem> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(byte[] json) {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> READER.read(json, "test.json"));
        if (e == null) {
            fail("the input was accepted, but it is invalid");
        }
        return e.problems();
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    /** The only problem of {@code json}, which must name {@code field}. */
    private static Problem onlyProblem(String json, String field) {
        List<Problem> problems = problems(json);
        assertThat(fields(problems)).as(problems.toString()).containsExactly(field);
        return problems.get(0);
    }

    private static String valid(String path, String value) {
        return JsonEdits.edit(VALID, path, value);
    }

    private static String without(String path) {
        return JsonEdits.edit(VALID, path, null);
    }

    // ---------------------------------------------------------------- valid input

    @Test
    void everyFieldOfAValidApplicationIsRead() {
        Application a = read(VALID);

        assertThat(a.id()).isEqualTo("haldensleben-2019");
        assertThat(a.callId()).isEqualTo("rdz-lsa-2018");
        assertThat(a.decisionDate()).isEqualTo(LocalDate.of(2019, 1, 16));
        assertThat(a.applicant().name()).isEqualTo("Stadt Haldensleben");
        assertThat(a.applicant().legalForm()).isEqualTo(LegalForm.GEMEINDE);
        assertThat(a.applicant().state()).isEqualTo("ST");
        assertThat(a.applicant().district()).isEqualTo("Börde");
        assertThat(a.applicant().economicActivity()).isTrue();
        assertThat(a.applicant().deMinimisAid())
                .containsExactly(new DeMinimisAid(LocalDate.of(2018, 5, 2), new BigDecimal("12000.00")));
        assertThat(a.project().title()).isEqualTo("Regionales Digitalisierungszentrum Haldensleben");
        assertThat(a.project().start()).isEqualTo(LocalDate.of(2019, 1, 16));
        assertThat(a.project().end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(a.project().tasks()).containsExactlyInAnyOrder(CentreTask.BUNDLING, CentreTask.DIGITAL_STRATEGY,
                CentreTask.PROJECT_MANAGEMENT);
        assertThat(a.project().partners()).containsExactlyInAnyOrder(PartnerSector.BUSINESS, PartnerSector.SCIENCE,
                PartnerSector.ADMINISTRATION);
        assertThat(a.project().sustainabilityConcept()).isTrue();
        assertThat(a.project().earlyStartApprovedOn()).isEqualTo(LocalDate.of(2019, 1, 10));
        assertThat(a.costs()).containsExactly(
                new CostItem(CostCategory.PERSONNEL, new BigDecimal("160000.00"), "Zwei Vollzeitstellen"),
                new CostItem(CostCategory.MATERIAL, new BigDecimal("52900.00"), "Räume, Technik, Veranstaltungen"));
        assertThat(a.otherFunding().thirdParty()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(a.otherFunding().otherPublic()).isEqualTo(new BigDecimal("500.00"));
        assertThat(a.requestedGrant()).isEqualTo(new BigDecimal("170320.00"));
        assertThat(a.boardVote()).isEqualTo(BoardVote.POSITIVE);
    }

    @Test
    @DisplayName("Defaults of docs/json-format.md: district none, economicActivity false for a Gemeinde, lists empty, otherFunding zeros, boardVote PENDING")
    void omittedOptionalFieldsTakeTheDocumentedDefaults() {
        Application a = read(MINIMAL);

        assertThat(a.applicant().district()).isNull();
        assertThat(a.applicant().economicActivity()).isFalse();
        assertThat(a.applicant().deMinimisAid()).isEmpty();
        assertThat(a.project().title()).isEmpty();
        assertThat(a.project().tasks()).isEmpty();
        assertThat(a.project().partners()).isEmpty();
        assertThat(a.project().sustainabilityConcept()).isFalse();
        assertThat(a.project().earlyStartApprovedOn()).isNull();
        assertThat(a.costs().get(0).description()).isEmpty();
        assertThat(a.otherFunding().thirdParty()).isEqualTo(new BigDecimal("0.00"));
        assertThat(a.otherFunding().otherPublic()).isEqualTo(new BigDecimal("0.00"));
        assertThat(a.boardVote()).isEqualTo(BoardVote.PENDING);
    }

    @ParameterizedTest(name = "{0}: economicActivity omitted is {1}")
    @CsvSource({
            "GMBH, true", "AG, true", "GENOSSENSCHAFT, true",
            "GEMEINDE, false", "LANDKREIS, false", "EINGETRAGENER_VEREIN, false", "STIFTUNG, false",
            "ANSTALT_OEFFENTLICHEN_RECHTS, false", "EINZELUNTERNEHMEN, false"})
    @DisplayName("economicActivity omitted follows the legal form: a GmbH, AG or Genossenschaft is an undertaking by its form")
    void omittedEconomicActivityFollowsTheLegalForm(LegalForm form, boolean undertaking) {
        Application a = read(MINIMAL.replace("\"legalForm\": \"GEMEINDE\"", "\"legalForm\": \"" + form + "\""));

        assertThat(a.applicant().economicActivity()).isEqualTo(undertaking);
        assertThat(form.undertakingByForm()).isEqualTo(undertaking);
    }

    @ParameterizedTest(name = "{0}: economicActivity {1} is kept")
    @CsvSource({"GMBH, false", "GEMEINDE, true"})
    @DisplayName("economicActivity given wins over the default of the legal form")
    void statedEconomicActivityWinsOverTheDefault(LegalForm form, boolean stated) {
        Application a = read(MINIMAL.replace("\"legalForm\": \"GEMEINDE\"", "\"legalForm\": \"" + form
                + "\", \"economicActivity\": " + stated));

        assertThat(a.applicant().economicActivity()).isEqualTo(stated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant.district", "applicant.economicActivity", "applicant.deMinimisAid",
            "project.title", "project.tasks", "project.partners", "project.sustainabilityConcept",
            "project.earlyStartApprovedOn", "costs[0].description", "otherFunding", "otherFunding.thirdParty",
            "boardVote"})
    void anOptionalFieldGivenAsNullTakesItsDefault(String path) {
        Application a = read(valid(path, "null"));
        Application absent = read(without(path));

        assertThat(a).isEqualTo(absent);
    }

    @Test
    void otherFundingWithOnlyOneAmountDefaultsTheOtherToZero() {
        Application a = read(without("otherFunding.otherPublic"));

        assertThat(a.otherFunding().thirdParty()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(a.otherFunding().otherPublic()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aPendingVoteMayAlsoBeGivenExplicitly() {
        assertThat(read(valid("boardVote", "\"PENDING\"")).boardVote()).isEqualTo(BoardVote.PENDING);
        assertThat(read(valid("boardVote", "\"NEGATIVE\"")).boardVote()).isEqualTo(BoardVote.NEGATIVE);
    }

    // ---------------------------------------------------------------- money

    @Test
    @DisplayName("\"0.1\" + \"0.2\" is exactly 0.30: money never goes through double")
    void decimalStringsAreAddedExactly() {
        Application a = read(valid("costs", """
                [ { "category": "PERSONNEL", "amount": "0.1" }, { "category": "MATERIAL", "amount": "0.2" } ]"""));

        assertThat(a.costs().stream().map(CostItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void decimalNumbersAreAddedExactly() {
        String json = VALID.replace("\"160000.00\"", "0.1").replace("\"52900.00\"", "0.2");
        Application a = read(json);

        assertThat(a.costs().stream().map(CostItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("0.30"));
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            212900.5          | 212900.50
            212900            | 212900.00
            "212900.50"       | 212900.50
            "212900"          | 212900.00
            "212900.5"        | 212900.50
            0.01              | 0.01
            "0.01"            | 0.01
            999999999999.99   | 999999999999.99
            """)
    void moneyAsNumberIntegerOrStringIsReadExactlyWithTwoDecimals(String json, String expected) {
        Application a = read(VALID.replace("\"170320.00\"", json));

        // isEqualTo on BigDecimal compares the scale too: 212900.50, not 212900.5
        assertThat(a.requestedGrant()).isEqualTo(new BigDecimal(expected));
        assertThat(a.requestedGrant().toPlainString()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- missing fields

    @ParameterizedTest
    @ValueSource(strings = {"id", "call", "decisionDate", "applicant", "applicant.name", "applicant.legalForm",
            "applicant.state", "project", "project.start", "project.end", "costs", "costs[0].category",
            "costs[0].amount", "requestedGrant", "applicant.deMinimisAid[0].grantedOn",
            "applicant.deMinimisAid[0].amount"})
    void aMissingRequiredFieldIsNamed(String path) {
        Problem problem = onlyProblem(without(path), path);

        assertThat(problem.message()).contains("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "call", "decisionDate", "applicant.name", "applicant.legalForm", "applicant.state",
            "project.start", "project.end", "costs", "costs[1].category", "costs[1].amount", "requestedGrant"})
    void aRequiredFieldGivenAsNullIsNamedAsMissing(String path) {
        Problem problem = onlyProblem(valid(path, "null"), path);

        assertThat(problem.message()).contains("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "call", "applicant.name"})
    void aRequiredTextThatIsBlankIsNamed(String path) {
        Problem problem = onlyProblem(valid(path, "\"  \""), path);

        assertThat(problem.message()).contains("empty");
    }

    @Test
    void emptyCostsAreNamed() {
        Problem problem = onlyProblem(valid("costs", "[]"), "costs");

        assertThat(problem.message()).contains("at least one item");
    }

    // ---------------------------------------------------------------- amounts

    @ParameterizedTest
    @ValueSource(strings = {"costs[0].amount", "costs[1].amount", "requestedGrant", "applicant.deMinimisAid[0].amount",
            "otherFunding.thirdParty", "otherFunding.otherPublic"})
    void aNegativeAmountIsNamed(String path) {
        assertThat(onlyProblem(valid(path, "\"-1.00\""), path).message()).contains("negative");
        assertThat(onlyProblem(valid(path, "-0.01"), path).message()).contains("negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"costs[0].amount", "requestedGrant", "applicant.deMinimisAid[0].amount"})
    void aZeroCostItemRequestedGrantOrAidAmountIsNamed(String path) {
        assertThat(onlyProblem(valid(path, "\"0.00\""), path).message()).contains("greater than 0");
        assertThat(onlyProblem(valid(path, "0"), path).message()).contains("greater than 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"costs[0].amount", "requestedGrant", "applicant.deMinimisAid[0].amount"})
    void oneCentIsTheSmallestPositiveAmount(String path) {
        assertThat(read(valid(path, "\"0.01\""))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"otherFunding.thirdParty", "otherFunding.otherPublic"})
    void otherFundingMayBeZero(String path) {
        assertThat(read(valid(path, "0"))).isNotNull();
        assertThat(read(valid(path, "\"0.00\""))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"costs[0].amount", "requestedGrant", "applicant.deMinimisAid[0].amount",
            "otherFunding.thirdParty", "otherFunding.otherPublic"})
    void anAmountWithMoreThanTwoDecimalsIsNamed(String path) {
        assertThat(onlyProblem(valid(path, "\"212900.505\""), path).message()).contains("two decimals");
        assertThat(onlyProblem(valid(path, "212900.505"), path).message()).contains("two decimals");
        assertThat(onlyProblem(valid(path, "\"0.001\""), path).message()).contains("two decimals");
        assertThat(read(valid(path, "\"212900.55\""))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"12,50\"", "\"12.50 EUR\"", "\"1e5\"", "\"\"", "true", "[12.5]", "{\"value\": 12.5}"})
    void anAmountThatIsNoDecimalIsNamed(String value) {
        assertThat(onlyProblem(valid("costs[1].amount", value), "costs[1].amount").message()).contains("decimal");
    }

    // ---------------------------------------------------------------- period

    @Test
    @DisplayName("RDZ-PERIOD-ORDER: an end before the start is invalid input naming project.end")
    void anEndBeforeTheStartIsNamed() {
        Problem problem = onlyProblem(valid("project.end", "\"2019-01-15\""), "project.end");

        assertThat(problem.message()).contains("2019-01-16");
    }

    @Test
    void aProjectOfOneDayEndingOnItsStartIsValid() {
        assertThat(read(valid("project.end", "\"2019-01-16\"")).project().end()).isEqualTo(LocalDate.of(2019, 1, 16));
    }

    @ParameterizedTest
    @ValueSource(strings = {"decisionDate", "project.start", "project.end", "project.earlyStartApprovedOn",
            "applicant.deMinimisAid[0].grantedOn"})
    void aDateThatIsNotIsoIsNamed(String path) {
        for (String value : List.of("\"16.01.2019\"", "\"2019-02-30\"", "\"2019-1-16\"", "20190116", "\"\"")) {
            assertThat(onlyProblem(valid(path, value), path).message()).as(value).contains("yyyy-MM-dd");
        }
    }

    // ---------------------------------------------------------------- codes

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            applicant.legalForm  | "GMBH_CO_KG"
            applicant.legalForm  | "gemeinde"
            applicant.state      | "XX"
            applicant.state      | "st"
            applicant.state      | "DE-ST"
            costs[0].category    | "TRAVEL"
            project.tasks[1]     | "MARKETING"
            project.partners[0]  | "MEDIA"
            boardVote            | "YES"
            boardVote            | "positive"
            """)
    void anUnknownCodeIsNamed(String path, String value) {
        assertThat(onlyProblem(valid(path, value), path).message()).contains("unknown code");
    }

    @Test
    void anUnknownCallIdIsNamed() {
        Problem problem = onlyProblem(valid("call", "\"rdz-lsa-2019\""), "call");

        assertThat(problem.message()).contains("unknown call id").contains("rdz-lsa-2019").contains("rdz-lsa-2018");
    }

    @Test
    void aTaskOrPartnerNamedTwiceCountsOnce() {
        Application a = read(valid("project.tasks", "[\"BUNDLING\", \"BUNDLING\"]"));

        assertThat(a.project().tasks()).containsExactly(CentreTask.BUNDLING);
    }

    // ---------------------------------------------------------------- malformed JSON, wrong shapes

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"id\": }", "{'id': 'x'}", "{\"id\": \"a\",}", "", "   ", "{} {}",
            "{\"id\": \"a\", \"id\": \"b\"}", "nonsense", "{\"id\": \"unterminated}"})
    void malformedJsonIsOneProblemOfTheWholeInput(String json) {
        Problem problem = onlyProblem(json, "$");

        assertThat(problem.message()).contains("malformed JSON");
    }

    @Test
    void aMalformedInputNamesLineAndColumn() {
        Problem problem = onlyProblem("{\n  \"id\": ,\n}", "$");

        assertThat(problem.message()).contains("line 2");
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemNotACrash() {
        // "Börde" in ISO-8859-1 has the byte 0xF6, which starts no UTF-8 sequence
        byte[] json = VALID.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(fields(problems(json))).containsExactly("$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"application\"", "42", "null", "true"})
    void aDocumentThatIsNotAnObjectIsNamedAsTheRoot(String json) {
        Problem problem = onlyProblem(json, "$");

        assertThat(problem.message()).contains("JSON object");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id                          | 42                  | string
            call                        | ["rdz-lsa-2018"]    | string
            decisionDate                | {"y": 2019}         | yyyy-MM-dd
            applicant                   | "Stadt Haldensleben"| JSON object
            applicant.name              | true                | string
            applicant.district          | 15                  | string
            applicant.economicActivity  | "yes"               | true or false
            applicant.economicActivity  | 1                   | true or false
            applicant.deMinimisAid      | {}                  | JSON array
            applicant.deMinimisAid[0]   | 12000               | JSON object
            project                     | []                  | JSON object
            project.tasks               | "BUNDLING"          | JSON array
            project.partners            | {"BUSINESS": true}  | JSON array
            project.sustainabilityConcept | "true"            | true or false
            costs                       | {}                  | JSON array
            costs[0]                    | "PERSONNEL"         | JSON object
            costs[0].category           | 1                   | unknown code
            costs[0].description        | ["a"]               | string
            otherFunding                | 0                   | JSON object
            boardVote                   | true                | unknown code
            """)
    void aValueOfTheWrongTypeIsNamed(String path, String value, String expected) {
        assertThat(onlyProblem(valid(path, value), path).message()).contains(expected);
    }

    // ---------------------------------------------------------------- unknown fields

    @ParameterizedTest
    @ValueSource(strings = {"note", "applicant.nmae", "applicant.legalform", "project.budget", "costs[1].vat",
            "otherFunding.eu", "applicant.deMinimisAid[0].regulation", "Id"})
    void anUnknownFieldIsNamedAtTopLevelAndNested(String path) {
        Problem problem = onlyProblem(JsonEdits.edit(VALID, path, "\"x\""), path);

        assertThat(problem.message()).contains("unknown field");
    }

    @Test
    @DisplayName("A polymorphic type hint such as @class is an unknown field, never a class to instantiate")
    void aPolymorphicTypeAttemptIsJustAnUnknownField() {
        assertThat(onlyProblem(valid("@class", "\"java.lang.ProcessBuilder\""), "@class").message())
                .contains("unknown field");
        assertThat(onlyProblem(valid("applicant.@class", "\"java.lang.ProcessBuilder\""), "applicant.@class").message())
                .contains("unknown field");
        assertThat(onlyProblem(valid("applicant", "[\"java.lang.ProcessBuilder\", {\"command\": [\"calc\"]}]"),
                "applicant").message()).contains("JSON object");
    }

    // ---------------------------------------------------------------- many problems at once

    @Test
    void anInputWithManyProblemsListsEveryOneOfThem() {
        String json = VALID;
        json = JsonEdits.edit(json, "id", null);
        json = JsonEdits.edit(json, "applicant.legalForm", "\"GBR_CO\"");
        json = JsonEdits.edit(json, "project.end", "\"2018-12-31\"");
        json = JsonEdits.edit(json, "costs[1].amount", "\"-5.00\"");
        json = JsonEdits.edit(json, "costs[0].amount", "\"1.001\"");
        json = JsonEdits.edit(json, "requestedGrant", "0");
        json = JsonEdits.edit(json, "boardVote", "\"MAYBE\"");
        json = JsonEdits.edit(json, "project.colour", "\"blue\"");
        json = JsonEdits.edit(json, "call", "\"unknown-call\"");
        String broken = json;

        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> READER.read(broken.getBytes(StandardCharsets.UTF_8), "many.json"));

        assertThat(fields(e.problems())).containsExactlyInAnyOrder("id", "applicant.legalForm", "project.end",
                "costs[1].amount", "costs[0].amount", "requestedGrant", "boardVote", "project.colour", "call");
        assertThat(e.source()).isEqualTo("many.json");
        assertThat(e.getMessage()).contains("many.json").contains("9 problems");
        e.problems().forEach(p -> assertThat(e.getMessage()).contains(p.field()));
    }

    // ---------------------------------------------------------------- input bounds

    private static String withCostItems(int count) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{\"category\":\"MATERIAL\",\"amount\":\"1.00\"}");
        }
        return valid("costs", items.append(']').toString());
    }

    private static String withAidEntries(int count) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{\"grantedOn\":\"2018-01-01\",\"amount\":\"1.00\"}");
        }
        return valid("applicant.deMinimisAid", items.append(']').toString());
    }

    @Test
    void aThousandCostItemsAreAllowed() {
        assertThat(read(withCostItems(ApplicationLimits.MAX_COST_ITEMS - 1)).costs()).hasSize(999);
        assertThat(read(withCostItems(ApplicationLimits.MAX_COST_ITEMS)).costs()).hasSize(1000);
    }

    @Test
    void moreThanAThousandCostItemsAreNamed() {
        Problem problem = onlyProblem(withCostItems(1001), "costs");

        assertThat(problem.message()).contains("1001").contains("1000");
    }

    @Test
    void aThousandDeMinimisAidEntriesAreAllowedButNotMore() {
        assertThat(read(withAidEntries(1000)).applicant().deMinimisAid()).hasSize(1000);
        assertThat(onlyProblem(withAidEntries(1001), "applicant.deMinimisAid").message()).contains("1000");
    }

    /** {@link #VALID} padded with trailing spaces (still valid JSON) to exactly {@code size} bytes. */
    private static byte[] paddedTo(int size) {
        byte[] json = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(json, size);
        Arrays.fill(padded, json.length, size, (byte) ' ');
        return padded;
    }

    @Test
    @DisplayName("A file of exactly 1 MiB is read; one byte more is a problem of the whole input")
    void aFileOfOneMebibyteIsReadButNotOneByteMore(@TempDir Path dir) throws IOException {
        Path atLimit = Files.write(dir.resolve("at-limit.json"), paddedTo(ApplicationLimits.MAX_FILE_BYTES));
        Path overLimit = Files.write(dir.resolve("over-limit.json"), paddedTo(ApplicationLimits.MAX_FILE_BYTES + 1));

        assertThat(READER.read(atLimit).id()).isEqualTo("haldensleben-2019");
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class, () -> READER.read(overLimit));
        assertThat(fields(e.problems())).containsExactly("$");
        assertThat(e.problems().get(0).message()).contains("1048577").contains("1048576");
        assertThat(e.source()).isEqualTo(overLimit.toString());
    }

    @Test
    void inputsOverOneMebibyteAreAProblemWhateverTheyAreReadFrom() throws IOException {
        byte[] tooLarge = paddedTo(ApplicationLimits.MAX_FILE_BYTES + 1);

        assertThat(fields(problems(tooLarge))).containsExactly("$");
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> READER.read(new ByteArrayInputStream(paddedTo(4 * ApplicationLimits.MAX_FILE_BYTES)), "stdin"));
        assertThat(fields(e.problems())).containsExactly("$");
        assertThat(READER.read(new ByteArrayInputStream(paddedTo(ApplicationLimits.MAX_FILE_BYTES)), "stdin").id())
                .isEqualTo("haldensleben-2019");
    }

    /**
     * The value replaced by 5,000 nested arrays: the id, the applicant's name, a cost item's
     * description. The reader stops at 32 levels and names the field, not the whole input.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "haldensleben-2019"    | id
            "Stadt Haldensleben"   | applicant.name
            "Zwei Vollzeitstellen" | costs[0].description
            """)
    void deepNestingIsAProblemOfItsFieldNotAStackOverflow(String replaced, String field) {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        Problem problem = onlyProblem(VALID.replace(replaced, deep), field);

        assertThat(problem.message()).isEqualTo("nests arrays or objects deeper than the 32 levels allowed");
    }

    @Test
    @DisplayName("Limits of the reader name the field and say the limit in words, not in the parser's")
    void aNumberOfMoreThanAThousandCharactersIsAProblemOfItsField() {
        Problem problem = onlyProblem(VALID.replace("\"170320.00\"", "1" + "0".repeat(1000)), "requestedGrant");

        assertThat(problem.message()).isEqualTo("is a number of more than 1000 characters")
                .doesNotContain("StreamReadConstraints", "Jackson");
    }

    @Test
    void aNumberOfAThousandCharactersIsReadAndRefusedForItsDigits() {
        Problem problem = onlyProblem(VALID.replace("\"170320.00\"", "1" + "0".repeat(999)), "requestedGrant");

        assertThat(problem.message()).startsWith("must have at most 12 digits before the decimal point (was 1.00000E+999")
                .hasSizeLessThan(120);
    }
}
