package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A proof of use to be settled (Schlussfestsetzung): the decision, what was paid, what was spent.
 *
 * @param id the settlement's identifier; not null, not blank
 * @param decision the grant decision; not null
 * @param overrunApproved the categories whose overrun beyond the tolerance was approved; not null, copied
 * @param payments the payments of the grant; not null, copied, each not after the settlement date
 * @param expenditure the expenditure declared; not null, copied, each not after the settlement date
 * @param otherFundingReceived the other funding actually received, at least 0.00; not null
 * @param proofSubmittedOn the day the proof of use was submitted, not after the settlement date; not null
 * @param settlementDate the day of the final decision; interest runs to it; not null
 *
 * <p>Invalid components throw an {@link InvalidSettlementException} naming every field that is wrong.
 */
public record Settlement(String id, GrantDecision decision, Set<CostCategory> overrunApproved, List<Payment> payments,
        List<Expenditure> expenditure, BigDecimal otherFundingReceived, LocalDate proofSubmittedOn,
        LocalDate settlementDate) {
    /** The most payments, and the most expenditure items, a settlement may have. */
    public static final int MAX_ITEMS = SettlementChecks.MAX_ITEMS;

    public Settlement {
        List<Problem> problems = new ArrayList<>();
        GrantDecision.check(problems, "id", Checks.notBlank(id));
        if (decision == null) {
            problems.add(new Problem("grantDecision", "is required"));
        }
        if (overrunApproved == null || overrunApproved.contains(null)) {
            problems.add(new Problem("overrunApproved", "must be a set of categories"));
        }
        GrantDecision.checkDate(problems, "proofSubmittedOn", proofSubmittedOn, true);
        GrantDecision.checkDate(problems, "settlementDate", settlementDate, true);
        if (payments == null || payments.contains(null)) {
            problems.add(new Problem("payments", "must be a list of payments"));
        } else {
            GrantDecision.check(problems, "payments", Checks.size(payments, MAX_ITEMS));
            for (int i = 0; i < payments.size(); i++) {
                after(problems, "payments[" + i + "].paidOn", payments.get(i).paidOn(), settlementDate);
            }
        }
        if (expenditure == null || expenditure.contains(null)) {
            problems.add(new Problem("expenditure", "must be a list of expenditure items"));
        } else {
            GrantDecision.check(problems, "expenditure", Checks.size(expenditure, MAX_ITEMS));
            for (int i = 0; i < expenditure.size(); i++) {
                after(problems, "expenditure[" + i + "].paidOn", expenditure.get(i).paidOn(), settlementDate);
            }
        }
        if (otherFundingReceived == null) {
            problems.add(new Problem("otherFundingReceived", "is required"));
        } else {
            GrantDecision.check(problems, "otherFundingReceived", Checks.money(otherFundingReceived, true));
        }
        after(problems, "proofSubmittedOn", proofSubmittedOn, settlementDate);
        if (!problems.isEmpty()) {
            throw new InvalidSettlementException(id == null || id.isBlank() ? null : id, problems);
        }
        overrunApproved = overrunApproved.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(overrunApproved));
        payments = List.copyOf(payments);
        expenditure = List.copyOf(expenditure);
        otherFundingReceived = Checks.cents(otherFundingReceived);
    }

    private static void after(List<Problem> problems, String field, LocalDate date, LocalDate settlementDate) {
        if (date != null && settlementDate != null && date.isAfter(settlementDate)) {
            problems.add(new Problem(field, "must not be after the settlement date " + settlementDate + " (was " + date + ")"));
        }
    }

    /** Everything paid. */
    public BigDecimal paid() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(Checks.MONEY_SCALE), BigDecimal::add);
    }
}
