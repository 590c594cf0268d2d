package io.github.foerderregeln.api;

/** The vote of the Digitalisierungsbeirat on the project. */
public enum BoardVote implements GermanNamed {
    /** Positives Votum. */
    POSITIVE("positiv"),
    /** Negatives Votum. */
    NEGATIVE("negativ"),
    /** Not yet voted on; also the value when no vote is given. */
    PENDING("ausstehend");

    private final String germanName;

    BoardVote(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
