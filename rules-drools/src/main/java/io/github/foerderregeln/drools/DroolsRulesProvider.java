package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.spi.FundingRulesProvider;

/** Registers the Drools engine with {@link java.util.ServiceLoader}; use {@link FundingRules#load()}. */
public final class DroolsRulesProvider implements FundingRulesProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public DroolsRulesProvider() {
    }

    @Override
    public FundingRules bundled() {
        return new DroolsFundingRules(RuleBase.build(RuleSet.bundled()));
    }
}
