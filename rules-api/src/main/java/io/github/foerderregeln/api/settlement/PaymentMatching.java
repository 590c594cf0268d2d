package io.github.foerderregeln.api.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which money was used when (Anteilfinanzierung, ANBest Nr. 1.4: payments drawn "anteilig"), exact:
 * the uses, in the order given, count up to the final grant; the payments, in date order (then
 * input order), are matched to them first in, first out; a matched part is used on the later of
 * the payment's and the use's day. A part used more than {@code useMonths} after its payment bears
 * late-use interest (§ 49a Abs. 4 VwVfG) up to its day of use; what is left of the payments is the
 * refund and bears interest from its payment to the settlement date (§ 49a Abs. 3 VwVfG).
 *
 * @param lateUse the late-use interest periods, in the order of matching
 * @param refund the refund interest periods, in the order of the payments
 */
public record PaymentMatching(List<InterestPeriod> lateUse, List<InterestPeriod> refund) {
    public PaymentMatching {
        lateUse = List.copyOf(lateUse);
        refund = List.copyOf(refund);
    }

    /**
     * Matches {@code payments} to {@code uses}.
     *
     * @param uses the uses in the order of their day, then of the input; not null
     * @param finalGrant the final grant F: uses count up to it; not null
     * @param payments the payments, in any order (sorted stably by day here); not null
     * @param useMonths the time to use a payment, in months
     * @param lateUseFrom from when late-use interest runs; not null
     * @param settlementDate the day refund interest runs to; not null
     */
    public static PaymentMatching of(List<Use> uses, BigDecimal finalGrant, List<Payment> payments, int useMonths,
            LateUseStart lateUseFrom, LocalDate settlementDate) {
        List<Payment> ordered = payments.stream().sorted(Comparator.comparing(Payment::paidOn)).toList();
        BigDecimal[] left = ordered.stream().map(Payment::amount).toArray(BigDecimal[]::new);
        List<InterestPeriod> late = new ArrayList<>();
        BigDecimal toUse = finalGrant;
        int p = 0;
        for (Use use : uses) {
            if (toUse.signum() <= 0) {
                break;
            }
            BigDecimal need = use.amount().min(toUse);
            toUse = toUse.subtract(need);
            while (need.signum() > 0 && p < ordered.size()) {
                BigDecimal part = need.min(left[p]);
                Payment payment = ordered.get(p);
                LocalDate usedOn = use.usedOn().isAfter(payment.paidOn()) ? use.usedOn() : payment.paidOn();
                LocalDate window = payment.paidOn().plusMonths(useMonths);
                if (part.signum() > 0 && usedOn.isAfter(window)) {
                    LocalDate from = lateUseFrom == LateUseStart.AFTER_WINDOW ? window : payment.paidOn();
                    late.add(new InterestPeriod(InterestKind.LATE_USE, part, from, usedOn));
                }
                need = need.subtract(part);
                left[p] = left[p].subtract(part);
                if (left[p].signum() == 0) {
                    p++;
                }
            }
        }
        List<InterestPeriod> refund = new ArrayList<>();
        for (int i = p; i < ordered.size(); i++) {
            Payment payment = ordered.get(i);
            if (left[i].signum() > 0 && settlementDate.isAfter(payment.paidOn())) {
                refund.add(new InterestPeriod(InterestKind.REFUND, left[i], payment.paidOn(), settlementDate));
            }
        }
        return new PaymentMatching(late, refund);
    }
}
