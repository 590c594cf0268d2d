package io.github.foerderregeln.api;

/** The tasks a Digitalisierungszentrum can take on, as named by the call. */
public enum CentreTask implements GermanNamed {
    /** Bündelung sektoraler Initiativen. */
    BUNDLING("Bündelung sektoraler Initiativen"),
    /** Einleitung eines Agenda- und Beteiligungsprozesses. */
    AGENDA_PROCESS("Einleitung eines Agenda- und Beteiligungsprozesses"),
    /** Erstellung einer Digitalen Strategie. */
    DIGITAL_STRATEGY("Erstellung einer Digitalen Strategie"),
    /** Projektmanagement. */
    PROJECT_MANAGEMENT("Projektmanagement");

    private final String germanName;

    CentreTask(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
