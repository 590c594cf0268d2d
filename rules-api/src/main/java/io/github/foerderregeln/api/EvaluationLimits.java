package io.github.foerderregeln.api;

/**
 * Bounds on the evaluation of one assessment, so that a rule that never comes to an end (one
 * that {@code update}s its own fact, or inserts without end) fails that assessment within
 * seconds instead of hanging its thread or filling the heap. An assessment that reaches a bound
 * ends in a {@link RulesEvaluationException} that names the rule.
 *
 * <p>The default, {@value #DEFAULT_MAX_RULE_FIRINGS} firings, lies far above what the bundled
 * rules need: 16 firings for a typical application and one more per cost item of a category
 * the call does not fund, 1,017 for the largest application allowed (1,000 cost items, all but
 * one not funded, and 1,000 de-minimis aid entries of an undertaking). The system property {@value #PROPERTY} changes it for
 * {@link FundingRules#load()} and {@link FundingRules#fromDirectory(java.nio.file.Path)};
 * {@link FundingRules#fromDirectory(java.nio.file.Path, EvaluationLimits)} takes it directly.
 *
 * @param maxRuleFirings the most rule firings one assessment may take; at least 1
 */
public record EvaluationLimits(int maxRuleFirings) {
    /** The system property that sets {@link #maxRuleFirings()} for rule sets loaded without limits of their own. */
    public static final String PROPERTY = "foerderregeln.maxRuleFirings";
    /** The default number of rule firings allowed per assessment. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 100_000;

    public EvaluationLimits {
        if (maxRuleFirings < 1) {
            throw new IllegalArgumentException("maxRuleFirings must be at least 1 (was " + maxRuleFirings + ")");
        }
    }

    /**
     * The limits from the system property {@value #PROPERTY} (a whole number such as
     * {@code 200000}), or the default when it is not set.
     *
     * @throws IllegalArgumentException when the property is set to anything but a whole number of at least 1
     */
    public static EvaluationLimits configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new EvaluationLimits(DEFAULT_MAX_RULE_FIRINGS);
        }
        try {
            return new EvaluationLimits(Integer.parseInt(value.strip().replace("_", "")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the system property " + PROPERTY + " must be a whole number from 1 to "
                    + Integer.MAX_VALUE + " (was '" + value + "')", e);
        }
    }
}
