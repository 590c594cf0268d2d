package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * Shared by the rule tests: the bundled rule set, built once, and what "a rule fires" and "a
 * rule is silent" mean there: it has, or has no, finding with its id.
 */
final class RuleAssertions {
    /** The bundled rule set; {@link FundingRules#load()} builds it once per process. */
    static final FundingRules RULES = FundingRules.load();

    private RuleAssertions() {
    }

    static Assessment assess(TestApplication application) {
        return RULES.assess(application.build());
    }

    /** The single finding of {@code ruleId} with {@code severity}; fails unless there is exactly one. */
    static Finding finding(Assessment assessment, String ruleId, Severity severity) {
        List<Finding> found = assessment.findings(ruleId).stream().filter(f -> f.severity() == severity).toList();
        assertThat(found).as("%s findings of %s among %s", severity, ruleId, assessment.findings()).hasSize(1);
        return found.get(0);
    }

    /** Asserts {@code ruleId} fired with {@code severity}: exactly one such finding. */
    static void assertFires(Assessment assessment, String ruleId, Severity severity) {
        finding(assessment, ruleId, severity);
    }

    /** Asserts {@code ruleId} is silent: no finding of it at all. */
    static void assertSilent(Assessment assessment, String ruleId) {
        assertThat(assessment.findings(ruleId)).as("findings of %s", ruleId).isEmpty();
    }

    /** Asserts {@code ruleId} has no finding of {@code severity} (it may have others). */
    static void assertNoFinding(Assessment assessment, String ruleId, Severity severity) {
        assertThat(assessment.findings(ruleId)).as("findings of %s", ruleId)
                .noneMatch(f -> f.severity() == severity);
    }

    /** A money figure of a finding. */
    static BigDecimal money(Finding finding, String name) {
        assertThat(finding.figures()).as("figures of %s", finding.ruleId()).containsKey(name);
        return (BigDecimal) finding.figures().get(name);
    }

    /** The rule id of each limit of the grant (docs/rules.md, "Rules"). */
    static String ruleOf(LimitKind kind) {
        return switch (kind) {
            case RATE -> "RDZ-GRANT-RATE";
            case CEILING -> "RDZ-GRANT-CEILING";
            case REQUESTED -> "RDZ-GRANT-REQUESTED";
            case NO_DOUBLE_FUNDING -> "RDZ-GRANT-NO-DOUBLE-FUNDING";
            case DEMINIMIS -> "RDZ-DEMINIMIS";
        };
    }

    /**
     * Asserts that {@code kind} binds and the grant is {@code grant}: the amounts name it, its rule
     * has exactly one finding, an INFO, as has the rule of each limit in {@code alsoBinding} (a tie:
     * every limit equal to the lowest binds), and the rules of every other limit are silent.
     */
    static Finding assertBinds(Assessment assessment, LimitKind kind, String grant, LimitKind... alsoBinding) {
        assertThat(assessment.amounts().binding()).as("binding limit").isEqualTo(kind);
        assertThat(assessment.grant()).as("grant").isEqualByComparingTo(grant);
        java.util.Set<LimitKind> binding = java.util.EnumSet.of(kind, alsoBinding);
        for (LimitKind other : LimitKind.values()) {
            if (binding.contains(other)) {
                assertThat(assessment.findings(ruleOf(other))).as("findings of %s", ruleOf(other)).hasSize(1);
                finding(assessment, ruleOf(other), Severity.INFO);
            } else {
                assertSilent(assessment, ruleOf(other));
            }
        }
        return finding(assessment, ruleOf(kind), Severity.INFO);
    }

    /** The limits a table cell names, "REQUESTED+NO_DOUBLE_FUNDING", or none for a blank cell. */
    static LimitKind[] kinds(String cell) {
        if (cell == null || cell.isBlank()) {
            return new LimitKind[0];
        }
        return java.util.Arrays.stream(cell.split("\\+")).map(String::strip).map(LimitKind::valueOf).toArray(LimitKind[]::new);
    }

    /** The exact value of the limit of {@code kind}; fails when the rules set none. */
    static BigDecimal limit(Assessment assessment, LimitKind kind) {
        assertThat(assessment.amounts().limit(kind)).as("limit %s", kind).isPresent();
        return assessment.amounts().limit(kind).orElseThrow().amount();
    }
}
