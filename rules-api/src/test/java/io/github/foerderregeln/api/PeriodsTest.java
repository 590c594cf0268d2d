package io.github.foerderregeln.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods of months counted as §§ 187 Abs. 2, 188 Abs. 2 und 3 BGB count them (§ 31 VwVfG). */
class PeriodsTest {

    @ParameterizedTest(name = "{0} + {1} months ends on {2}")
    @CsvSource({
            // § 188 Abs. 2: the day before the day of the same number
            "2019-07-01, 24, 2021-06-30",
            "2019-08-31, 24, 2021-08-30",
            "2022-03-01, 24, 2024-02-29",  // the day before 1 March of a leap year
            // § 188 Abs. 3: the month has no day of the start's number, so its last day ends the period
            "2020-02-29, 24, 2022-02-28",
            "2020-02-29, 48, 2024-02-28",  // February 2024 has a 29th: the day before it
            "2019-01-31,  1, 2019-02-28",
            "2020-01-31,  1, 2020-02-29",
            "2020-01-30,  1, 2020-02-29",
            "2020-01-29,  1, 2020-02-28",
            "2019-03-31,  1, 2019-04-30",
            "2019-05-31,  1, 2019-06-30",
            "2019-12-31,  2, 2020-02-29"})
    @DisplayName("Fristende nach §§ 187 Abs. 2, 188 Abs. 2 und 3 BGB")
    void aPeriodOfMonthsEndsAsTheBgbSays(LocalDate start, int months, LocalDate lastDay) {
        assertThat(Periods.lastDay(start, months)).isEqualTo(lastDay);
    }
}
