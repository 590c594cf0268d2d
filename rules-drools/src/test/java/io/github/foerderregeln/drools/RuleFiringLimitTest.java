package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.EvaluationLimits;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.RulesEvaluationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

/**
 * Rule evaluation is bounded: an assessment may fire at most {@link EvaluationLimits#maxRuleFirings()}
 * rules, so a rule that never comes to an end fails that one assessment within seconds, naming
 * the rule, instead of hanging its thread or filling the heap. The timeouts guard against a hang
 * only; they measure nothing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RuleFiringLimitTest {
    /** A rule that inserts a new fact for every fact it inserted: without end, and without end of memory. */
    private static final String INSERTS_WITHOUT_END = """
            package rdz.runaway;

            import io.github.foerderregeln.api.Application;

            rule "TEST-GROW starts counting"
                @id("TEST-GROW")
                @reference("none: a test of the bound on rule firings")
            when
                Application()
            then
                insert(Long.valueOf(0));
            end

            rule "TEST-GROW counts on"
                @id("TEST-GROW")
                @reference("none: a test of the bound on rule firings")
            when
                $n : Long()
            then
                insert(Long.valueOf($n + 1));
            end
            """;

    @TempDir
    Path dir;

    private Path withRule(String drl) throws IOException {
        RuleSets.writeBundled(dir);
        Path file = dir.resolve(RunawayRule.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, drl);
        return dir;
    }

    @Test
    @DisplayName("A rule that updates its own fact ends the assessment with an error naming it")
    void aRuleThatUpdatesItsOwnFactEndsInAnErrorNamingIt() throws IOException {
        FundingRules rules = FundingRules.fromDirectory(withRule(RunawayRule.DRL), new EvaluationLimits(1_000));

        assertThatThrownBy(() -> rules.assess(TestApplication.eligible().build()))
                .isInstanceOf(RulesEvaluationException.class)
                .hasMessageStartingWith("the rules did not come to an end on application ")
                .hasMessageContaining("more than 1000 rule firings, the most one assessment may take (foerderregeln.maxRuleFirings)")
                .hasMessageContaining("the rule \"TEST-LOOP updates its own fact\" (TEST-LOOP) in rdz.runaway fired")
                .hasMessageEndingWith(", and last");
    }

    @Test
    void aRuleThatInsertsWithoutEndIsStoppedByTheSameBoundBeforeMemoryRunsOut() throws IOException {
        FundingRules rules = FundingRules.fromDirectory(withRule(INSERTS_WITHOUT_END));

        assertThatThrownBy(() -> rules.assess(TestApplication.eligible().build()))
                .isInstanceOf(RulesEvaluationException.class)
                .hasMessageContaining("more than 100000 rule firings")
                .hasMessageContaining("\"TEST-GROW counts on\" (TEST-GROW)");
    }

    @Test
    void theDefaultBoundEndsARunawayWithinTheDefaultLimitAndTheNextAssessmentsAreUnharmed() throws IOException {
        FundingRules rules = FundingRules.fromDirectory(withRule(RunawayRule.DRL));

        for (int i = 0; i < 3; i++) {
            // Pooled sessions: one that ran away is disposed, never reused half-full.
            assertThatThrownBy(() -> rules.assess(TestApplication.eligible().build()))
                    .hasMessageContaining("more than " + EvaluationLimits.DEFAULT_MAX_RULE_FIRINGS + " rule firings");
        }
    }

    @Test
    void aRuleSetThatNeedsExactlyTheBoundIsNotARunaway() throws IOException {
        Application application = TestApplication.eligible().build();
        int needed = firings(application);
        Path copy = dir.resolve("copy");
        RuleSets.writeBundled(copy);

        assertThat(FundingRules.fromDirectory(copy, new EvaluationLimits(needed)).assess(application).amounts())
                .isEqualTo(FundingRules.load().assess(application).amounts());
        assertThatThrownBy(() -> FundingRules.fromDirectory(copy, new EvaluationLimits(needed - 1)).assess(application))
                .isInstanceOf(RulesEvaluationException.class).hasMessageContaining("more than " + (needed - 1));
    }

    /**
     * What the bundled rules need, measured: the largest application allowed (1,000 cost items,
     * all of a category the call does not fund, each a finding of its own, and 1,000 de-minimis
     * aid entries of an undertaking) stays far below the default bound.
     */
    @Test
    void theBundledRulesNeedFarFewerFiringsThanTheDefaultBoundEvenForTheLargestApplication() {
        List<CostItem> items = new ArrayList<>();
        items.add(new CostItem(CostCategory.PERSONNEL, new BigDecimal("100000.00"), "Personal"));
        IntStream.range(1, 1_000).forEach(i -> items.add(new CostItem(CostCategory.INVESTMENT, BigDecimal.ONE, "Item " + i)));
        TestApplication largest = TestApplication.eligible().undertaking().costs(items.toArray(CostItem[]::new));
        for (int i = 0; i < 1_000; i++) {
            largest.deMinimisAid("2018-05-02", "1.00");
        }

        int typical = firings(TestApplication.eligible().build());
        int most = firings(largest.build());

        assertThat(typical).isBetween(10, 40);
        assertThat(most).isBetween(1_000, 1_100);
        assertThat(most * 50).isLessThan(EvaluationLimits.DEFAULT_MAX_RULE_FIRINGS);
    }

    @Test
    void theBoundIsReadFromTheSystemPropertyAndAnAbsurdValueIsNamed() {
        String before = System.getProperty(EvaluationLimits.PROPERTY);
        try {
            System.setProperty(EvaluationLimits.PROPERTY, "250_000");
            assertThat(EvaluationLimits.configured().maxRuleFirings()).isEqualTo(250_000);
            System.setProperty(EvaluationLimits.PROPERTY, "lots");
            assertThatThrownBy(EvaluationLimits::configured).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("foerderregeln.maxRuleFirings").hasMessageContaining("'lots'");
            System.setProperty(EvaluationLimits.PROPERTY, "0");
            assertThatThrownBy(EvaluationLimits::configured).isInstanceOf(IllegalArgumentException.class);
            System.clearProperty(EvaluationLimits.PROPERTY);
            assertThat(EvaluationLimits.configured().maxRuleFirings()).isEqualTo(EvaluationLimits.DEFAULT_MAX_RULE_FIRINGS);
        } finally {
            if (before == null) {
                System.clearProperty(EvaluationLimits.PROPERTY);
            } else {
                System.setProperty(EvaluationLimits.PROPERTY, before);
            }
        }
    }

    private static final RuleBase BUNDLED = RuleBase.bundled();

    /** The number of rules the bundled rule set fires on {@code application}, counted by the engine. */
    private static int firings(Application application) {
        KieSession session = Sessions.Lease.open(BUNDLED.kieBase()).session();
        try {
            DroolsFundingRules.insertFacts(session, application, BUNDLED.termsOf(application));
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
