/**
 * The JSON exchange format of {@code json-format.md}: reading applications and funding calls
 * with every problem collected and named by field, and writing assessments.
 *
 * <p>Input is read as a tree and checked field by field; no type is ever instantiated from
 * what the input says, unknown fields are errors, and money is parsed exactly, never through
 * {@code double}. Input size is bounded ({@link io.github.foerderregeln.api.internal.ApplicationLimits}).
 */
package io.github.foerderregeln.api.json;
