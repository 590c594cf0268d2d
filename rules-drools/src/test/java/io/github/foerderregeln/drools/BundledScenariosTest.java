package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.scenario.Scenario;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import io.github.foerderregeln.testing.scenario.Scenarios;
import io.github.foerderregeln.testing.scenario.junit.ScenarioTests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario suite that ships with the bundled rule set (and that {@code init-rules} copies):
 * every scenario passes, and together they show every rule id of docs/rules.md both reporting and silent.
 */
class BundledScenariosTest {
    private static final Path SUITE = Path.of("src/main/resources", RuleSet.BUNDLED_ROOT, "scenarios");
    /** The one rule id that never reports: it only rounds, so it is seen in rulesFired. */
    private static final String ROUNDING = "RDZ-GRANT-ROUNDING";
    private static List<Scenario> scenarios;

    @BeforeAll
    static void read() throws IOException {
        scenarios = Scenarios.readAll(SUITE).stream().filter(Scenario.class::isInstance).map(Scenario.class::cast).toList();
    }

    @TestFactory
    Stream<DynamicNode> everyBundledScenarioPasses() {
        return ScenarioTests.in(SUITE, FundingRules.load());
    }

    @Test
    void everySpecRuleIdHasAScenarioWhereItReports() {
        Set<String> uncovered = new TreeSet<>(BundledRuleSetTest.SPEC_IDS);
        uncovered.removeIf(id -> scenarios.stream().anyMatch(s -> reports(s, id)));
        assertThat(uncovered).isEmpty();
    }

    @Test
    void everySpecRuleIdHasAScenarioWhereItIsSilent() {
        Set<String> uncovered = new TreeSet<>(BundledRuleSetTest.SPEC_IDS);
        uncovered.removeIf(id -> scenarios.stream().anyMatch(s -> silent(s, id)));
        assertThat(uncovered).isEmpty();
    }

    @Test
    void theEndBeforeTheStartIsCoveredAsInvalidInput() {
        // RDZ-PERIOD-ORDER is no rule that runs: the application is invalid input (docs/rules.md), naming project.end.
        assertThat(scenarios).anySatisfy(s -> assertThat(s.expect().invalidFields()).isEqualTo(List.of("project.end")));
    }

    @Test
    void theSuiteIsLargeEnoughToCoverTheLimitsAndEachScenarioHasItsOwnSentence() {
        // Below, at and above each limit for sixteen rule ids: a suite of fewer than 48 cannot do that.
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(48);
        assertThat(scenarios.stream().map(Scenario::name)).doesNotHaveDuplicates();
    }

    private static boolean reports(Scenario s, String id) {
        if (id.equals(ROUNDING)) {
            return s.expect().rulesFired() != null && s.expect().rulesFired().contains(id);
        }
        return s.expect().includesFindings().contains(id)
                || s.expect().findings() != null && s.expect().findings().stream().map(ExpectedFinding::ruleId).anyMatch(id::equals);
    }

    private static boolean silent(Scenario s, String id) {
        if (id.equals(ROUNDING)) {
            return s.expect().rulesFired() != null && !s.expect().rulesFired().contains(id);
        }
        return s.expect().excludesFindings().contains(id)
                || s.expect().findings() != null && s.expect().findings().stream().map(ExpectedFinding::ruleId).noneMatch(id::equals);
    }
}
