package io.github.foerderregeln.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records check their own values (docs/rules.md, "Invalid input", for the Java model): a null, negative,
 * zero or three-decimal amount is refused naming the component; collections are copied, so a
 * caller cannot change a record afterwards; money is normalised to two decimals.
 */
class RecordsTest {
    private static final LocalDate START = LocalDate.of(2019, 4, 1);
    private static final LocalDate END = LocalDate.of(2021, 3, 31);

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static CostItem personnel(String amount) {
        return new CostItem(CostCategory.PERSONNEL, money(amount), "Personal");
    }

    private static Applicant applicant(List<DeMinimisAid> aid) {
        return new Applicant("Stadt Beispielstadt", LegalForm.GEMEINDE, "ST", "Harz", false, aid);
    }

    private static Project project() {
        return new Project("RDZ", START, END, Set.of(CentreTask.BUNDLING), Set.of(PartnerSector.BUSINESS), true, null);
    }

    private static Application application(List<CostItem> costs, BigDecimal requested) {
        return new Application("a-1", "rdz-lsa-2018", LocalDate.of(2019, 3, 1), applicant(List.of()), project(), costs,
                OtherFunding.NONE, requested, BoardVote.POSITIVE);
    }

    // ---------------------------------------------------------------- money components

    @Test
    void aCostItemNamesAMissingComponent() {
        assertThatNullPointerException().isThrownBy(() -> new CostItem(null, money("1.00"), ""))
                .withMessageContaining("category");
        assertThatNullPointerException().isThrownBy(() -> new CostItem(CostCategory.MATERIAL, null, ""))
                .withMessageContaining("amount");
        assertThatNullPointerException().isThrownBy(() -> new CostItem(CostCategory.MATERIAL, money("1.00"), null))
                .withMessageContaining("description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-100.00", "0", "0.00", "0.001", "100.005"})
    void aCostItemRefusesAnAmountThatIsNotPositiveWithCents(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> personnel(amount)).withMessageStartingWith("amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "0", "0.001"})
    void theRequestedGrantAndAidRefuseAnAmountThatIsNotPositiveWithCents(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> application(List.of(personnel("100.00")), money(amount)))
                .withMessageStartingWith("requestedGrant");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeMinimisAid(START, money(amount)))
                .withMessageStartingWith("amount");
    }

    @Test
    void otherFundingMayBeZeroButNotNegativeOrFractionsOfACent() {
        assertThat(new OtherFunding(BigDecimal.ZERO, BigDecimal.ZERO).total()).isEqualTo(money("0.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> new OtherFunding(money("-0.01"), BigDecimal.ZERO))
                .withMessageStartingWith("thirdParty");
        assertThatIllegalArgumentException().isThrownBy(() -> new OtherFunding(BigDecimal.ZERO, money("0.001")))
                .withMessageStartingWith("otherPublic");
        assertThatNullPointerException().isThrownBy(() -> new OtherFunding(null, BigDecimal.ZERO))
                .withMessageContaining("thirdParty");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"100, 100.00", "100.5, 100.50", "100.50, 100.50", "1E+2, 100.00", "0.01, 0.01", "100.500, 100.50"})
    void moneyIsNormalisedToTwoDecimals(BigDecimal amount, String normalised) {
        BigDecimal expected = money(normalised);

        // isEqualTo on BigDecimal compares the scale: 100.00 and 100 differ
        assertThat(new CostItem(CostCategory.MATERIAL, amount, "").amount()).isEqualTo(expected);
        assertThat(new DeMinimisAid(START, amount).amount()).isEqualTo(expected);
        assertThat(new OtherFunding(amount, amount).thirdParty()).isEqualTo(expected);
        assertThat(new OtherFunding(amount, amount).otherPublic()).isEqualTo(expected);
        assertThat(application(List.of(personnel("1.00")), amount).requestedGrant()).isEqualTo(expected);
    }

    @Test
    void noOtherFundingIsZeroWithTwoDecimals() {
        assertThat(OtherFunding.NONE.thirdParty()).isEqualTo(money("0.00"));
        assertThat(OtherFunding.NONE.otherPublic()).isEqualTo(money("0.00"));
        assertThat(new OtherFunding(money("30000.00"), money("15000.50")).total()).isEqualTo(money("45000.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+100000000", "-1E+100000000", "1E+13", "1000000000000.00", "-1E+2147483647"})
    @Timeout(10)
    @DisplayName("An amount of more than 12 digits before the decimal point is refused at once, with a short message")
    void aHugeAmountIsRefusedByEveryRecordWithoutExpandingIt(String amount) {
        BigDecimal huge = money(amount);

        assertThatIllegalArgumentException().isThrownBy(() -> new CostItem(CostCategory.PERSONNEL, huge, ""))
                .withMessageStartingWith("amount must have at most 12 digits before the decimal point")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
        assertThatIllegalArgumentException().isThrownBy(() -> application(List.of(personnel("1.00")), huge))
                .withMessageStartingWith("requestedGrant must have at most 12 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeMinimisAid(START, huge))
                .withMessageStartingWith("amount must have at most 12 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> new OtherFunding(huge, BigDecimal.ZERO))
                .withMessageStartingWith("thirdParty must have at most 12 digits");
    }

    @Test
    void twelveDigitsBeforeTheDecimalPointAreTheMostAnAmountHas() {
        assertThat(personnel("999999999999.99").amount()).isEqualByComparingTo("999999999999.99");
        assertThatIllegalArgumentException().isThrownBy(() -> personnel("1000000000000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "+999999999-12-31", "0000-12-31", "-999999999-01-01"})
    @DisplayName("A date outside the years 0001 to 9999 is refused by every record that holds one")
    void aDateOutsideTheYearsOneToNineThousandNineHundredNinetyNineIsRefused(String text) {
        LocalDate date = LocalDate.parse(text);

        assertThatIllegalArgumentException().isThrownBy(() -> new Application("a-1", "rdz-lsa-2018", date,
                applicant(List.of()), project(), List.of(personnel("1.00")), OtherFunding.NONE, money("1.00"),
                BoardVote.POSITIVE)).withMessageStartingWith("decisionDate must be a date in the years 0001 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> new Project("RDZ", date, date, Set.of(), Set.of(), true, null))
                .withMessageStartingWith("start must be a date in the years 0001 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> new Project("RDZ", START, date.isAfter(START) ? date : END,
                Set.of(), Set.of(), true, date)).withMessageContaining("must be a date in the years 0001 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeMinimisAid(date, money("1.00")))
                .withMessageStartingWith("grantedOn must be a date in the years 0001 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> new Dated<>(date, "x", "source"))
                .withMessageStartingWith("validFrom must be a date in the years 0001 to 9999");
    }

    @Test
    void theFirstAndLastDayOfTheAllowedYearsAreDates() {
        Project project = new Project("RDZ", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), Set.of(), Set.of(), true,
                LocalDate.of(9999, 12, 31));

        assertThat(project.end()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    // ---------------------------------------------------------------- other components

    @Test
    void anApplicationNamesItsBadComponents() {
        List<CostItem> costs = List.of(personnel("100.00"));
        BigDecimal requested = money("80.00");
        Applicant applicant = applicant(List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> new Application(" ", "rdz-lsa-2018", START, applicant,
                project(), costs, OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageStartingWith("id");
        assertThatIllegalArgumentException().isThrownBy(() -> new Application("a", "", START, applicant,
                project(), costs, OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageStartingWith("call");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", null, applicant,
                project(), costs, OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageContaining("decisionDate");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, null,
                project(), costs, OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageContaining("applicant");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, applicant,
                null, costs, OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageContaining("project");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, applicant,
                project(), null, OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageContaining("costs");
        assertThatIllegalArgumentException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, applicant,
                project(), List.of(), OtherFunding.NONE, requested, BoardVote.POSITIVE)).withMessageStartingWith("costs");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, applicant,
                project(), costs, null, requested, BoardVote.POSITIVE)).withMessageContaining("otherFunding");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, applicant,
                project(), costs, OtherFunding.NONE, null, BoardVote.POSITIVE)).withMessageContaining("requestedGrant");
        assertThatNullPointerException().isThrownBy(() -> new Application("a", "rdz-lsa-2018", START, applicant,
                project(), costs, OtherFunding.NONE, requested, null)).withMessageContaining("boardVote");
    }

    @Test
    void anApplicantNamesItsBadComponents() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Applicant(" ", LegalForm.GEMEINDE, "ST", null, false,
                List.of())).withMessageStartingWith("name");
        assertThatNullPointerException().isThrownBy(() -> new Applicant("A", null, "ST", null, false, List.of()))
                .withMessageContaining("legalForm");
        assertThatNullPointerException().isThrownBy(() -> new Applicant("A", LegalForm.GEMEINDE, null, null, false,
                List.of())).withMessageContaining("state");
        assertThatIllegalArgumentException().isThrownBy(() -> new Applicant("A", LegalForm.GEMEINDE, "XX", null, false,
                List.of())).withMessageStartingWith("state");
        assertThatNullPointerException().isThrownBy(() -> new Applicant("A", LegalForm.GEMEINDE, "ST", null, false,
                null)).withMessageContaining("deMinimisAid");
        assertThat(new Applicant("A", LegalForm.GMBH, "SN", null, true, List.of()).state()).isEqualTo("SN");
    }

    @Test
    void aProjectNamesItsBadComponents() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Project("", START, START.minusDays(1), Set.of(),
                Set.of(), false, null)).withMessageStartingWith("end");
        assertThatNullPointerException().isThrownBy(() -> new Project("", null, END, Set.of(), Set.of(), false, null))
                .withMessageContaining("start");
        assertThatNullPointerException().isThrownBy(() -> new Project("", START, null, Set.of(), Set.of(), false, null))
                .withMessageContaining("end");
        assertThatNullPointerException().isThrownBy(() -> new Project(null, START, END, Set.of(), Set.of(), false, null))
                .withMessageContaining("title");
        assertThat(new Project("", START, START, Set.of(), Set.of(), false, null).end()).isEqualTo(START);
    }

    @Test
    void aDeMinimisAidNamesAMissingDate() {
        assertThatNullPointerException().isThrownBy(() -> new DeMinimisAid(null, money("1.00")))
                .withMessageContaining("grantedOn");
    }

    @Test
    void aProblemAndAnInvalidApplicationNeedTheirParts() {
        assertThatNullPointerException().isThrownBy(() -> new Problem(null, "m")).withMessageContaining("field");
        assertThatNullPointerException().isThrownBy(() -> new Problem("f", null)).withMessageContaining("message");
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidApplicationException("x", List.of()));
        assertThat(new Problem("costs[2].amount", "must be greater than 0")).hasToString("costs[2].amount: must be greater than 0");
    }

    // ---------------------------------------------------------------- defensive copies

    @Test
    void anApplicationCopiesItsCostPlan() {
        List<CostItem> costs = new ArrayList<>(List.of(personnel("100.00")));
        Application application = application(costs, money("80.00"));

        costs.add(personnel("50.00"));

        assertThat(application.costs()).containsExactly(personnel("100.00"));
        assertThatThrownBy(() -> application.costs().add(personnel("1.00"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anApplicantCopiesItsAid() {
        List<DeMinimisAid> aid = new ArrayList<>(List.of(new DeMinimisAid(START, money("1.00"))));
        Applicant applicant = applicant(aid);

        aid.clear();

        assertThat(applicant.deMinimisAid()).hasSize(1);
        assertThatThrownBy(() -> applicant.deMinimisAid().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aProjectCopiesItsTasksAndPartners() {
        Set<CentreTask> tasks = EnumSet.of(CentreTask.BUNDLING);
        Set<PartnerSector> partners = EnumSet.of(PartnerSector.BUSINESS);
        Project project = new Project("", START, END, tasks, partners, true, null);

        tasks.clear();
        partners.add(PartnerSector.SCIENCE);

        assertThat(project.tasks()).containsExactly(CentreTask.BUNDLING);
        assertThat(project.partners()).containsExactly(PartnerSector.BUSINESS);
        assertThatThrownBy(() -> project.tasks().add(CentreTask.AGENDA_PROCESS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Finding finding(String ruleId, Severity severity, Map<String, Object> figures) {
        return new Finding(ruleId, severity, "de", "en", "ref", figures);
    }

    @Test
    void aFindingCopiesItsFiguresKeepingTheirOrder() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rate", money("0.80"));
        figures.put("eligibleCosts", money("212900.00"));
        Finding finding = finding("RDZ-GRANT-RATE", Severity.INFO, figures);

        figures.put("limit", money("170320.00"));

        assertThat(finding.figures()).containsOnlyKeys("rate", "eligibleCosts");
        assertThat(finding.figures().keySet()).containsExactly("rate", "eligibleCosts");
        assertThatThrownBy(() -> finding.figures().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(finding.message(Language.DE)).isEqualTo("de");
        assertThat(finding.message(Language.EN)).isEqualTo("en");
    }

    private static Amounts amounts(List<Limit> limits) {
        return new Amounts(money("1.00"), money("1.00"), money("0.00"), money("0.00"), money("1.00"),
                money("0.0000"), limits, null);
    }

    @Test
    void anAssessmentCopiesAndSortsItsFindingsAndCopiesItsRules() {
        List<Finding> findings = new ArrayList<>(List.of(
                finding("RDZ-GRANT-RATE", Severity.INFO, Map.of()),
                finding("RDZ-NETWORK", Severity.WARNING, Map.of()),
                finding("RDZ-TASKS", Severity.MISSING, Map.of()),
                finding("RDZ-EARLY-START", Severity.INFO, Map.of()),
                finding("RDZ-BOARD-VOTE", Severity.ERROR, Map.of()),
                finding("RDZ-APPLICANT-FORM", Severity.ERROR, Map.of())));
        List<String> fired = new ArrayList<>(List.of("RDZ-APPLICANT-FORM", "RDZ-BOARD-VOTE"));
        List<Limit> limits = new ArrayList<>(List.of(new Limit(LimitKind.CEILING, money("200000.00"), "RDZ-GRANT-CEILING")));
        Assessment assessment = new Assessment("a", "rdz-lsa-2018", "2018.1", "bundled@x", Outcome.INELIGIBLE,
                amounts(limits), findings, fired);

        findings.clear();
        fired.clear();
        limits.clear();

        // docs/json-format.md: ordered by severity (ERROR, MISSING, WARNING, INFO), then rule id
        assertThat(assessment.findings()).extracting(f -> f.severity() + " " + f.ruleId()).containsExactly(
                "ERROR RDZ-APPLICANT-FORM", "ERROR RDZ-BOARD-VOTE", "MISSING RDZ-TASKS", "WARNING RDZ-NETWORK",
                "INFO RDZ-EARLY-START", "INFO RDZ-GRANT-RATE");
        assertThat(assessment.rulesFired()).containsExactly("RDZ-APPLICANT-FORM", "RDZ-BOARD-VOTE");
        assertThat(assessment.amounts().limits()).hasSize(1);
        assertThat(assessment.findings("RDZ-BOARD-VOTE")).hasSize(1);
        assertThatThrownBy(() -> assessment.rulesFired().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> assessment.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void amountsFindTheirLimitsByKind() {
        Amounts amounts = amounts(List.of(new Limit(LimitKind.RATE, money("170320.0000"), "RDZ-GRANT-RATE")));

        assertThat(amounts.limit(LimitKind.RATE)).map(Limit::amount).contains(money("170320.00"));
        assertThat(amounts.limit(LimitKind.DEMINIMIS)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"170320.0000, 170320.00", "170320, 170320.00", "987.6560, 987.656", "0.8, 0.80", "-10.000, -10.00",
            "12345.6789, 12345.6789"})
    @DisplayName("A limit is exact: trailing zeros beyond the cents go, significant decimals stay (0.80 x 1,234.57 = 987.656)")
    void aLimitIsKeptExactWithAtLeastTwoDecimals(BigDecimal amount, String exact) {
        assertThat(new Limit(LimitKind.RATE, amount, "RDZ-GRANT-RATE").amount()).isEqualTo(money(exact));
    }

    @Test
    void aDeMinimisRegulationNormalisesItsCeilingAndChecksItsDates() {
        DeMinimisRegulation regulation = new DeMinimisRegulation("(EU) 1407/2013", LocalDate.of(2014, 1, 1),
                LocalDate.of(2023, 12, 31), money("200000"), DeMinimisWindow.CALENDAR_YEARS, 3, "ABl. L 352");

        assertThat(regulation.ceiling()).isEqualTo(money("200000.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeMinimisRegulation("x", LocalDate.of(2014, 1, 1),
                LocalDate.of(2013, 12, 31), money("1.00"), DeMinimisWindow.CALENDAR_YEARS, 3, "s"))
                .withMessageContaining("validUntil");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeMinimisRegulation("x", LocalDate.of(2014, 1, 1),
                null, money("0.00"), DeMinimisWindow.CALENDAR_YEARS, 3, "s")).withMessageStartingWith("ceiling");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeMinimisRegulation("x", LocalDate.of(2014, 1, 1),
                null, money("1.00"), DeMinimisWindow.ROLLING_YEARS, 0, "s")).withMessageContaining("windowYears");
    }

    @Test
    void datedValuesRefuseTwoValuesFromOneDayAndAValueWithoutSource() {
        LocalDate day = LocalDate.of(2017, 12, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> new DatedValues<>("fundingRate",
                List.of(new Dated<>(day, money("0.80"), "a"), new Dated<>(day, money("0.90"), "b"))))
                .withMessageContaining("fundingRate");
        assertThatIllegalArgumentException().isThrownBy(() -> new Dated<>(day, money("0.80"), " "))
                .withMessageStartingWith("source");
        assertThatIllegalArgumentException().isThrownBy(() -> new DatedValues<>("maxGrant", List.of()))
                .withMessageContaining("maxGrant");
    }
}
