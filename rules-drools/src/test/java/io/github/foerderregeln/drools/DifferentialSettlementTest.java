package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.Payment;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.drools.reference.ReferenceSettler;
import io.github.foerderregeln.drools.reference.RuleFinding;
import io.github.foerderregeln.drools.reference.Settled;
import io.github.foerderregeln.testing.corpus.SettlementCorpus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The Drools settlement rules against the plain-Java {@link ReferenceSettler}, written independently
 * from the same rules: on every generated settlement they must agree on the outcome, every amount
 * (value and scale), every limit and those that bind, every interest line, the findings (rule id and
 * severity) and the rules fired.
 */
class DifferentialSettlementTest {
    private static final FundingRules RULES = FundingRules.load();
    private static final ReferenceSettler REFERENCE = new ReferenceSettler();
    static final SettlementCorpus CORPUS = SettlementCorpus.of(RULES.call("rdz-lsa-2018").orElseThrow());
    private static final long SEED = 42;
    private static final int SIZE = 10_000;
    /** Every settlement rule. */
    private static final List<String> RULE_IDS = List.of("SET-PERIOD", "SET-CATEGORY", "SET-CATEGORY-OVERRUN",
            "SET-GRANT-CAP", "SET-RATE", "SET-NEW-COVER", "SET-NO-DOUBLE-FUNDING", "SET-FINAL-GRANT", "SET-REFUND",
            "SET-LATE-USE-INTEREST", "SET-REFUND-INTEREST", "SET-PROOF-LATE", "SET-RETENTION", "SET-BASE-RATE");

    /** Fresh settlements on every build, beyond the fixed corpus whose coverage is asserted below. */
    @Property(tries = 1_000, afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void engineAgreesWithTheReferenceOnEveryGeneratedSettlement(@ForAll("settlements") Settlement settlement) {
        assertThat(Settled.of(RULES.settle(settlement)).differencesFrom(REFERENCE.settle(settlement)))
                .as("engine against reference for %s", settlement).isEmpty();
    }

    @Provide
    Arbitrary<Settlement> settlements() {
        return Arbitraries.randomValue(random -> CORPUS.settlement(random, "gen-" + Integer.toHexString(random.nextInt())));
    }

    @Test
    void engineAgreesWithTheReferenceOnTheCorpusOfSeed42() {
        List<Settlement> corpus = CORPUS.corpus(SEED, SIZE);
        List<String> mismatches = new ArrayList<>();
        int mismatchCount = 0;
        for (int i = 0; i < corpus.size(); i++) {
            Settlement settlement = corpus.get(i);
            Settled engine = Settled.of(RULES.settle(settlement));
            Settled reference = REFERENCE.settle(settlement);
            List<String> differences = engine.differencesFrom(reference);
            if (!differences.isEmpty()) {
                mismatchCount++;
                if (mismatches.size() < 3) {
                    mismatches.add("seed " + SEED + " index " + i + " (" + settlement.id() + "): "
                            + String.join("; ", differences) + "\n    settlement " + settlement + "\n    engine    "
                            + engine + "\n    reference " + reference);
                }
            }
        }
        assertThat(mismatches).as("%d of %d settlements differ; the first ones", mismatchCount, corpus.size()).isEmpty();
    }

    /**
     * The comparison above proves little unless the corpus reaches every rule, speaking and silent,
     * and the edges of each. Counted on the reference, which the test above holds equal to the engine.
     */
    @Test
    void corpusOfSeed42ReachesEveryRuleAndEveryEdge() {
        Map<SettlementOutcome, Integer> outcomes = new EnumMap<>(SettlementOutcome.class);
        Map<RuleFinding, Integer> findings = new HashMap<>();
        Map<String, Integer> fired = new HashMap<>();
        Map<String, Integer> silent = new HashMap<>();
        Map<SettlementLimitKind, Integer> bindings = new EnumMap<>(SettlementLimitKind.class);
        Map<String, Integer> edges = new TreeMap<>();
        for (Settlement settlement : CORPUS.corpus(SEED, SIZE)) {
            Settled result = REFERENCE.settle(settlement);
            outcomes.merge(result.outcome(), 1, Integer::sum);
            result.findings().forEach(finding -> findings.merge(finding, 1, Integer::sum));
            result.rulesFired().forEach(id -> fired.merge(id, 1, Integer::sum));
            for (String id : RULE_IDS) {
                if (result.findings().stream().noneMatch(finding -> finding.ruleId().equals(id))) {
                    silent.merge(id, 1, Integer::sum);
                }
            }
            result.binding().forEach(kind -> bindings.merge(kind, 1, Integer::sum));
            if (result.binding().size() > 1) {
                edges.merge("limits tie", 1, Integer::sum);
            }
            countEdges(settlement, result, edges);
        }

        assertThat(outcomes).as("outcomes").containsOnlyKeys(SettlementOutcome.values())
                .allSatisfy((outcome, count) -> assertThat(count).as(outcome.toString()).isGreaterThanOrEqualTo(300));
        assertThat(bindings).as("binding limits").containsOnlyKeys(SettlementLimitKind.values())
                .allSatisfy((kind, count) -> assertThat(count).as(kind.toString()).isGreaterThanOrEqualTo(50));
        assertThat(fired).as("rules fired").containsOnlyKeys(RULE_IDS)
                .allSatisfy((id, count) -> assertThat(count).as(id).isGreaterThanOrEqualTo(20));
        // Receipts are always kept under the bundled call (5 years), so SET-RETENTION always speaks.
        assertThat(silent).as("rules silent").containsOnlyKeys(RULE_IDS.stream().filter(id -> !id.equals("SET-RETENTION")).toList())
                .allSatisfy((id, count) -> assertThat(count).as(id).isGreaterThanOrEqualTo(20));
        List<RuleFinding> everyFinding = List.of(
                new RuleFinding("SET-PERIOD", Severity.WARNING),
                new RuleFinding("SET-CATEGORY", Severity.WARNING),
                new RuleFinding("SET-CATEGORY-OVERRUN", Severity.WARNING),
                new RuleFinding("SET-GRANT-CAP", Severity.INFO),
                new RuleFinding("SET-RATE", Severity.INFO),
                new RuleFinding("SET-NEW-COVER", Severity.INFO),
                new RuleFinding("SET-NO-DOUBLE-FUNDING", Severity.INFO),
                new RuleFinding("SET-REFUND", Severity.WARNING),
                new RuleFinding("SET-REFUND", Severity.INFO),
                new RuleFinding("SET-LATE-USE-INTEREST", Severity.WARNING),
                new RuleFinding("SET-REFUND-INTEREST", Severity.WARNING),
                new RuleFinding("SET-PROOF-LATE", Severity.WARNING),
                new RuleFinding("SET-RETENTION", Severity.INFO),
                new RuleFinding("SET-BASE-RATE", Severity.MISSING));
        assertThat(findings).as("findings").containsOnlyKeys(everyFinding)
                .allSatisfy((finding, count) -> assertThat(count).as(finding.toString()).isGreaterThanOrEqualTo(20));
        assertThat(edges).as("edges").containsOnlyKeys(
                "declared on the tolerance", "declared a cent beyond the tolerance", "overrun approved",
                "item the day before the period", "item on the period's first day", "item on the period's last day",
                "item the day after the period", "used the day before the time to use ends", "used on its last day",
                "used the day after it", "proof the day before it is due", "proof on its due day", "proof the day after",
                "interest across 2023-01-01", "interest across 2023-07-01", "interest over 2024-02-29",
                "several payments and uses", "payments out of date order", "items split on one day", "limits tie",
                "other funding beyond the plan of all the recognised expenditure or more")
                .allSatisfy((edge, count) -> assertThat(count).as(edge).isGreaterThanOrEqualTo(20));
    }

    private static void countEdges(Settlement settlement, Settled result, Map<String, Integer> edges) {
        LocalDate start = settlement.decision().periodStart();
        LocalDate end = settlement.decision().periodEnd();
        Map<CostCategory, BigDecimal> declared = new EnumMap<>(CostCategory.class);
        LocalDate previous = null;
        boolean split = false;
        for (Expenditure item : settlement.expenditure()) {
            LocalDate day = item.paidOn();
            count(edges, "item the day before the period", day.equals(start.minusDays(1)));
            count(edges, "item on the period's first day", day.equals(start));
            count(edges, "item on the period's last day", day.equals(end));
            count(edges, "item the day after the period", day.equals(end.plusDays(1)));
            if (!day.isBefore(start) && !day.isAfter(end)) {
                declared.merge(item.category(), item.amount(), BigDecimal::add);
            }
            split |= day.equals(previous);
            previous = day;
        }
        count(edges, "items split on one day", split);
        for (Map.Entry<CostCategory, BigDecimal> category : declared.entrySet()) {
            BigDecimal tolerated = settlement.decision().approved(category.getKey()).multiply(new BigDecimal("1.2"))
                    .setScale(2, RoundingMode.DOWN);
            boolean approved = settlement.overrunApproved().contains(category.getKey());
            count(edges, "declared on the tolerance", !approved && category.getValue().compareTo(tolerated) == 0
                    && tolerated.signum() > 0);
            count(edges, "declared a cent beyond the tolerance", !approved
                    && category.getValue().compareTo(tolerated.add(new BigDecimal("0.01"))) == 0);
            count(edges, "overrun approved", approved && category.getValue().compareTo(tolerated) > 0);
        }
        List<Payment> payments = settlement.payments();
        LocalDate firstPayment = payments.stream().map(Payment::paidOn).min(LocalDate::compareTo).orElse(null);
        if (firstPayment != null) {
            LocalDate lastDay = firstPayment.plusMonths(2);
            LocalDate firstUse = settlement.expenditure().stream().map(Expenditure::paidOn).min(LocalDate::compareTo)
                    .orElse(null);
            count(edges, "used the day before the time to use ends", lastDay.minusDays(1).equals(firstUse));
            count(edges, "used on its last day", lastDay.equals(firstUse));
            count(edges, "used the day after it", lastDay.plusDays(1).equals(firstUse));
        }
        boolean outOfOrder = false;
        for (int i = 1; i < payments.size(); i++) {
            outOfOrder |= payments.get(i).paidOn().isBefore(payments.get(i - 1).paidOn());
        }
        count(edges, "payments out of date order", outOfOrder);
        count(edges, "several payments and uses", payments.size() > 1 && settlement.expenditure().size() > 1);
        LocalDate due = settlement.decision().proofDue();
        count(edges, "proof the day before it is due", settlement.proofSubmittedOn().equals(due.minusDays(1)));
        count(edges, "proof on its due day", settlement.proofSubmittedOn().equals(due));
        count(edges, "proof the day after", settlement.proofSubmittedOn().equals(due.plusDays(1)));
        count(edges, "other funding beyond the plan of all the recognised expenditure or more",
                result.recognised().signum() > 0 && settlement.otherFundingReceived()
                        .subtract(settlement.decision().plannedOtherFunding()).compareTo(result.recognised()) >= 0);
        boolean acrossJanuary = false;
        boolean acrossJuly = false;
        boolean leapDay = false;
        LocalDate leap = LocalDate.of(2024, 2, 29);
        InterestLine before = null;
        for (InterestLine line : result.lines()) {
            // One period split in two lines where the Basiszinssatz changes: the first ends on the day before.
            acrossJanuary |= splitOn(before, line, LocalDate.of(2022, 12, 31));
            acrossJuly |= splitOn(before, line, LocalDate.of(2023, 6, 30));
            leapDay |= line.from().isBefore(leap) && !line.to().isBefore(leap);
            before = line;
        }
        count(edges, "interest across 2023-01-01", acrossJanuary);
        count(edges, "interest across 2023-07-01", acrossJuly);
        count(edges, "interest over 2024-02-29", leapDay);
    }

    private static boolean splitOn(InterestLine previous, InterestLine line, LocalDate dayBeforeTheChange) {
        return previous != null && previous.kind() == line.kind() && previous.to().equals(dayBeforeTheChange)
                && line.from().equals(dayBeforeTheChange) && previous.amount().compareTo(line.amount()) == 0;
    }

    private static void count(Map<String, Integer> edges, String edge, boolean reached) {
        if (reached) {
            edges.merge(edge, 1, Integer::sum);
        }
    }
}
