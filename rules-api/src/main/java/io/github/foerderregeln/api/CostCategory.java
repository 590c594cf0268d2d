package io.github.foerderregeln.api;

/** Cost categories of a cost plan (Kostenarten); which of them a call funds is a call parameter. */
public enum CostCategory implements GermanNamed {
    /** Personalausgaben (the call: "Personalkosten"). */
    PERSONNEL("Personalausgaben"),
    /** Sachausgaben (the call: "Sachkosten"). */
    MATERIAL("Sachausgaben"),
    /** Investitionsausgaben. */
    INVESTMENT("Investitionsausgaben"),
    /** sonstige Ausgaben. */
    OTHER("sonstige Ausgaben");

    private final String germanName;

    CostCategory(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
