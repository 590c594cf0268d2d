/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests in a user's own build; needs
 * {@code junit-jupiter-api} on the test class path (an optional dependency of {@code rules-testing}).
 */
package io.github.foerderregeln.testing.scenario.junit;
