package io.github.foerderregeln.api.settlement;

/** Which interest an interest line is part of. */
public enum InterestKind {
    /** Interest on a refund, § 49a Abs. 3 VwVfG. */
    REFUND,
    /** Interest on money drawn and not used in time, § 49a Abs. 4 VwVfG. */
    LATE_USE
}
