package io.github.foerderregeln.api.internal;

/**
 * Bounds on the size of an input, so that a malformed or hostile file is rejected with a clear
 * error instead of exhausting memory. The bounds lie far above any real application.
 */
public final class ApplicationLimits {
    /** The largest application file read, in bytes (1 MiB). */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** The most cost items an application may have. */
    public static final int MAX_COST_ITEMS = 1_000;
    /** The most de-minimis aid entries an applicant may declare. */
    public static final int MAX_DE_MINIMIS_AID = 1_000;
    /** The most entries of any other list of an input (a call's dated values, a scenario's rule ids). */
    public static final int MAX_LIST_ENTRIES = 1_000;
    /** The longest text field, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private ApplicationLimits() {
    }
}
