package io.github.foerderregeln.api;

/** Sectors of a centre's network partners (Wirtschaft, Wissenschaft, Verwaltung, Zivilgesellschaft). */
public enum PartnerSector implements GermanNamed {
    /** Wirtschaft. */
    BUSINESS("Wirtschaft"),
    /** Wissenschaft. */
    SCIENCE("Wissenschaft"),
    /** Verwaltung. */
    ADMINISTRATION("Verwaltung"),
    /** Zivilgesellschaft. */
    CIVIL_SOCIETY("Zivilgesellschaft");

    private final String germanName;

    PartnerSector(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
