/**
 * The API's helpers, shared with the project's own modules and nobody else (the module exports
 * this package only to them): the value checks the records and the JSON reader share
 * ({@link io.github.foerderregeln.api.internal.Checks}), the one strict JSON reader
 * ({@link io.github.foerderregeln.api.internal.JsonTree}) and its input bounds, message templates,
 * the checks of an application against the rule set's calls, the lookup of the engine, and what
 * a rule set's files are ({@link io.github.foerderregeln.api.internal.RuleFiles}). None of it is
 * API: it may change in any release.
 */
package io.github.foerderregeln.api.internal;
