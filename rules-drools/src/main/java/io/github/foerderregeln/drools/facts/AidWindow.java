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
}
