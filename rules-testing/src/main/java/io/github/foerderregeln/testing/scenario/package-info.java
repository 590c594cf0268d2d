/**
 * Scenario files: a behaviour sentence, an application or a settlement (whole, or a base file
 * with changes) and the expected outcome, amounts and rule ids, in JSON ({@code *.scenario.json}),
 * one scenario per file or a list of them, each its own test.
 * {@link io.github.foerderregeln.testing.scenario.Scenarios} reads them strictly,
 * {@link io.github.foerderregeln.testing.scenario.ScenarioRunner} runs them against a rule set and
 * {@link io.github.foerderregeln.testing.scenario.JUnitXmlReport} writes the results for CI. For a
 * JUnit 5 build, see {@link io.github.foerderregeln.testing.scenario.junit.ScenarioTests}.
 */
package io.github.foerderregeln.testing.scenario;
