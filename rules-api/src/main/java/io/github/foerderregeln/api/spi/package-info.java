/**
 * The service interface a rule engine implements to stand behind
 * {@link io.github.foerderregeln.api.FundingRules}. Applications never use it directly.
 */
package io.github.foerderregeln.api.spi;
