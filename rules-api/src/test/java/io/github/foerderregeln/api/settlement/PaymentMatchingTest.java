package io.github.foerderregeln.api.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which money was used when: first in, first out, uses up to the final grant, two months to use a payment. */
class PaymentMatchingTest {
    private static Use use(String day, String amount) {
        return new Use(LocalDate.parse(day), new BigDecimal(amount));
    }

    private static Payment pay(String day, String amount) {
        return new Payment(LocalDate.parse(day), new BigDecimal(amount));
    }

    private static PaymentMatching match(List<Use> uses, String grant, List<Payment> payments) {
        return PaymentMatching.of(uses, new BigDecimal(grant), payments, 2, LateUseStart.PAYMENT_DATE,
                LocalDate.parse("2021-09-01"));
    }

    @Test
    void aPartUsedTheDayBeforeOnOrAfterTwoMonthsAfterItsPayment() {
        // paid 2019-02-01; window ends 2019-04-01 (plusMonths(2)): used 03-31 and 04-01 are in time, 04-02 is late
        assertThat(match(List.of(use("2019-03-31", "10")), "10", List.of(pay("2019-02-01", "10"))).lateUse()).isEmpty();
        assertThat(match(List.of(use("2019-04-01", "10")), "10", List.of(pay("2019-02-01", "10"))).lateUse()).isEmpty();
        assertThat(match(List.of(use("2019-04-02", "10")), "10", List.of(pay("2019-02-01", "10"))).lateUse())
                .containsExactly(new InterestPeriod(InterestKind.LATE_USE, new BigDecimal("10"),
                        LocalDate.parse("2019-02-01"), LocalDate.parse("2019-04-02")));
    }

    @Test
    void afterTheWindowLateUseInterestRunsFromTheEndOfTheTwoMonths() {
        PaymentMatching m = PaymentMatching.of(List.of(use("2019-09-30", "10")), BigDecimal.TEN,
                List.of(pay("2019-02-01", "10")), 2, LateUseStart.AFTER_WINDOW, LocalDate.parse("2021-09-01"));
        assertThat(m.lateUse()).singleElement().satisfies(p -> assertThat(p.from()).isEqualTo(LocalDate.parse("2019-04-01")));
    }

    @Test
    void moneySpentBeforeItArrivesIsUsedTheDayItArrives() {
        PaymentMatching m = match(List.of(use("2019-01-10", "10")), "10", List.of(pay("2019-06-01", "10")));
        assertThat(m.lateUse()).isEmpty();
        assertThat(m.refund()).isEmpty();
    }

    @Test
    void theLatestPaymentsFormTheRefundEachFromItsDay() {
        // F = 150; paid 100 on 02-01 and 100 on 03-01; uses 80 + 80 (the second counts 70): refund 50 from 03-01
        PaymentMatching m = match(List.of(use("2019-02-10", "80"), use("2019-03-10", "80")), "150",
                List.of(pay("2019-03-01", "100"), pay("2019-02-01", "100")));
        assertThat(m.lateUse()).isEmpty();
        assertThat(m.refund()).containsExactly(new InterestPeriod(InterestKind.REFUND, new BigDecimal("50.00"),
                LocalDate.parse("2019-03-01"), LocalDate.parse("2021-09-01")));
    }

    @Test
    void usesBeyondTheFinalGrantCountNothing() {
        PaymentMatching m = match(List.of(use("2019-02-10", "100"), use("2020-12-10", "100")), "100",
                List.of(pay("2019-02-01", "100")));
        assertThat(m.lateUse()).isEmpty();
        assertThat(m.refund()).isEmpty();
    }
}
