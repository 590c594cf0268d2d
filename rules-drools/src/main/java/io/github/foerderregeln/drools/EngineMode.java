package io.github.foerderregeln.drools;

import java.util.Locale;

/**
 * How sessions are used for assessments. Every mode gives the same assessments (the
 * differential test runs against each); they differ only in cost. Chosen with the system
 * property {@value #PROPERTY} when a rule set is loaded, for benchmarks and tests.
 */
enum EngineMode {
    /** A new session and a new fired-rules listener per assessment, disposed after it. */
    SESSION,
    /**
     * Sessions reused through a pool: after an assessment the session is reset (working memory
     * and agenda emptied) and keeps its one fired-rules listener. Saves building the session's
     * node memories for every application. The default.
     */
    POOLED;

    static final String PROPERTY = "foerderregeln.engine.mode";

    /** The mode named by {@value #PROPERTY}; {@link #POOLED} when it is not set. */
    static EngineMode configured() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank() || name.equalsIgnoreCase("default")) {
            return POOLED;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + PROPERTY + " '" + name + "': one of session, pooled", e);
        }
    }
}
