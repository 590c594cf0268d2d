package io.github.foerderregeln.api.internal;

import io.github.foerderregeln.api.internal.BoundedInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The value rules of docs/rules.md, "Invalid input", in one place: the record constructors and the JSON reader
 * both ask here, so a rule is written once. Each method returns the problem as a sentence, or
 * null when the value is fine.
 */
public final class Checks {
    /** Money has cents and no more (docs/rules.md, "Inputs"). */
    public static final int MONEY_SCALE = 2;

    private Checks() {
    }

    /**
     * The problem with an amount of money, or null.
     *
     * @param amount the amount; not null
     * @param zeroAllowed whether 0.00 is a valid amount (other funding) or not (cost items, aid, requested grant)
     */
    public static String money(BigDecimal amount, boolean zeroAllowed) {
        Objects.requireNonNull(amount, "amount must not be null");
        // First the bound of docs/rules.md, "Invalid input", decided without expanding the number: only a value
        // known to be small is shown or scaled (1E+100000000 would take minutes and 100 MB).
        String magnitude = BoundedInput.magnitudeProblem(amount);
        if (magnitude != null) {
            return magnitude;
        }
        if (amount.signum() < 0) {
            return "must not be negative (was " + BoundedInput.show(amount) + ")";
        }
        if (!zeroAllowed && amount.signum() == 0) {
            return "must be greater than 0 (was " + BoundedInput.show(amount) + ")";
        }
        return BoundedInput.decimalsProblem(amount, MONEY_SCALE);
    }

    /**
     * The problem with a date outside the years 0001 to 9999 (docs/rules.md, "Invalid input"), or null: the rules'
     * date arithmetic (a start plus the longest duration) then never leaves {@link LocalDate}'s range.
     *
     * @param date the date; not null
     */
    public static String date(LocalDate date) {
        return BoundedInput.dateProblem(Objects.requireNonNull(date, "date must not be null"));
    }

    /** The most decimals a funding rate may have: 0.666667 is as fine as a share is ever written. */
    public static final int MAX_RATE_DECIMALS = 6;
    /** The longest project duration a call may allow, in months (100 years). */
    public static final int MAX_DURATION_MONTHS = 1_200;
    /** The longest de-minimis window a call may count, in years. */
    public static final int MAX_WINDOW_YEARS = 100;

    /**
     * The problem with a funding rate, or null: above 0, at most 1, at most
     * {@value #MAX_RATE_DECIMALS} decimals (so that {@code 1e-999999999} is refused, not multiplied).
     */
    public static String rate(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate must not be null");
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            return "must be a share above 0 and at most 1, such as 0.80 (was " + BoundedInput.show(rate) + ")";
        }
        return BoundedInput.decimalsProblem(rate, MAX_RATE_DECIMALS);
    }

    /** The problem with a whole number outside {@code min} to {@code max}, or null. */
    public static String between(long value, int min, int max) {
        return value < min || value > max ? "must be a whole number from " + min + " to " + max + " (was " + value + ")" : null;
    }

    /** The problem with a project period whose end lies before its start, or null. */
    public static String period(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            return "must not be before the start date " + start + " (was " + end + ")";
        }
        return null;
    }

    /** The problem with a list longer than its bound, or null. */
    public static String size(Collection<?> values, int max) {
        return values.size() > max ? "has " + values.size() + " entries, more than the " + max + " allowed" : null;
    }

    /** The problem with a text that is blank where a value is required, or null. */
    public static String notBlank(String value) {
        return value == null || value.isBlank() ? "must not be empty" : null;
    }

    /**
     * Throws {@link IllegalArgumentException} naming the field when {@code problem} is not null.
     * Used by the record constructors, which know their component but not its place in an application.
     */
    public static void require(String field, String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem);
        }
    }

    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** A money amount with exactly two decimals; the value is not changed, only its scale. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE);
    }
}
