package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an expectation of either kind states, by the JSON field names of the scenario file, so that
 * one runner compares and one updater rewrites both kinds.
 */
interface Expected {
    /** The codes stated ({@code outcome}), by field; empty when the input must be rejected. */
    Map<String, String> codes();

    /** The amounts stated ({@code grant}, {@code finalGrant}, {@code refund}, ...), by field, in the order of the reader. */
    Map<String, BigDecimal> amounts();

    List<String> rulesFired();

    List<ExpectedFinding> findings();

    List<String> includesFindings();

    List<String> excludesFindings();

    List<String> invalidFields();
}
