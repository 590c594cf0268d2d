package io.github.foerderregeln.api;

/**
 * The limits a grant is the lowest of. When two limits are equal, the one listed first binds:
 * the order is that of the rule table of docs/rules.md.
 */
public enum LimitKind implements GermanNamed {
    /** The funding rate times the eligible costs (Förderquote). */
    RATE("Förderquote"),
    /** The call's highest grant (Höchstbetrag). */
    CEILING("Höchstbetrag"),
    /** The amount requested (beantragte Zuwendung). */
    REQUESTED("beantragter Betrag"),
    /** Eligible costs less other funding of the same costs (Verbot der Doppelförderung). */
    NO_DOUBLE_FUNDING("nicht anderweitig finanzierte zuwendungsfähige Ausgaben"),
    /** The de-minimis ceiling less the aid already granted in the window. */
    DEMINIMIS("De-minimis-Spielraum");

    private final String germanName;

    LimitKind(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
