package io.github.foerderregeln.api.spi;

import io.github.foerderregeln.api.FundingRules;

/**
 * Implemented by a rule engine and registered in {@code META-INF/services}; callers use
 * {@link FundingRules#load()} instead.
 */
public interface FundingRulesProvider {
    /** A new instance over the rule set bundled with the engine. Builds the rule base; expensive. */
    FundingRules bundled();
}
