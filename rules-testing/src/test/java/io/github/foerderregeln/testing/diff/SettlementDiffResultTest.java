package io.github.foerderregeln.testing.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.ChangedSettlement;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.Figures;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The split, the order and the transitions of a hand-built settlement diff. */
class SettlementDiffResultTest {
    private static final FindingChange RETENTION = new FindingChange("SET-RETENTION", Severity.INFO, "kept");

    static Figures figures(String finalGrant, String refund, String remaining, String refundInterest,
            String lateUseInterest) {
        return new Figures(new BigDecimal(finalGrant), new BigDecimal(refund), new BigDecimal(remaining),
                new BigDecimal(refundInterest), new BigDecimal(lateUseInterest));
    }

    private static ChangedSettlement change(String id, SettlementOutcome before, SettlementOutcome after,
            Figures figuresBefore, Figures figuresAfter) {
        return new ChangedSettlement(id, before, after, figuresBefore, figuresAfter, List.of(), List.of(RETENTION));
    }

    private static SettlementDiffResult result(List<ChangedSettlement> changed) {
        return new SettlementDiffResult(Language.EN, new Summary("b", "c", changed.size(), changed.size(), 0,
                changed.size(), Figures.ZERO, Figures.ZERO), changed, List.of());
    }

    private static final Figures BALANCED = figures("100.00", "0.00", "0.00", "0.00", "0.00");

    @Test
    void aCentOfInterestIsMaterialAndTheSameFiguresAtAnotherScaleAreNot() {
        ChangedSettlement cent = change("cent", SettlementOutcome.REFUND, SettlementOutcome.REFUND,
                figures("90.00", "10.00", "0.00", "1.00", "0.00"), figures("90.00", "10.00", "0.00", "1.01", "0.00"));
        ChangedSettlement scale = change("scale", SettlementOutcome.BALANCED, SettlementOutcome.BALANCED, BALANCED,
                figures("100", "0", "0.0", "0", "0.000"));

        assertThat(cent.material()).isTrue();
        assertThat(cent.moneyChange()).isEqualByComparingTo("-0.01");
        assertThat(scale.material()).isFalse();
        assertThat(result(List.of(cent, scale)).material()).containsExactly(cent);
        assertThat(result(List.of(cent, scale)).explanatoryOnly()).containsExactly(scale);
    }

    @Test
    void aChangeOfTheOutcomeAloneIsMaterial() {
        ChangedSettlement outcome = change("o", SettlementOutcome.BALANCED, SettlementOutcome.INCOMPLETE, BALANCED,
                BALANCED);

        assertThat(outcome.material()).isTrue();
        assertThat(outcome.moneyChange()).isEqualByComparingTo("0");
    }

    /**
     * The balance is the remaining payment less the refund and both interests: a refund of 50.00 with 2.00
     * of interest instead of a remaining payment of 30.00 is 30.00 - (-52.00) = 82.00 less for the recipient.
     */
    @Test
    void theBalanceChangeCountsRemainingPaymentAgainstRefundAndBothInterests() {
        ChangedSettlement flip = change("flip", SettlementOutcome.FINAL_PAYMENT, SettlementOutcome.REFUND,
                figures("130.00", "0.00", "30.00", "0.00", "0.00"), figures("50.00", "50.00", "0.00", "2.00", "0.00"));
        ChangedSettlement lateUse = change("late", SettlementOutcome.BALANCED, SettlementOutcome.BALANCED, BALANCED,
                figures("100.00", "0.00", "0.00", "0.00", "3.00"));

        assertThat(flip.moneyChange()).isEqualByComparingTo("-82.00");
        assertThat(lateUse.moneyChange()).isEqualByComparingTo("-3.00");
    }

    /** The largest change first; of the same size a loss before a gain, a change of outcome before none, then by id. */
    @Test
    void materialChangesAreSortedByTheSizeOfTheMoneyChange() {
        ChangedSettlement gain = change("gain", SettlementOutcome.REFUND, SettlementOutcome.REFUND,
                figures("90.00", "10.00", "0.00", "0.00", "0.00"), figures("100.00", "0.00", "0.00", "0.00", "0.00"));
        ChangedSettlement loss = change("loss", SettlementOutcome.REFUND, SettlementOutcome.REFUND,
                figures("90.00", "10.00", "0.00", "0.00", "0.00"), figures("80.00", "20.00", "0.00", "0.00", "0.00"));
        ChangedSettlement large = change("large", SettlementOutcome.BALANCED, SettlementOutcome.REFUND, BALANCED,
                figures("50.00", "50.00", "0.00", "0.00", "0.00"));
        ChangedSettlement lossWithOutcome = change("z-loss", SettlementOutcome.BALANCED, SettlementOutcome.REFUND,
                BALANCED, figures("90.00", "10.00", "0.00", "0.00", "0.00"));
        ChangedSettlement lossB = change("b-loss", SettlementOutcome.REFUND, SettlementOutcome.REFUND,
                figures("90.00", "10.00", "0.00", "0.00", "0.00"), figures("80.00", "20.00", "0.00", "0.00", "0.00"));

        SettlementDiffResult result = result(List.of(gain, loss, large, lossWithOutcome, lossB));

        assertThat(result.material()).extracting(ChangedSettlement::settlementId)
                .containsExactly("large", "z-loss", "b-loss", "loss", "gain");
        assertThat(result.transitions()).containsExactlyEntriesOf(Map.of(SettlementOutcome.BALANCED,
                new java.util.TreeMap<>(Map.of(SettlementOutcome.REFUND, 2L))));
    }

    @Property
    void everyChangeIsEitherMaterialOrExplanatoryAndTheMaterialOnesDescendBySize(
            @ForAll("changes") List<ChangedSettlement> changed) {
        SettlementDiffResult result = result(changed);

        List<ChangedSettlement> both = new ArrayList<>(result.material());
        both.addAll(result.explanatoryOnly());
        assertThat(both).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(result.material()).allMatch(ChangedSettlement::material);
        assertThat(result.explanatoryOnly()).noneMatch(ChangedSettlement::material);
        assertThat(result.material()).extracting(c -> c.moneyChange().abs())
                .isSortedAccordingTo(Comparator.<BigDecimal>reverseOrder());
        long transitions = result.transitions().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue)
                .sum();
        assertThat(transitions).isEqualTo(changed.stream().filter(c -> c.outcomeBefore() != c.outcomeAfter()).count());
    }

    @Provide
    Arbitrary<List<ChangedSettlement>> changes() {
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(0, 500).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<SettlementOutcome> outcomes = Arbitraries.of(SettlementOutcome.class);
        Arbitrary<Figures> figures = cents.list().ofSize(5)
                .map(v -> new Figures(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4)));
        return net.jqwik.api.Combinators.combine(Arbitraries.strings().alpha().ofLength(3), outcomes, outcomes, figures,
                        figures)
                .as(SettlementDiffResultTest::change).list().ofMaxSize(12);
    }
}
