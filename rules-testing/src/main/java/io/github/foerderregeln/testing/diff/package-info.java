/**
 * Policy diff: what changes when a rule set is replaced by another. {@link
 * io.github.foerderregeln.testing.diff.PolicyDiff} assesses every application under a baseline and a
 * candidate rule set and keeps the applications whose outcome, grant or findings change, with
 * running totals; {@link io.github.foerderregeln.testing.diff.PolicyDiffText}, {@link
 * io.github.foerderregeln.testing.diff.PolicyDiffJson} and {@link
 * io.github.foerderregeln.testing.diff.PolicyDiffHtml} write the result as text, JSON or one
 * self-contained HTML page.
 */
package io.github.foerderregeln.testing.diff;
