package io.github.foerderregeln.api;

import java.time.LocalDate;

/**
 * Periods counted as the BGB counts them (§ 31 VwVfG refers to it): a project period begins at the
 * start of its first day, so § 187 Abs. 2 BGB counts that day, and § 188 Abs. 2 and 3 BGB end a
 * period of months with the day before the day of the last month that has the first day's number,
 * or, where that month has no such day, with that month's last day.
 */
public final class Periods {
    private Periods() {
    }

    /**
     * The last day of a period of {@code months} months that begins on {@code start}:
     * 2019-07-01 and 24 months give 2021-06-30; 2020-02-29 and 24 months give 2022-02-28, since
     * February 2022 has no 29th (§ 188 Abs. 3 BGB); 2019-01-31 and one month give 2019-02-28.
     *
     * @param start the first day; not null
     * @param months the period's length in months, at least 1
     */
    public static LocalDate lastDay(LocalDate start, int months) {
        LocalDate sameDay = start.plusMonths(months);
        // plusMonths gives the month's last day where the month has no day of start's number: § 188 Abs. 3 BGB.
        return sameDay.getDayOfMonth() == start.getDayOfMonth() ? sameDay.minusDays(1) : sameDay;
    }
}
