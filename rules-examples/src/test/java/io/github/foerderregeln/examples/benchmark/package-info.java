/**
 * The performance benchmarks of {@code docs/PERFORMANCE.md}: the engine against the plain-Java
 * implementation of docs/rules.md, on the same generated corpus, in the same run. Run with
 * {@code mvn -B -ntp -Pbenchmark -DskipTests verify}; never part of the normal build.
 */
package io.github.foerderregeln.examples.benchmark;
