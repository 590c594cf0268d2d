package io.github.foerderregeln.api;

/** Sectors of a centre's network partners (Wirtschaft, Wissenschaft, Verwaltung, Zivilgesellschaft). */
public enum PartnerSector {
    /** Wirtschaft. */
    BUSINESS,
    /** Wissenschaft. */
    SCIENCE,
    /** Verwaltung. */
    ADMINISTRATION,
    /** Zivilgesellschaft. */
    CIVIL_SOCIETY
}
