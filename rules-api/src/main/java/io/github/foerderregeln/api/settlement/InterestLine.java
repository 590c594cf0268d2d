package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One stretch of days at one rate: the days after {@code from} up to and including {@code to}.
 *
 * @param kind refund or late-use interest; not null
 * @param amount the amount the interest is on, exact (shown rounded half up to the cent); not null, above 0
 * @param from the day before the first day counted; not null
 * @param to the last day counted, after {@code from}; not null
 * @param ratePercent the yearly rate in percent (Basiszinssatz + 5 points); not null
 * @param interest the line's interest rounded half up to the cent (the total is the exact sum, rounded once); not null, at least 0
 */
public record InterestLine(InterestKind kind, BigDecimal amount, LocalDate from, LocalDate to, BigDecimal ratePercent,
        BigDecimal interest) {
    public InterestLine {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(amount, "amount");
        Checks.nonNull(from, "from");
        Checks.nonNull(to, "to");
        Checks.nonNull(ratePercent, "ratePercent");
        Checks.nonNull(interest, "interest");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from (was " + from + " to " + to + ")");
        }
        if (amount.signum() <= 0 || interest.signum() < 0) {
            throw new IllegalArgumentException("amount must be above 0 and interest not negative");
        }
    }

    /** The number of days counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }
}
