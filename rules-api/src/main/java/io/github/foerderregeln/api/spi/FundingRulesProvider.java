package io.github.foerderregeln.api.spi;

import io.github.foerderregeln.api.FundingRules;

/**
 * Implemented by a rule engine and registered in {@code META-INF/services}; callers use
 * {@link FundingRules#load()} instead.
 */
public interface FundingRulesProvider {
    /**
     * A new instance over the rule set bundled with the engine, bounded by
     * {@link io.github.foerderregeln.api.EvaluationLimits#configured()}. Builds the rule base; expensive.
     */
    FundingRules bundled();

    /** A new instance over the rule set in {@code directory}; see {@link FundingRules#fromDirectory}. */
    FundingRules fromDirectory(java.nio.file.Path directory);

    /** As {@link #fromDirectory(java.nio.file.Path)}, each assessment bounded by {@code limits}. */
    FundingRules fromDirectory(java.nio.file.Path directory, io.github.foerderregeln.api.EvaluationLimits limits);

    /** Every problem of the rule set in {@code directory}, errors and lint warnings; empty when clean. */
    java.util.List<io.github.foerderregeln.api.RuleProblem> validate(java.nio.file.Path directory);

    /** Writes the bundled rule set's files into {@code directory}, as an editable start. */
    void writeBundled(java.nio.file.Path directory) throws java.io.IOException;
}
