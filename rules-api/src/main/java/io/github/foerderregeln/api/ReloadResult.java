package io.github.foerderregeln.api;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link ReloadingFundingRules#reload()} did. Immutable and thread-safe.
 *
 * @param kind what happened; not null
 * @param previousRuleSetId the {@link FundingRules#ruleSetId()} serving before the reload; not null
 * @param ruleSetId the {@link FundingRules#ruleSetId()} serving after the reload; not null; it
 *        differs from {@code previousRuleSetId} only when {@code kind} is {@link Kind#RELOADED}
 *        (and not even then when the files were changed back to the serving version)
 * @param problems what is wrong with the rule files as last read: empty for {@link Kind#RELOADED};
 *        every error of the broken rule set for {@link Kind#REJECTED}; for {@link Kind#UNCHANGED}
 *        those of the rejection before it, if the unchanged files are still the broken ones; not
 *        null, copied
 */
public record ReloadResult(Kind kind, String previousRuleSetId, String ruleSetId, List<RuleProblem> problems) {

    /** What a reload did. */
    public enum Kind {
        /** The files changed and hold a usable rule set: it serves from now on. */
        RELOADED,
        /** The files are those last read (by content): nothing was built, nothing changed. */
        UNCHANGED,
        /**
         * The files changed but do not hold a usable rule set (a {@link RuleSetException}, or files
         * that could not be read): the previous version keeps serving.
         */
        REJECTED
    }

    public ReloadResult {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(previousRuleSetId, "previousRuleSetId must not be null");
        Objects.requireNonNull(ruleSetId, "ruleSetId must not be null");
        problems = List.copyOf(problems);
    }
}
