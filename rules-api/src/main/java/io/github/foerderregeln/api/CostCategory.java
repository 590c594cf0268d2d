package io.github.foerderregeln.api;

/** Cost categories of a cost plan (Kostenarten); which of them a call funds is a call parameter. */
public enum CostCategory {
    /** Personalkosten. */
    PERSONNEL("Personalkosten"),
    /** Sachkosten. */
    MATERIAL("Sachkosten"),
    /** Investitionen. */
    INVESTMENT("Investitionen"),
    /** Sonstige Kosten. */
    OTHER("Sonstige Kosten");

    private final String germanName;

    CostCategory(String germanName) {
        this.germanName = germanName;
    }

    /** The German name of the category, as used in messages. */
    public String germanName() {
        return germanName;
    }
}
