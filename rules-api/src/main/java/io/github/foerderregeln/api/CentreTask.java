package io.github.foerderregeln.api;

/** The tasks a Digitalisierungszentrum can take on, as named by the call. */
public enum CentreTask {
    /** Bündelung sektoraler Initiativen. */
    BUNDLING,
    /** Einleitung eines Agenda- und Beteiligungsprozesses. */
    AGENDA_PROCESS,
    /** Erstellung einer Digitalen Strategie. */
    DIGITAL_STRATEGY,
    /** Projektmanagement. */
    PROJECT_MANAGEMENT
}
