/**
 * Scenario files: a behaviour sentence, an application (whole, or a base application with
 * changes) and the expected outcome, grant and rule ids, in JSON ({@code *.scenario.json}).
 * {@link io.github.foerderregeln.testing.scenario.Scenarios} reads them strictly,
 * {@link io.github.foerderregeln.testing.scenario.ScenarioRunner} runs them against a rule set and
 * {@link io.github.foerderregeln.testing.scenario.JUnitXmlReport} writes the results for CI. For a
 * JUnit 5 build, see {@link io.github.foerderregeln.testing.scenario.junit.ScenarioTests}.
 */
package io.github.foerderregeln.testing.scenario;
