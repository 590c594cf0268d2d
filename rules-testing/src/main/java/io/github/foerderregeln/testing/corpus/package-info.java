/**
 * Generated corpora of applications for the call {@code rdz-lsa-2018}: varied, realistic and on
 * the edges of every rule, reproducible from a seed. Used to see what a policy change does to
 * many applications, for benchmarks, and by the property and differential tests.
 */
package io.github.foerderregeln.testing.corpus;
