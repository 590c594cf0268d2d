package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.Dated;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Basiszinssatz of § 247 BGB, published by the Deutsche Bundesbank: dated values, each valid
 * from its day until the next, and the last day any of them is known for. Reference data with its
 * source, not a call parameter: a rule directory replaces and extends it with its own file.
 *
 * @param source where the values come from; not null, not blank
 * @param values the rates in percent, each from a day; not null, copied and sorted, no two from one day
 * @param knownUntil the last day the last value is known to hold; not before the last value's day
 */
public record BaseRates(String source, List<Dated<BigDecimal>> values, LocalDate knownUntil) {
    /** No Basiszinssatz at all: every day of an interest period is unknown. */
    public static final BaseRates NONE = new BaseRates("none", List.of(), LocalDate.MIN);

    public BaseRates {
        Checks.require("source", Checks.notBlank(source));
        values = values.stream().sorted(Comparator.comparing(Dated::validFrom)).toList();
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).validFrom().equals(values.get(i - 1).validFrom())) {
                throw new IllegalArgumentException("the Basiszinssatz has two values from " + values.get(i).validFrom());
            }
        }
        Checks.nonNull(knownUntil, "knownUntil");
        if (!values.isEmpty() && knownUntil.isBefore(values.get(values.size() - 1).validFrom())) {
            throw new IllegalArgumentException("knownUntil must not be before the last value's day");
        }
    }

    /** The rate in percent on {@code day}, or empty when no value is known for it. */
    public Optional<BigDecimal> on(LocalDate day) {
        if (day.isAfter(knownUntil)) {
            return Optional.empty();
        }
        BigDecimal found = null;
        for (Dated<BigDecimal> value : values) {
            if (value.validFrom().isAfter(day)) {
                break;
            }
            found = value.value();
        }
        return Optional.ofNullable(found);
    }

    /** The days after {@code from} up to {@code to} on which the rate changes, in order. */
    List<LocalDate> changesWithin(LocalDate from, LocalDate to) {
        return values.stream().map(Dated::validFrom).filter(d -> d.isAfter(from.plusDays(1)) && !d.isAfter(to))
                .toList();
    }
}
