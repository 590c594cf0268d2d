package io.github.foerderregeln.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values one call parameter took over time, like OpenFisca's dated parameters: a policy
 * change is a new value from a date, and an assessment uses the value in force on its decision date.
 *
 * @param name the parameter's name as in the call file, such as {@code fundingRate}; not null
 * @param values its values, at least one, no two from the same day; not null, copied and sorted by date
 * @param <T> the parameter's type
 */
public record DatedValues<T>(String name, List<Dated<T>> values) {
    public DatedValues {
        Objects.requireNonNull(name, "name must not be null");
        values = values.stream().sorted(Comparator.comparing(Dated::validFrom)).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one value");
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).validFrom().equals(values.get(i - 1).validFrom())) {
                throw new IllegalArgumentException(name + " has two values from " + values.get(i).validFrom());
            }
        }
    }

    /** A parameter with a single value. */
    public static <T> DatedValues<T> of(String name, LocalDate validFrom, T value, String source) {
        return new DatedValues<>(name, List.of(new Dated<>(validFrom, value, source)));
    }

    /** The value in force on {@code date}, or empty before the first value. */
    public Optional<Dated<T>> inForceOn(LocalDate date) {
        Dated<T> found = null;
        for (Dated<T> dated : values) {
            if (dated.validFrom().isAfter(date)) {
                break;
            }
            found = dated;
        }
        return Optional.ofNullable(found);
    }

    /** The first day any value applies. */
    public LocalDate firstValidFrom() {
        return values.get(0).validFrom();
    }
}
