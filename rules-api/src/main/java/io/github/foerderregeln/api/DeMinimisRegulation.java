package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A de-minimis regulation of the EU: how much aid a single undertaking may get within a window.
 *
 * @param id the regulation, such as {@code (EU) 1407/2013}; not null, not blank
 * @param validFrom the first decision date it applies to; not null
 * @param validUntil the last decision date it applies to; null when open-ended
 * @param ceiling the most aid within the window, in EUR; not null, greater than 0
 * @param window how the window is counted; not null
 * @param windowYears the length of the window in years, at least 1
 * @param source where this comes from; not null, not blank
 */
public record DeMinimisRegulation(String id, LocalDate validFrom, LocalDate validUntil, BigDecimal ceiling,
        DeMinimisWindow window, int windowYears, String source) {
    public DeMinimisRegulation {
        Checks.require("id", Checks.notBlank(id));
        Checks.require("validFrom", Checks.date(Objects.requireNonNull(validFrom, "validFrom must not be null")));
        if (validUntil != null) {
            Checks.require("validUntil", Checks.date(validUntil));
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil must not be before validFrom");
        }
        Checks.require("ceiling", Checks.money(Objects.requireNonNull(ceiling, "ceiling must not be null"), false));
        ceiling = Checks.cents(ceiling);
        Objects.requireNonNull(window, "window must not be null");
        Checks.require("windowYears", Checks.between(windowYears, 1, Checks.MAX_WINDOW_YEARS));
        Checks.require("source", Checks.notBlank(source));
    }

    /** Whether the regulation applies to a grant decided on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }
}
