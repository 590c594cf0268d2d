/**
 * The public API of Förderregeln: the facts of a funding application as immutable records, the
 * funding call with its dated parameters, the {@link io.github.foerderregeln.api.FundingRules}
 * façade, and the assessment it returns.
 *
 * <p>This package has no rule-engine types; the engine is found at run time through
 * {@link java.util.ServiceLoader}. Every type here is immutable and thread-safe. Money is
 * {@link java.math.BigDecimal} in EUR; the only roundings are those of {@link
 * io.github.foerderregeln.api.Rounding}.
 *
 * <p>{@link io.github.foerderregeln.api.ReloadingFundingRules} serves the rule set of a directory
 * and picks up edits, keeping the last good version when an edit is broken.
 *
 * <p>The records are also the facts rule authors match in DRL, with
 * {@link io.github.foerderregeln.api.CallTerms} (the call's parameters on the decision date),
 * {@link io.github.foerderregeln.api.Limit} and {@link io.github.foerderregeln.api.Rounding}, so
 * they stay here, exported, whatever else moves.
 */
package io.github.foerderregeln.api;
