package io.github.foerderregeln.api;

/** The result of an assessment (docs/rules.md, "What an assessment returns"). */
public enum Outcome implements GermanNamed {
    /** No error, nothing missing, and a positive board vote. */
    ELIGIBLE("förderfähig"),
    /** At least one {@link Severity#ERROR} finding; the grant is 0.00. */
    INELIGIBLE("nicht förderfähig"),
    /** No error but at least one {@link Severity#MISSING} finding. */
    INCOMPLETE("unvollständig"),
    /** Complete and without error, but the Digitalisierungsbeirat has not voted positively yet. */
    PENDING_BOARD_VOTE("Votum des Digitalisierungsbeirates ausstehend");

    private final String germanName;

    Outcome(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
