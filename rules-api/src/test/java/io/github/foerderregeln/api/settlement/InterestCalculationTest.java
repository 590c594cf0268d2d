package io.github.foerderregeln.api.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Dated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day-by-day interest of § 49a VwVfG, at every change of the Basiszinssatz and after the last known one. */
class InterestCalculationTest {
    /** The Bundesbank's values (§ 247 BGB) from 2016-07-01, known to 2025-12-31. */
    static final BaseRates RATES = new BaseRates("Deutsche Bundesbank", List.of(
            rate("2016-07-01", "-0.88"), rate("2023-01-01", "1.62"), rate("2023-07-01", "3.12"),
            rate("2024-01-01", "3.62"), rate("2024-07-01", "3.37"), rate("2025-01-01", "2.27"),
            rate("2025-07-01", "1.27")), LocalDate.parse("2025-12-31"));
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    static Dated<BigDecimal> rate(String from, String value) {
        return new Dated<>(LocalDate.parse(from), new BigDecimal(value), "Deutsche Bundesbank");
    }

    private static InterestCalculation interest(String amount, String from, String to) {
        return InterestCalculation.of(List.of(new InterestPeriod(InterestKind.REFUND, new BigDecimal(amount),
                LocalDate.parse(from), LocalDate.parse(to))), RATES, FIVE, 365);
    }

    @Test
    void aRefundAtOneRateIsAmountTimesRateTimesDaysOver36500() {
        // 10,320.00 x 4.12 x 274 / 36,500 = 11,650,041.6 / 36,500 = 319.1792 -> 319.18
        InterestCalculation c = interest("10320.00", "2020-12-01", "2021-09-01");
        assertThat(c.total()).isEqualTo(new BigDecimal("319.18"));
        assertThat(c.lines()).singleElement().satisfies(line -> {
            assertThat(line.days()).isEqualTo(274);
            assertThat(line.ratePercent()).isEqualByComparingTo("4.12");
            assertThat(line.interest()).isEqualTo(new BigDecimal("319.18"));
        });
    }

    @Test
    void aPeriodAcrossBothChangesOf2023IsSplitIntoThreeLines() {
        // The days after 2022-12-01 up to 2023-08-01: 30 in December at 4.12 (-0.88 + 5), 181 from 1 January
        // to 30 June at 6.62 (1.62 + 5), 32 from 1 July to 1 August at 8.12 (3.12 + 5).
        // 10,000 x (4.12 x 30 + 6.62 x 181 + 8.12 x 32) / 36,500 = 10,000 x 1,581.66 / 36,500 = 433.3315 -> 433.33
        InterestCalculation c = interest("10000.00", "2022-12-01", "2023-08-01");
        assertThat(c.lines()).extracting(InterestLine::days).containsExactly(30L, 181L, 32L);
        assertThat(c.lines()).extracting(l -> l.ratePercent().toPlainString()).containsExactly("4.12", "6.62", "8.12");
        assertThat(c.lines()).extracting(InterestLine::from).containsExactly(LocalDate.parse("2022-12-01"),
                LocalDate.parse("2022-12-31"), LocalDate.parse("2023-06-30"));
        assertThat(c.total()).isEqualTo(new BigDecimal("433.33"));
    }

    @Test
    void aChangeOnTheFirstDayCountedGivesOneLineAtTheNewRate() {
        // The days after 2022-12-31 up to 2023-01-31: 31 days, all at 1.62 + 5 = 6.62
        InterestCalculation c = interest("10000.00", "2022-12-31", "2023-01-31");
        assertThat(c.lines()).singleElement().satisfies(l -> assertThat(l.ratePercent()).isEqualByComparingTo("6.62"));
        // 10,000 x 6.62 x 31 / 36,500 = 56.2246 -> 56.22
        assertThat(c.total()).isEqualTo(new BigDecimal("56.22"));
    }

    @Test
    void theLeapDayOf2024IsCountedAsADayOfAYearOf365() {
        // 2024-02-28 to 2024-03-01: 2 days (29 Feb, 1 Mar) at 8.62: 36,500 x 8.62 x 2 / 36,500 = 17.24
        InterestCalculation c = interest("36500.00", "2024-02-28", "2024-03-01");
        assertThat(c.lines()).singleElement().satisfies(l -> assertThat(l.days()).isEqualTo(2));
        assertThat(c.total()).isEqualTo(new BigDecimal("17.24"));
    }

    @Test
    void theLastKnownDayIsComputedAndTheDayAfterItIsUnknown() {
        assertThat(interest("1000.00", "2025-12-30", "2025-12-31").firstUnknownDay()).isEmpty();
        InterestCalculation unknown = interest("1000.00", "2025-12-30", "2026-01-01");
        assertThat(unknown.firstUnknownDay()).contains(LocalDate.parse("2026-01-01"));
        assertThat(unknown.lines()).isEmpty();
        assertThat(unknown.total()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theTotalIsTheExactSumRoundedOnceNotTheSumOfRoundedLines() {
        // Two periods of 0.01 for one day at 4.12: each line 0.0000011..., shown 0.00; the total 0.00 too.
        // Three periods of 1,000.00 for 1 day: each 0.112876... shown 0.11; sum exact 0.33863 -> 0.34, lines 0.33
        InterestPeriod p = new InterestPeriod(InterestKind.REFUND, new BigDecimal("1000.00"), LocalDate.parse("2020-01-01"),
                LocalDate.parse("2020-01-02"));
        InterestCalculation c = InterestCalculation.of(List.of(p, p, p), RATES, FIVE, 365);
        assertThat(c.lines()).extracting(InterestLine::interest).containsOnly(new BigDecimal("0.11"));
        assertThat(c.total()).isEqualTo(new BigDecimal("0.34"));
    }
}
