/**
 * The JSON exchange format of {@code docs/json-format.md}: reading applications and funding calls
 * with every problem collected and named by field, and writing assessments and explanations. The
 * only package of the API whose business is JSON.
 *
 * <p>Input is read as a tree and checked field by field; no type is ever instantiated from
 * what the input says, unknown fields are errors, and money is parsed exactly, never through
 * {@code double}. Input size is bounded (1 MiB a file, 1,000 cost items or aid entries, 10,000 characters a text).
 */
package io.github.foerderregeln.api.json;
