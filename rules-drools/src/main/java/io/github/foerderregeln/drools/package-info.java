/**
 * The Drools engine behind {@link io.github.foerderregeln.api.FundingRules}. Only
 * {@link io.github.foerderregeln.drools.DroolsRulesProvider} is public, for
 * {@link java.util.ServiceLoader}; everything else is package-private. This is the only
 * module that imports {@code org.kie} and {@code org.drools}; callers never see a session.
 */
package io.github.foerderregeln.drools;
