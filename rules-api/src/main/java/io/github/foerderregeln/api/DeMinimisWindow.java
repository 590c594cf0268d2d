package io.github.foerderregeln.api;

/** How a de-minimis regulation counts the aid granted before. */
public enum DeMinimisWindow {
    /**
     * The decision date's calendar (fiscal) year and the years before it, as in Regulation (EU)
     * 1407/2013, Art. 3(2): "im laufenden Steuerjahr sowie in den beiden vorangegangenen Steuerjahren".
     */
    CALENDAR_YEARS,
    /**
     * Any period of that many years ending on the decision date, as in Regulation (EU) 2023/2831,
     * Art. 3(2): "in einem Zeitraum von drei Jahren".
     */
    ROLLING_YEARS
}
