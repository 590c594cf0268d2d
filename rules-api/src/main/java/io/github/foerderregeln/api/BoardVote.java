package io.github.foerderregeln.api;

/** The vote of the Digitalisierungsbeirat on the project. */
public enum BoardVote {
    /** Positives Votum. */
    POSITIVE,
    /** Negatives Votum. */
    NEGATIVE,
    /** Not yet voted on; also the value when no vote is given. */
    PENDING
}
