package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a call parameter, in force from a date until the next value of the same parameter.
 *
 * @param validFrom the first day the value applies to; not null
 * @param value the value; not null
 * @param source where the value comes from (programme page, press release, product decision); not null, not blank
 * @param <T> the parameter's type
 */
public record Dated<T>(LocalDate validFrom, T value, String source) {
    public Dated {
        Checks.require("validFrom", Checks.date(Objects.requireNonNull(validFrom, "validFrom must not be null")));
        Objects.requireNonNull(value, "value must not be null");
        Checks.require("source", Checks.notBlank(source));
    }
}
