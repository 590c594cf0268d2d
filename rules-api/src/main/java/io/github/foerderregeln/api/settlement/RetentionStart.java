package io.github.foerderregeln.api.settlement;

/** From when the years receipts are kept are counted. */
public enum RetentionStart {
    /** From the end of the approval period (as Sachsen-Anhalt's guidance words it). */
    PERIOD_END,
    /** From the day the proof of use was submitted (as the federal ANBest-P words it). */
    PROOF_SUBMITTED
}
