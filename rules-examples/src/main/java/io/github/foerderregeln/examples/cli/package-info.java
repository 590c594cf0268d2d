/**
 * The {@code foerderregeln} command line: {@code foerderregeln assess FILE...} reads application
 * files in the JSON format of {@code docs/json-format.md}, assesses them with the bundled rules and
 * prints each assessment as a readable report or as JSON. It is a thin shell over the façade
 * {@link io.github.foerderregeln.api.FundingRules}: invalid input is reported per file with the
 * fields named and exit status 2, internal failures in one line with exit status 1.
 */
package io.github.foerderregeln.examples.cli;
