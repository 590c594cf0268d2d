package io.github.foerderregeln.api.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The value rules of spec section 6, in one place: the record constructors and the JSON reader
 * both ask here, so a rule is written once. Each method returns the problem as a sentence, or
 * null when the value is fine.
 */
public final class Checks {
    /** Money has cents and no more (spec section 2). */
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
        if (amount.signum() < 0) {
            return "must not be negative (was " + amount.toPlainString() + ")";
        }
        if (!zeroAllowed && amount.signum() == 0) {
            return "must be greater than 0 (was " + amount.toPlainString() + ")";
        }
        if (amount.stripTrailingZeros().scale() > MONEY_SCALE) {
            return "must have at most two decimals (was " + amount.toPlainString() + ")";
        }
        return null;
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
