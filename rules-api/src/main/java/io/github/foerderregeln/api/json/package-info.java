/**
 * The JSON exchange format of {@code docs/json-format.md}: reading applications and funding calls
 * with every problem collected and named by field, and writing assessments and explanations. The
 * only package of the API whose business is JSON.
 *
 * <p>Input is read as a tree and checked field by field; no type is ever instantiated from
 * what the input says, unknown fields are errors, and money is parsed exactly, never through
 * {@code double}. Input is bounded, by one reader for files, numbers, dates and the JSON itself:
 * 1 MiB a file whatever its kind, 12 digits before the decimal point, years 0001 to 9999, 1,000
 * cost items or aid entries, 10,000 characters a text (docs/input-and-trust.md lists every bound
 * and the setting that changes it).
 */
package io.github.foerderregeln.api.json;
