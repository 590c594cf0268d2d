package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.time.LocalDate;
import java.util.Set;

/**
 * The project: setting up a Digitalisierungszentrum for a period.
 *
 * @param title its title; not null, may be empty
 * @param start the first day, in the years 0001 to 9999; not null
 * @param end the last day, inclusive, not before {@code start}, in the years 0001 to 9999; not null
 * @param tasks the call's tasks the centre takes on; not null, copied
 * @param partners the sectors of the network partners; not null, copied
 * @param sustainabilityConcept whether a concept for carrying the centre on after the project is present
 * @param earlyStartApprovedOn the date an early start (vorzeitiger Maßnahmebeginn) was approved; null if none was
 */
public record Project(String title, LocalDate start, LocalDate end, Set<CentreTask> tasks,
        Set<PartnerSector> partners, boolean sustainabilityConcept, LocalDate earlyStartApprovedOn) {
    public Project {
        Checks.nonNull(title, "title");
        Checks.require("start", Checks.date(Checks.nonNull(start, "start")));
        Checks.require("end", Checks.date(Checks.nonNull(end, "end")));
        Checks.require("end", Checks.period(start, end));
        if (earlyStartApprovedOn != null) {
            Checks.require("earlyStartApprovedOn", Checks.date(earlyStartApprovedOn));
        }
        tasks = Set.copyOf(Checks.nonNull(tasks, "tasks"));
        partners = Set.copyOf(Checks.nonNull(partners, "partners"));
    }
}
