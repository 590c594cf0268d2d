/**
 * The working-memory vocabulary of the DRL rules, for rule authors: the facts the engine inserts
 * beside the application's records ({@link io.github.foerderregeln.drools.facts.CostLine}), the
 * staged amounts rules derive ({@link io.github.foerderregeln.drools.facts.EligibleCosts},
 * {@link io.github.foerderregeln.api.Limit}, {@link io.github.foerderregeln.drools.facts.AidWindow},
 * {@link io.github.foerderregeln.drools.facts.Grant}), and {@link
 * io.github.foerderregeln.drools.facts.Findings}, which turns a rule's metadata into a finding.
 *
 * <p>Rules never modify facts; they insert these small records, and the engine reads them back.
 * Java callers never need this package: they use {@code io.github.foerderregeln.api}.
 */
package io.github.foerderregeln.drools.facts;
