/**
 * Policy diff: what changes when a rule set is replaced by another. {@link
 * io.github.foerderregeln.testing.diff.PolicyDiff} assesses every application under a baseline and a
 * candidate rule set and keeps the applications whose outcome, grant or findings change, with
 * running totals; {@link io.github.foerderregeln.testing.diff.PolicyDiffText}, {@link
 * io.github.foerderregeln.testing.diff.PolicyDiffJson} and {@link
 * io.github.foerderregeln.testing.diff.PolicyDiffHtml} write the result as text, JSON or one
 * self-contained HTML page. {@link io.github.foerderregeln.testing.diff.SettlementDiff} does the
 * same for settlements (outcome, final grant, refund, remaining payment and interest), and the same
 * three writers write its result: the split into material and explanatory changes, their order and
 * the outcome transitions are one code for both ({@link io.github.foerderregeln.testing.diff.Change}).
 */
package io.github.foerderregeln.testing.diff;
