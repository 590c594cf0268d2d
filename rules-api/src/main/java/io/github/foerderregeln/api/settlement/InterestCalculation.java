package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The day-by-day interest of § 49a Abs. 3 and 4 VwVfG, exact: for each day, amount x (Basiszinssatz
 * + points) / 100 / basis. A period is split into lines where the Basiszinssatz changes; within a
 * line every day bears the same interest, so a line is amount x rate x days / (100 x basis). The
 * total is the exact sum of the lines, rounded half up to the cent once: the one place interest is
 * rounded. A line's interest is shown rounded half up to the cent.
 *
 * @param lines the lines, in the order of the periods and their days; copied
 * @param total the total rounded half up to the cent; 0.00 when a day is unknown
 * @param firstUnknownDay the first day without a known Basiszinssatz, if any (then there are no lines)
 */
public record InterestCalculation(List<InterestLine> lines, BigDecimal total, Optional<LocalDate> firstUnknownDay) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InterestCalculation {
        lines = List.copyOf(lines);
        Checks.nonNull(total, "total");
        Checks.nonNull(firstUnknownDay, "firstUnknownDay");
    }

    /**
     * The interest of {@code periods}.
     *
     * @param periods the periods; not null
     * @param rates the Basiszinssatz; not null
     * @param points the percentage points above it; not null
     * @param basis the days of an interest year
     */
    public static InterestCalculation of(List<InterestPeriod> periods, BaseRates rates, BigDecimal points, int basis) {
        List<InterestLine> lines = new ArrayList<>();
        // The sum of amount x rate x days over all lines; divided by 100 x basis once, at the end.
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = HUNDRED.multiply(BigDecimal.valueOf(basis));
        LocalDate unknown = null;
        for (InterestPeriod period : periods) {
            LocalDate start = period.from();
            List<LocalDate> cuts = new ArrayList<>(rates.changesWithin(period.from(), period.to()));
            LocalDate afterKnown = rates.knownUntil().equals(LocalDate.MIN) ? null : rates.knownUntil().plusDays(1);
            if (afterKnown != null && afterKnown.isAfter(period.from().plusDays(1)) && !afterKnown.isAfter(period.to())) {
                cuts.add(afterKnown);
            }
            cuts.add(period.to().plusDays(1));
            cuts = cuts.stream().distinct().sorted().toList();
            for (LocalDate cut : cuts) {
                // The line covers the days after start up to the day before cut.
                LocalDate end = cut.minusDays(1);
                if (!end.isAfter(start)) {
                    continue;
                }
                Optional<BigDecimal> base = rates.on(start.plusDays(1));
                if (base.isEmpty()) {
                    LocalDate day = start.plusDays(1);
                    if (unknown == null || day.isBefore(unknown)) {
                        unknown = day;
                    }
                    start = end;
                    continue;
                }
                BigDecimal rate = base.get().add(points);
                long days = ChronoUnit.DAYS.between(start, end);
                BigDecimal part = period.amount().multiply(rate).multiply(BigDecimal.valueOf(days));
                numerator = numerator.add(part);
                lines.add(new InterestLine(period.kind(), period.amount(), start, end, rate,
                        part.signum() < 0 ? BigDecimal.ZERO.setScale(Checks.MONEY_SCALE)
                                : part.divide(denominator, Checks.MONEY_SCALE, RoundingMode.HALF_UP)));
                start = end;
            }
        }
        if (unknown != null) {
            return new InterestCalculation(List.of(), BigDecimal.ZERO.setScale(Checks.MONEY_SCALE), Optional.of(unknown));
        }
        BigDecimal total = numerator.divide(denominator, Checks.MONEY_SCALE, RoundingMode.HALF_UP);
        return new InterestCalculation(lines, total.signum() < 0 ? BigDecimal.ZERO.setScale(Checks.MONEY_SCALE) : total,
                Optional.empty());
    }
}
