package io.github.foerderregeln.api;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link ReloadingFundingRules#reload()} did. Immutable and thread-safe.
 *
 * @param kind what happened; not null
 * @param previousRuleSetId the {@link FundingRules#ruleSetId()} serving before the reload; not null
 * @param ruleSetId the {@link FundingRules#ruleSetId()} serving after the reload; not null; differs
 *        from {@code previousRuleSetId} only when {@code kind} is {@link Kind#RELOADED} (and not
 *        even then when the files were changed back to the serving version)
 * @param problems what is wrong with the rule directory as last read: empty for
 *        {@link Kind#RELOADED}; the still current problems for {@link Kind#UNCHANGED}; every error of
 *        the broken rule set for {@link Kind#REJECTED}; one problem naming the directory and the
 *        failure for {@link Kind#FAILED}; not null, copied
 * @param failure the unexpected exception of a {@link Kind#FAILED} reload; null for every other kind
 */
public record ReloadResult(Kind kind, String previousRuleSetId, String ruleSetId, List<RuleProblem> problems,
        RuntimeException failure) {

    /** What a reload did. */
    public enum Kind {
        /** The directory held a usable, changed rule set; it serves from now on. */
        RELOADED,
        /** The files are those last read; nothing was built, nothing changed. */
        UNCHANGED,
        /** The directory held a broken rule set ({@link RuleSetException}); the previous version keeps serving. */
        REJECTED,
        /** Reading or building failed unexpectedly (such as an I/O error); the previous version keeps serving. */
        FAILED
    }

    /**
     * @throws NullPointerException when {@code kind}, an id or {@code problems} is null, or when
     *         {@code failure} is null for a {@link Kind#FAILED} result
     * @throws IllegalArgumentException when {@code failure} is given for any other kind
     */
    public ReloadResult {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(previousRuleSetId, "previousRuleSetId must not be null");
        Objects.requireNonNull(ruleSetId, "ruleSetId must not be null");
        problems = List.copyOf(problems);
        if (kind == Kind.FAILED) {
            Objects.requireNonNull(failure, "failure must not be null for a FAILED reload");
        } else if (failure != null) {
            throw new IllegalArgumentException("failure must be null for a " + kind + " reload");
        }
    }

    /** Whether a newly built rule set serves since this reload. */
    public boolean reloaded() {
        return kind == Kind.RELOADED;
    }
}
