package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.DeMinimisRegulation;
import java.time.LocalDate;

/**
 * The de-minimis regulation in force on the decision date and the days whose aid counts
 * against its ceiling, both inclusive.
 *
 * @param regulation the regulation; not null
 * @param from the first day of the window; not null
 * @param to the last day of the window; not null
 */
public record AidWindow(DeMinimisRegulation regulation, LocalDate from, LocalDate to) {
    /**
     * The regulations with the decision dates they apply to, for a hint in either language:
     * {@code (EU) 1407/2013 2014-01-01 – 2023-12-31, (EU) 2023/2831 2024-01-01 – 2030-12-31}; an
     * open-ended one ends with the dash.
     */
    public static String periods(java.util.List<DeMinimisRegulation> regulations) {
        return regulations.stream().sorted(java.util.Comparator.comparing(DeMinimisRegulation::validFrom))
                .map(r -> r.id() + " " + r.validFrom() + " –" + (r.validUntil() == null ? "" : " " + r.validUntil()))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
