package io.github.foerderregeln.api.settlement;

/** The de-minimis regulation a decision names when it tells an undertaking of the aid's character. */
public enum AidRegulation {
    /** Verordnung (EU) Nr. 1407/2013, Art. 6 Abs. 1. */
    EU_1407_2013,
    /** Verordnung (EU) 2023/2831, Art. 6. */
    EU_2023_2831
}
