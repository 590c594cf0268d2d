/**
 * Generated corpora of applications to a funding call, drawn from the call's own parameters:
 * varied, realistic and on the edges of every rule, reproducible from a seed. Used to see what a
 * policy change does to many applications, for benchmarks, and by the property and differential
 * tests of the engine.
 */
package io.github.foerderregeln.testing.corpus;
