package io.github.foerderregeln.api;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used: every problem found, each with its file, line and column. */
public class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * @param ruleSet the rule set's name; not null
     * @param problems every problem found; not null
     */
    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n  ", "the rule set " + ruleSet + " cannot be used:\n  ", "")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
