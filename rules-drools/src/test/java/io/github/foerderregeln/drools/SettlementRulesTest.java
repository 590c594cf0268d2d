package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.InterestKind;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The settlement rules: the five worked cases to the cent, and every threshold below, at and above. */
class SettlementRulesTest {
    private static final FundingRules RULES = RuleAssertions.RULES;

    static SettlementResult settle(TestSettlement settlement) {
        return RULES.settle(settlement.build());
    }

    static Finding finding(SettlementResult result, String ruleId, Severity severity) {
        assertThat(result.findings(ruleId)).as("findings of " + ruleId).extracting(Finding::severity).contains(severity);
        return result.findings(ruleId).stream().filter(f -> f.severity() == severity).findFirst().orElseThrow();
    }

    static void assertSilent(SettlementResult result, String ruleId) {
        assertThat(result.findings(ruleId)).as("findings of " + ruleId).isEmpty();
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Nested
    class WorkedCases {
        @Test
        void caseASpentAsPlannedAndPaidAsUsedIsBalancedWithoutInterestTheCapAndTheRateTie() {
            // R = 212,900.00; SET-RATE 0.8 x 212,900.00 = 170,320.00 = SET-GRANT-CAP; F = 170,320; paid 170,320.00
            SettlementResult r = settle(TestSettlement.asPlanned());
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.BALANCED);
            assertThat(r.amounts().recognised()).isEqualTo(money("212900.00"));
            assertThat(r.amounts().finalGrant()).isEqualTo(money("170320.00"));
            assertThat(r.amounts().refund()).isEqualTo(money("0.00"));
            assertThat(r.amounts().refundInterest()).isEqualTo(money("0.00"));
            assertThat(r.amounts().lateUseInterest()).isEqualTo(money("0.00"));
            assertThat(r.interest()).isEmpty();
            assertThat(r.limits()).filteredOn(SettlementLimit::binding).extracting(SettlementLimit::kind)
                    .containsExactly(SettlementLimitKind.GRANT_CAP, SettlementLimitKind.RATE);
            finding(r, "SET-GRANT-CAP", Severity.INFO);
            finding(r, "SET-RATE", Severity.INFO);
            assertSilent(r, "SET-REFUND");
            assertSilent(r, "SET-PROOF-LATE");
            assertSilent(r, "SET-NEW-COVER");
            assertThat(r.limits()).extracting(SettlementLimit::kind).doesNotContain(SettlementLimitKind.NEW_COVER);
        }

        @Test
        void caseBLessSpentGivesARefundWithInterestFromTheLatestPayment() {
            // R = 150,000.00 + 50,000.00 = 200,000.00; SET-RATE 0.8 x 200,000.00 = 160,000.00 < 170,320.00.
            // Uses 60,000 + 20,000 + 60,000 + 20,000 = 160,000 take the first four payments in time; the
            // last payment, 10,320.00 on 2020-12-01, is the refund: 274 days to 2021-09-01 at -0.88 + 5 = 4.12 %:
            // 10,320.00 x 4.12 x 274 / 36,500 = 11,650,041.6 / 36,500 = 319.1792 -> 319.18
            SettlementResult r = settle(new TestSettlement()
                    .personnel("2019-06-30", "75000.00").material("2019-09-30", "25000.00")
                    .personnel("2020-06-30", "75000.00").material("2020-09-30", "25000.00")
                    .pay("2019-06-15", "60000.00").pay("2019-09-15", "20000.00")
                    .pay("2020-06-15", "60000.00").pay("2020-09-15", "20000.00").pay("2020-12-01", "10320.00"));
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.REFUND);
            assertThat(r.amounts().recognised()).isEqualTo(money("200000.00"));
            assertThat(r.amounts().finalGrant()).isEqualTo(money("160000.00"));
            assertThat(r.amounts().refund()).isEqualTo(money("10320.00"));
            assertThat(r.amounts().refundInterest()).isEqualTo(money("319.18"));
            assertThat(r.interest()).singleElement().satisfies(line -> {
                assertThat(line.kind()).isEqualTo(InterestKind.REFUND);
                assertThat(line.from()).isEqualTo(LocalDate.parse("2020-12-01"));
                assertThat(line.to()).isEqualTo(LocalDate.parse("2021-09-01"));
                assertThat(line.days()).isEqualTo(274);
                assertThat(line.ratePercent()).isEqualByComparingTo("4.12");
                assertThat(line.interest()).isEqualTo(money("319.18"));
            });
            finding(r, "SET-RATE", Severity.INFO);
            assertSilent(r, "SET-GRANT-CAP");
            assertThat(finding(r, "SET-REFUND", Severity.WARNING).figures().get("refund")).isEqualTo(money("10320.00"));
            assertThat(finding(r, "SET-REFUND-INTEREST", Severity.WARNING).messageDe()).contains("319,18")
                    .contains("abgesehen");
            assertSilent(r, "SET-LATE-USE-INTEREST");
        }

        @Test
        void caseCACategoryOverItsToleranceIsCutAndTheCapBinds() {
            // MATERIAL declared 33,062.50 x 2 = 66,125.00 (+25 %), cap 52,900.00 x 1.20 = 63,480.00, cut 2,645.00;
            // R = 150,000.00 + 63,480.00 = 213,480.00; SET-RATE 170,784.00 > SET-GRANT-CAP 170,320.00 = F.
            // The cut is taken from the latest MATERIAL item: uses 60,000 / 26,450 / 60,000 / 24,334 (counts 23,870).
            SettlementResult r = settle(new TestSettlement()
                    .personnel("2019-06-30", "75000.00").material("2019-09-30", "33062.50")
                    .personnel("2020-06-30", "75000.00").material("2020-09-30", "33062.50")
                    .pay("2019-06-15", "60000.00").pay("2019-09-15", "26450.00")
                    .pay("2020-06-15", "60000.00").pay("2020-09-15", "23870.00"));
            assertThat(r.amounts().declared()).isEqualTo(money("216125.00"));
            assertThat(r.amounts().recognisedByCategory()).containsEntry(CostCategory.MATERIAL, money("63480.00"))
                    .containsEntry(CostCategory.PERSONNEL, money("150000.00"));
            assertThat(r.amounts().recognised()).isEqualTo(money("213480.00"));
            assertThat(r.amounts().notRecognised()).isEqualTo(money("2645.00"));
            assertThat(r.amounts().finalGrant()).isEqualTo(money("170320.00"));
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.BALANCED);
            assertThat(finding(r, "SET-CATEGORY-OVERRUN", Severity.WARNING).figures().get("cut")).isEqualTo(money("2645.00"));
            finding(r, "SET-GRANT-CAP", Severity.INFO);
            assertSilent(r, "SET-RATE");
            assertThat(r.interest()).isEmpty();
        }

        @Test
        void caseDDrawnTooEarlyBearsLateUseInterestFromThePayment() {
            // 100,000.00 paid 2019-02-01, to be used by 2019-04-01: the use of 32,000.00 on 2019-03-31 is in time;
            // 32,000.00 used 2019-06-30 (149 days) and 36,000.00 used 2019-09-30 (241 days) are late, at 4.12 %:
            // 32,000 x 4.12 x 149 / 36,500 = 538.1962 -> line 538.20; 36,000 x 4.12 x 241 / 36,500 = 979.3184 -> 979.32;
            // total (19,644,160 + 35,745,120) / 36,500 = 1,517.5145 -> 1,517.51 (the lines add up to 1,517.52)
            SettlementResult r = settle(new TestSettlement()
                    .personnel("2019-03-31", "40000.00").personnel("2019-06-30", "40000.00")
                    .personnel("2019-09-30", "45000.00").personnel("2020-06-30", "35000.00")
                    .material("2020-09-30", "52900.00")
                    .pay("2019-02-01", "100000.00").pay("2020-06-15", "28000.00").pay("2020-09-15", "42320.00"));
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.BALANCED);
            assertThat(r.amounts().lateUseInterest()).isEqualTo(money("1517.51"));
            assertThat(r.interest()).extracting(InterestLine::kind).containsOnly(InterestKind.LATE_USE);
            assertThat(r.interest()).extracting(InterestLine::from).containsOnly(LocalDate.parse("2019-02-01"));
            assertThat(r.interest()).extracting(InterestLine::to)
                    .containsExactly(LocalDate.parse("2019-06-30"), LocalDate.parse("2019-09-30"));
            assertThat(r.interest()).extracting(InterestLine::interest).containsExactly(money("538.20"), money("979.32"));
            assertThat(finding(r, "SET-LATE-USE-INTEREST", Severity.WARNING).messageDe()).contains("können")
                    .contains("1.517,51");
            assertSilent(r, "SET-REFUND-INTEREST");
        }

        @Test
        void caseEAProofSubmittedAfterItsDueDateIsLate() {
            TestSettlement s = TestSettlement.asPlanned();
            s.submitted = "2021-07-15";
            SettlementResult r = settle(s);
            assertThat(finding(r, "SET-PROOF-LATE", Severity.WARNING).figures().get("due"))
                    .isEqualTo(LocalDate.parse("2021-06-30"));
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.BALANCED);
        }
    }

    @Nested
    class Thresholds {
        private SettlementResult material(String amount, boolean approved) {
            TestSettlement s = new TestSettlement().personnel("2019-06-30", "150000.00").material("2019-09-30", amount)
                    .pay("2019-06-15", "120000.00");
            if (approved) {
                s.overrunApproved.add(CostCategory.MATERIAL);
            }
            return settle(s);
        }

        @Test
        void aCategoryAtItsToleranceIsRecognisedInFullAndOneCentMoreIsCut() {
            // 52,900.00 x 1.20 = 63,480.00
            assertThat(material("63479.99", false).findings("SET-CATEGORY-OVERRUN")).isEmpty();
            assertThat(material("63480.00", false).findings("SET-CATEGORY-OVERRUN")).isEmpty();
            SettlementResult above = material("63480.01", false);
            assertThat(finding(above, "SET-CATEGORY-OVERRUN", Severity.WARNING).figures().get("cut"))
                    .isEqualTo(money("0.01"));
            assertThat(above.amounts().recognisedByCategory()).containsEntry(CostCategory.MATERIAL, money("63480.00"));
        }

        @Test
        void anApprovedOverrunIsRecognisedInFull() {
            SettlementResult r = material("66125.00", true);
            assertSilent(r, "SET-CATEGORY-OVERRUN");
            assertThat(r.amounts().recognisedByCategory()).containsEntry(CostCategory.MATERIAL, money("66125.00"));
        }

        private SettlementResult paidOn(String day) {
            return settle(new TestSettlement().personnel(day, "1000.00").pay("2019-06-15", "800.00"));
        }

        @Test
        void expenditureOnTheFirstAndLastDayOfThePeriodIsRecognisedAndTheDayBeforeOrAfterIsNot() {
            assertSilent(paidOn("2019-01-16"), "SET-PERIOD");
            assertSilent(paidOn("2020-12-31"), "SET-PERIOD");
            SettlementResult before = paidOn("2019-01-15");
            finding(before, "SET-PERIOD", Severity.WARNING);
            assertThat(before.amounts().recognised()).isEqualTo(money("0.00"));
            finding(paidOn("2021-01-01"), "SET-PERIOD", Severity.WARNING);
        }

        @Test
        void expenditureOfACategoryTheCallDoesNotFundIsNotRecognisedAndOutsideThePeriodGetsBothFindings() {
            SettlementResult r = settle(new TestSettlement().personnel("2019-06-30", "1000.00")
                    .spend(CostCategory.INVESTMENT, "2019-06-30", "500.00").spend(CostCategory.OTHER, "2021-01-01", "1.00"));
            assertThat(r.findings("SET-CATEGORY")).hasSize(2);
            assertThat(r.findings("SET-PERIOD")).hasSize(1);
            assertThat(r.amounts().recognised()).isEqualTo(money("1000.00"));
            assertThat(r.amounts().notRecognised()).isEqualTo(money("501.00"));
            assertSilent(settle(TestSettlement.asPlanned()), "SET-CATEGORY");
        }

        private SettlementResult usedOn(String day) {
            return settle(new TestSettlement().personnel(day, "1000.00").pay("2019-02-01", "800.00"));
        }

        @Test
        void aPaymentUsedTheDayBeforeOrOnTwoMonthsAfterIsInTimeAndTheDayAfterIsLate() {
            assertSilent(usedOn("2019-03-31"), "SET-LATE-USE-INTEREST");
            assertSilent(usedOn("2019-04-01"), "SET-LATE-USE-INTEREST");
            // 800.00 x 4.12 x 60 / 36,500 = 5.4180 -> 5.42 (2019-02-01 to 2019-04-02: 27 + 31 + 2 = 60 days)
            SettlementResult late = usedOn("2019-04-02");
            finding(late, "SET-LATE-USE-INTEREST", Severity.WARNING);
            assertThat(late.amounts().lateUseInterest()).isEqualTo(money("5.42"));
        }

        private SettlementResult submittedOn(String day) {
            TestSettlement s = TestSettlement.asPlanned();
            s.submitted = day;
            return settle(s);
        }

        @Test
        void aProofSubmittedOnItsDueDateIsInTimeAndTheDayAfterIsLate() {
            assertSilent(submittedOn("2021-06-29"), "SET-PROOF-LATE");
            assertSilent(submittedOn("2021-06-30"), "SET-PROOF-LATE");
            finding(submittedOn("2021-07-01"), "SET-PROOF-LATE", Severity.WARNING);
        }

        private SettlementResult refundSettledOn(String day) {
            TestSettlement s = new TestSettlement().personnel("2019-06-30", "1000.00").pay("2019-06-15", "1800.00");
            s.settled = day;
            return settle(s);
        }

        @Test
        void aRefundSettledOnTheLastKnownDayOfTheBasiszinssatzIsComputedAndADayLaterIsIncomplete() {
            SettlementResult known = refundSettledOn("2025-12-31");
            assertThat(known.outcome()).isEqualTo(SettlementOutcome.REFUND);
            assertSilent(known, "SET-BASE-RATE");
            assertThat(known.amounts().refundInterest()).isPositive();
            SettlementResult unknown = refundSettledOn("2026-01-01");
            assertThat(unknown.outcome()).isEqualTo(SettlementOutcome.INCOMPLETE);
            assertThat(finding(unknown, "SET-BASE-RATE", Severity.MISSING).figures().get("day"))
                    .isEqualTo(LocalDate.parse("2026-01-01"));
            assertThat(unknown.amounts().refund()).isEqualTo(money("1000.00"));
            assertThat(unknown.amounts().refundInterest()).isEqualTo(money("0.00"));
            assertThat(unknown.interest()).isEmpty();
            assertSilent(unknown, "SET-REFUND-INTEREST");
            finding(unknown, "SET-REFUND", Severity.WARNING);
        }

        @Test
        void aSettlementWithoutAnInterestPeriodNeedsNoBasiszinssatz() {
            TestSettlement s = TestSettlement.asPlanned();
            s.settled = "2030-01-01";
            s.submitted = "2021-05-20";
            SettlementResult r = settle(s);
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.BALANCED);
            assertSilent(r, "SET-BASE-RATE");
        }

        @Test
        void lessPaidThanTheFinalGrantLeavesARemainingPayment() {
            SettlementResult r = settle(new TestSettlement().personnel("2019-06-30", "1000.00").pay("2019-06-15", "700.00"));
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.FINAL_PAYMENT);
            assertThat(r.amounts().remainingPayment()).isEqualTo(money("100.00"));
            finding(r, "SET-REFUND", Severity.INFO);
        }

        @Test
        void otherFundingBeyondThePlanReducesTheGrantInProportion() {
            // R = 212,900.00, X = 10,645.00: min(170,320, 170,320) x (212,900 - 10,645) / 212,900 = 161,804.00
            TestSettlement s = TestSettlement.asPlanned();
            s.otherReceived = "10645.00";
            SettlementResult r = settle(s);
            finding(r, "SET-NEW-COVER", Severity.INFO);
            assertThat(r.amounts().finalGrant()).isEqualTo(money("161804.00"));
            assertThat(r.outcome()).isEqualTo(SettlementOutcome.REFUND);
            // At X = 0.00 (received as planned) the limit does not exist.
            assertThat(settle(TestSettlement.asPlanned()).limits()).extracting(SettlementLimit::kind)
                    .doesNotContain(SettlementLimitKind.NEW_COVER);
        }

        @Test
        void newCoverOfMoreThanTheRecognisedExpenditureIsTheFormulaBelowZeroAndTiesWithNoDoubleFunding() {
            // Rate 1.0000, R = 1,000.00, nothing planned. X = 999.99: 1,000 x 0.01 / 1,000 = 0.01 = 1,000 - 999.99.
            // X = 1,000.00: both 0.00. X = 1,000.01: both -0.01. Each time both bind; the final grant is 0.00.
            for (String[] received : new String[][] {{"999.99", "0.01"}, {"1000.00", "0.00"}, {"1000.01", "-0.01"}}) {
                TestSettlement s = new TestSettlement().personnel("2019-06-30", "1000.00").pay("2019-06-15", "700.00");
                s.rate = "1.0000";
                s.otherReceived = received[0];
                SettlementResult r = settle(s);
                assertThat(r.limits()).as("X = " + received[0]).filteredOn(SettlementLimit::binding)
                        .extracting(SettlementLimit::kind)
                        .containsExactly(SettlementLimitKind.NEW_COVER, SettlementLimitKind.NO_DOUBLE_FUNDING);
                assertThat(r.limits()).filteredOn(l -> l.kind() == SettlementLimitKind.NEW_COVER).singleElement()
                        .extracting(SettlementLimit::amount).satisfies(a -> assertThat(a).isEqualByComparingTo(received[1]));
                finding(r, "SET-NEW-COVER", Severity.INFO);
                assertThat(r.amounts().finalGrant()).isEqualTo(money("0.00"));
            }
        }

        @Test
        void otherFundingAboveTheRestOfTheRecognisedExpenditureBindsNoDoubleFunding() {
            // R = 1,000.00, other funding 300.00 (planned 300.00, so no new cover): 1,000 - 300 = 700 < 800
            TestSettlement s = new TestSettlement().personnel("2019-06-30", "1000.00").pay("2019-06-15", "700.00");
            s.plannedOther = "300.00";
            s.otherReceived = "300.00";
            SettlementResult r = settle(s);
            finding(r, "SET-NO-DOUBLE-FUNDING", Severity.INFO);
            assertThat(r.amounts().finalGrant()).isEqualTo(money("700.00"));
            assertSilent(settle(TestSettlement.asPlanned()), "SET-NO-DOUBLE-FUNDING");
        }

        @Test
        void receiptsAreKeptFiveYearsFromTheEndOfThePeriod() {
            assertThat(finding(settle(TestSettlement.asPlanned()), "SET-RETENTION", Severity.INFO).figures().get("until"))
                    .isEqualTo(LocalDate.parse("2025-12-31"));
        }

        @Test
        void theFinalGrantIsAStageThatFiresInEverySettlementWithoutAFindingOfItsOwn() {
            SettlementResult r = settle(TestSettlement.asPlanned());
            assertThat(r.rulesFired()).contains("SET-FINAL-GRANT");
            assertSilent(r, "SET-FINAL-GRANT");
        }

        @Test
        void noSettlementRuleFiresOrSpeaksInAnAssessment() {
            // The settlement rules share the rule base: each of them, SET-RETENTION too, is silent
            // where nothing is settled.
            io.github.foerderregeln.api.Assessment assessment = RULES.assess(TestApplication.eligible().build());
            assertThat(assessment.rulesFired()).noneMatch(id -> id.startsWith("SET-"));
            assertThat(assessment.findings()).noneMatch(f -> f.ruleId().startsWith("SET-"));
        }

        @Test
        void noAssessmentRuleFiresInASettlement() {
            assertThat(settle(TestSettlement.asPlanned()).rulesFired()).allMatch(id -> id.startsWith("SET-"));
        }
    }
}
