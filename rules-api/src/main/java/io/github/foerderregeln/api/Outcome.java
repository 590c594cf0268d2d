package io.github.foerderregeln.api;

/** The result of an assessment (docs/rules.md, "What an assessment returns"). */
public enum Outcome {
    /** No error, nothing missing, and a positive board vote. */
    ELIGIBLE,
    /** At least one {@link Severity#ERROR} finding; the grant is 0.00. */
    INELIGIBLE,
    /** No error but at least one {@link Severity#MISSING} finding. */
    INCOMPLETE,
    /** Complete and without error, but the Digitalisierungsbeirat has not voted positively yet. */
    PENDING_BOARD_VOTE
}
