package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.EvaluationLimits;
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
        return new DroolsFundingRules(RuleBase.bundled(), EvaluationLimits.configured());
    }

    @Override
    public FundingRules fromDirectory(Path directory) {
        return fromDirectory(directory, EvaluationLimits.configured());
    }

    @Override
    public FundingRules fromDirectory(Path directory, EvaluationLimits limits) {
        return new DroolsFundingRules(RuleBase.build(RuleSet.fromDirectory(directory)), limits);
    }

    @Override
    public List<RuleProblem> validate(Path directory) {
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.fromDirectory(directory);
        } catch (io.github.foerderregeln.api.RuleSetException e) {
            // A file too large to read: reported like any other problem of the rule set.
            return e.problems();
        }
        return RuleBase.validate(ruleSet);
    }

    @Override
    public void writeBundled(Path directory) throws IOException {
        RuleSet.writeBundled(directory);
    }
}
