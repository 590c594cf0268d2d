package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.RuleProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import io.github.foerderregeln.api.spi.FundingRulesProvider;

/** Registers the Drools engine with {@link java.util.ServiceLoader}; use {@link FundingRules#load()}. */
public final class DroolsRulesProvider implements FundingRulesProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public DroolsRulesProvider() {
    }

    @Override
    public FundingRules bundled() {
        return new DroolsFundingRules(RuleBase.bundled());
    }

    @Override
    public FundingRules fromDirectory(Path directory) {
        return new DroolsFundingRules(RuleBase.build(RuleSet.fromDirectory(directory)));
    }

    @Override
    public List<RuleProblem> validate(Path directory) {
        return RuleBase.validate(RuleSet.fromDirectory(directory));
    }

    @Override
    public void writeBundled(Path directory) throws IOException {
        RuleSet.writeBundled(directory);
    }
}
