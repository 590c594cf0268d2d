package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.Payment;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every settlement: the final grant is bounded and in whole euros, refund and remaining
 * payment follow from it, interest is never negative and never falls as the settlement moves later,
 * and neither the order of the input nor splitting an item or a payment in two changes anything.
 */
class SettlementProperties {
    private static final FundingRules RULES = RuleAssertions.RULES;
    private static final LocalDate START = LocalDate.of(2019, 1, 16);

    @Provide
    Arbitrary<TestSettlement> settlements() {
        Arbitrary<Expenditure> items = Combinators.combine(
                Arbitraries.of(CostCategory.PERSONNEL, CostCategory.MATERIAL, CostCategory.INVESTMENT),
                Arbitraries.longs().between(1, 9_000_000), Arbitraries.integers().between(-10, 760))
                .as((category, cents, day) -> new Expenditure(category, BigDecimal.valueOf(cents, 2), START.plusDays(day), ""));
        Arbitrary<Payment> payments = Combinators.combine(Arbitraries.longs().between(1, 9_000_000),
                Arbitraries.integers().between(0, 760))
                .as((cents, day) -> new Payment(START.plusDays(day), BigDecimal.valueOf(cents, 2)));
        return Combinators.combine(items.list().ofMaxSize(12), payments.list().ofMaxSize(6),
                Arbitraries.longs().between(0, 2_000_000), Arbitraries.integers().between(0, 1500))
                .as((spent, paid, otherCents, settledAfter) -> {
                    TestSettlement s = new TestSettlement();
                    s.expenditure.addAll(spent);
                    s.payments.addAll(paid);
                    s.otherReceived = BigDecimal.valueOf(otherCents, 2).toPlainString();
                    s.settled = LocalDate.of(2021, 6, 1).plusDays(settledAfter).toString();
                    return s;
                });
    }

    @Property(tries = 200)
    void theFinalGrantIsWholeEurosNeverNegativeAndNeverAboveTheGrantDecided(@ForAll("settlements") TestSettlement s) {
        SettlementAmounts a = RULES.settle(s.build()).amounts();
        assertThat(a.finalGrant()).isBetween(BigDecimal.ZERO, new BigDecimal(s.grant));
        assertThat(a.finalGrant().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        BigDecimal paid = a.paid();
        assertThat(a.refund()).isEqualByComparingTo(paid.subtract(a.finalGrant()).max(BigDecimal.ZERO));
        assertThat(a.remainingPayment()).isEqualByComparingTo(a.finalGrant().subtract(paid).max(BigDecimal.ZERO));
        assertThat(a.refundInterest()).isNotNegative();
        assertThat(a.lateUseInterest()).isNotNegative();
    }

    @Property(tries = 100)
    void interestNeverFallsWhenTheSettlementMovesLater(@ForAll("settlements") TestSettlement s) {
        SettlementAmounts earlier = RULES.settle(s.build()).amounts();
        s.settled = LocalDate.parse(s.settled).plusDays(30).toString();
        SettlementAmounts later = RULES.settle(s.build()).amounts();
        assertThat(later.refundInterest()).isGreaterThanOrEqualTo(earlier.refundInterest());
        assertThat(later.lateUseInterest()).isEqualByComparingTo(earlier.lateUseInterest());
    }

    @Property(tries = 100)
    void reorderingTheInputChangesNothing(@ForAll("settlements") TestSettlement s) {
        SettlementResult before = RULES.settle(s.build());
        Collections.reverse(s.payments);
        List<Expenditure> items = new ArrayList<>(s.expenditure);
        // Reversed, then put back in date order: items of one day keep their order (it decides which are cut first).
        items.sort(java.util.Comparator.comparing(Expenditure::paidOn));
        s.expenditure.clear();
        s.expenditure.addAll(items);
        SettlementResult after = RULES.settle(s.build());
        assertThat(after.amounts()).isEqualTo(before.amounts());
        assertThat(after.outcome()).isEqualTo(before.outcome());
    }

    @Property(tries = 100)
    void splittingAnItemOrAPaymentInTwoOnTheSameDayChangesNoAmount(@ForAll("settlements") TestSettlement s) {
        SettlementResult before = RULES.settle(s.build());
        if (!s.expenditure.isEmpty() && s.expenditure.get(0).amount().compareTo(new BigDecimal("0.01")) > 0) {
            Expenditure first = s.expenditure.remove(0);
            BigDecimal half = first.amount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
            s.expenditure.add(0, new Expenditure(first.category(), first.amount().subtract(half), first.paidOn(), ""));
            s.expenditure.add(0, new Expenditure(first.category(), half, first.paidOn(), ""));
        }
        if (!s.payments.isEmpty() && s.payments.get(0).amount().compareTo(new BigDecimal("0.01")) > 0) {
            Payment first = s.payments.remove(0);
            BigDecimal half = first.amount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
            s.payments.add(0, new Payment(first.paidOn(), first.amount().subtract(half)));
            s.payments.add(0, new Payment(first.paidOn(), half));
        }
        SettlementResult after = RULES.settle(s.build());
        assertThat(after.amounts()).isEqualTo(before.amounts());
        assertThat(after.outcome()).isEqualTo(before.outcome());
    }
}
