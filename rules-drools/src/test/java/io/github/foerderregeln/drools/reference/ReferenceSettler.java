package io.github.foerderregeln.drools.reference;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.InterestKind;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.Payment;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second, independent implementation of the settlement of a grant decision of the call
 * {@code rdz-lsa-2018}, written in plain Java from the settlement rules as docs/settlement.md
 * states them. It shares nothing with the engine but the input and output records: no DRL, no call
 * data file, no Basiszinssatz file, no {@code PaymentMatching}, {@code InterestCalculation} or
 * {@code SettlementAssembler}. The call's settlement parameters and the Basiszinssatz are written
 * out here a second time on purpose, so that a wrong value in the data shows up as a mismatch.
 *
 * <p>It answers what the differential tests compare (outcome, amounts, limits and those that bind,
 * interest lines, findings as rule id and severity, rules fired), not the messages. It is immutable
 * and thread-safe, and written as the plain-Java baseline of the benchmarks: loops, no streams.
 */
public final class ReferenceSettler {
    // Settlement parameters of rdz-lsa-2018 (docs/settlement.md, "Call parameters").
    private static final BigDecimal TOLERANCE = new BigDecimal("0.20");
    private static final int USE_MONTHS = 2;
    private static final int RETENTION_YEARS = 5;
    private static final BigDecimal POINTS = new BigDecimal("5");
    private static final BigDecimal DAY_DIVISOR = new BigDecimal("36500");
    private static final Set<CostCategory> FUNDED = EnumSet.of(CostCategory.PERSONNEL, CostCategory.MATERIAL);

    // The Basiszinssatz of § 247 BGB from 2013 on, each valid from its day until the next; known to 2025-12-31.
    private static final LocalDate[] RATE_FROM = {
        LocalDate.of(2013, 1, 1), LocalDate.of(2013, 7, 1), LocalDate.of(2014, 1, 1), LocalDate.of(2014, 7, 1),
        LocalDate.of(2015, 1, 1), LocalDate.of(2016, 7, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1),
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1)};
    private static final BigDecimal[] RATE = {
        new BigDecimal("-0.13"), new BigDecimal("-0.38"), new BigDecimal("-0.63"), new BigDecimal("-0.73"),
        new BigDecimal("-0.83"), new BigDecimal("-0.88"), new BigDecimal("1.62"), new BigDecimal("3.12"),
        new BigDecimal("3.62"), new BigDecimal("3.37"), new BigDecimal("2.27"), new BigDecimal("1.27")};
    private static final LocalDate FIRST_UNKNOWN = LocalDate.of(2026, 1, 1);

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final String PERIOD = "SET-PERIOD";
    private static final String CATEGORY = "SET-CATEGORY";
    private static final String OVERRUN = "SET-CATEGORY-OVERRUN";
    private static final String REFUND = "SET-REFUND";
    private static final String LATE_USE = "SET-LATE-USE-INTEREST";
    private static final String REFUND_INTEREST = "SET-REFUND-INTEREST";
    private static final String PROOF_LATE = "SET-PROOF-LATE";
    private static final String RETENTION = "SET-RETENTION";
    private static final String BASE_RATE = "SET-BASE-RATE";
    private static final String NEW_COVER = "SET-NEW-COVER";
    /** The rule of each limit, in {@link SettlementLimitKind} order. */
    private static final String[] LIMIT_RULE = {"SET-GRANT-CAP", "SET-RATE", NEW_COVER, "SET-NO-DOUBLE-FUNDING"};
    /**
     * The rules that compute a figure of every settlement and so fire in each: the recognised
     * expenditure, three limits, the final grant, which money was used when, the interest, the receipts.
     */
    private static final List<String> ALWAYS = List.of(OVERRUN, "SET-GRANT-CAP", "SET-RATE", "SET-NO-DOUBLE-FUNDING",
            "SET-FINAL-GRANT", LATE_USE, BASE_RATE, RETENTION);

    /** Settles {@code settlement}, which must be valid and of a decision of rdz-lsa-2018. */
    public Settled settle(Settlement settlement) {
        GrantDecision decision = settlement.decision();
        LocalDate start = decision.periodStart();
        LocalDate end = decision.periodEnd();
        List<RuleFinding> findings = new ArrayList<>();
        Set<String> fired = new HashSet<>(ALWAYS);

        // SET-PERIOD and SET-CATEGORY: one finding per item; what passes both counts for its category.
        List<Expenditure> items = settlement.expenditure();
        BigDecimal declared = ZERO;
        Map<CostCategory, BigDecimal> declaredBy = new EnumMap<>(CostCategory.class);
        boolean[] counted = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Expenditure item = items.get(i);
            declared = declared.add(item.amount());
            boolean within = !item.paidOn().isBefore(start) && !item.paidOn().isAfter(end);
            boolean funded = FUNDED.contains(item.category());
            if (!within) {
                findings.add(new RuleFinding(PERIOD, Severity.WARNING));
                fired.add(PERIOD);
            }
            if (!funded) {
                findings.add(new RuleFinding(CATEGORY, Severity.WARNING));
                fired.add(CATEGORY);
            }
            if (within && funded) {
                counted[i] = true;
                declaredBy.merge(item.category(), item.amount(), BigDecimal::add);
            }
        }

        // SET-CATEGORY-OVERRUN: at most approved x (1 + tolerance), cut to the cent, unless approved.
        Map<CostCategory, BigDecimal> recognisedBy = new EnumMap<>(CostCategory.class);
        Map<CostCategory, BigDecimal> cutBy = new EnumMap<>(CostCategory.class);
        BigDecimal recognised = ZERO;
        for (CostCategory category : FUNDED) {
            BigDecimal approved = decision.approvedExpenditure().get(category);
            approved = approved == null ? ZERO : approved;
            BigDecimal most = approved.multiply(BigDecimal.ONE.add(TOLERANCE)).setScale(2, RoundingMode.DOWN);
            BigDecimal of = declaredBy.getOrDefault(category, ZERO);
            BigDecimal kept = settlement.overrunApproved().contains(category) || of.compareTo(most) <= 0 ? of : most;
            if (kept.compareTo(of) < 0) {
                findings.add(new RuleFinding(OVERRUN, Severity.WARNING));
            }
            recognisedBy.put(category, kept);
            cutBy.put(category, of.subtract(kept));
            recognised = recognised.add(kept);
        }

        // The limits, each as an exact fraction numerator / denominator (only the new cover divides).
        BigDecimal received = settlement.otherFundingReceived();
        BigDecimal excess = received.subtract(decision.plannedOtherFunding());
        BigDecimal rateLimit = recognised.multiply(decision.fundingRate());
        BigDecimal[] numerator = new BigDecimal[4];
        BigDecimal[] denominator = new BigDecimal[4];
        numerator[0] = decision.grant();
        numerator[1] = rateLimit;
        numerator[3] = recognised.subtract(received);
        if (excess.signum() > 0) {
            fired.add(NEW_COVER);
            BigDecimal smaller = decision.grant().min(rateLimit);
            numerator[2] = recognised.signum() == 0 ? ZERO : smaller.multiply(recognised.subtract(excess));
            denominator[2] = recognised.signum() == 0 ? BigDecimal.ONE : recognised;
        }
        int lowest = 0;
        for (int k = 1; k < 4; k++) {
            if (numerator[k] != null && compare(numerator[k], denominator[k], numerator[lowest], denominator[lowest]) < 0) {
                lowest = k;
            }
        }
        Map<SettlementLimitKind, BigDecimal> limits = new EnumMap<>(SettlementLimitKind.class);
        Set<SettlementLimitKind> binding = EnumSet.noneOf(SettlementLimitKind.class);
        SettlementLimitKind[] kinds = SettlementLimitKind.values();
        for (int k = 0; k < 4; k++) {
            if (numerator[k] == null) {
                continue;
            }
            limits.put(kinds[k], denominator[k] == null ? numerator[k].setScale(2, RoundingMode.DOWN)
                    : numerator[k].divide(denominator[k], 2, RoundingMode.DOWN));
            if (compare(numerator[k], denominator[k], numerator[lowest], denominator[lowest]) == 0) {
                binding.add(kinds[k]);
                findings.add(new RuleFinding(LIMIT_RULE[k], Severity.INFO));
            }
        }
        // SET-FINAL-GRANT: the lowest limit, never below 0.00, rounded down to whole euros.
        BigDecimal lowestValue = denominator[lowest] == null ? numerator[lowest]
                : numerator[lowest].divide(denominator[lowest], 0, RoundingMode.FLOOR);
        BigDecimal finalGrant = lowestValue.signum() <= 0 ? ZERO : lowestValue.setScale(0, RoundingMode.FLOOR).setScale(2);

        // SET-REFUND.
        BigDecimal paid = ZERO;
        for (Payment payment : settlement.payments()) {
            paid = paid.add(payment.amount());
        }
        int paidAgainstGrant = paid.compareTo(finalGrant);
        if (paidAgainstGrant != 0) {
            fired.add(REFUND);
            findings.add(new RuleFinding(REFUND, paidAgainstGrant > 0 ? Severity.WARNING : Severity.INFO));
        }

        // Which money was used when: the uses in the order of their day, then of the input.
        Integer[] order = new Integer[items.size()];
        int uses = 0;
        for (int i = 0; i < items.size(); i++) {
            if (counted[i]) {
                order[uses++] = i;
            }
        }
        Integer[] useOrder = Arrays.copyOf(order, uses);
        Arrays.sort(useOrder, (a, b) -> {
            int byDay = items.get(a).paidOn().compareTo(items.get(b).paidOn());
            return byDay != 0 ? byDay : Integer.compare(a, b);
        });
        BigDecimal[] useAmount = new BigDecimal[uses];
        for (int u = uses - 1; u >= 0; u--) {
            Expenditure item = items.get(useOrder[u]);
            BigDecimal cut = cutBy.get(item.category());
            BigDecimal taken = cut.min(item.amount());
            cutBy.put(item.category(), cut.subtract(taken));
            useAmount[u] = item.amount().subtract(taken).multiply(decision.fundingRate());
        }
        Integer[] paymentOrder = new Integer[settlement.payments().size()];
        for (int p = 0; p < paymentOrder.length; p++) {
            paymentOrder[p] = p;
        }
        Arrays.sort(paymentOrder, (a, b) -> {
            int byDay = settlement.payments().get(a).paidOn().compareTo(settlement.payments().get(b).paidOn());
            return byDay != 0 ? byDay : Integer.compare(a, b);
        });
        BigDecimal[] left = new BigDecimal[paymentOrder.length];
        for (int p = 0; p < left.length; p++) {
            left[p] = settlement.payments().get(paymentOrder[p]).amount();
        }
        Interest late = new Interest(InterestKind.LATE_USE);
        BigDecimal stillToUse = finalGrant;
        int next = 0;
        for (int u = 0; u < uses && stillToUse.signum() > 0; u++) {
            BigDecimal use = useAmount[u].min(stillToUse);
            stillToUse = stillToUse.subtract(use);
            LocalDate usedOn = items.get(useOrder[u]).paidOn();
            while (use.signum() > 0 && next < left.length) {
                if (left[next].signum() == 0) {
                    next++;
                    continue;
                }
                BigDecimal part = use.min(left[next]);
                LocalDate paidOn = settlement.payments().get(paymentOrder[next]).paidOn();
                LocalDate day = usedOn.isAfter(paidOn) ? usedOn : paidOn;
                if (day.isAfter(paidOn.plusMonths(USE_MONTHS))) {
                    late.add(part, paidOn, day);
                }
                use = use.subtract(part);
                left[next] = left[next].subtract(part);
            }
        }
        Interest refund = new Interest(InterestKind.REFUND);
        for (int p = 0; p < left.length; p++) {
            if (left[p].signum() > 0) {
                refund.add(left[p], settlement.payments().get(paymentOrder[p]).paidOn(), settlement.settlementDate());
            }
        }

        // SET-BASE-RATE, SET-LATE-USE-INTEREST, SET-REFUND-INTEREST.
        boolean incomplete = late.firstUnknown != null || refund.firstUnknown != null;
        List<InterestLine> lines = new ArrayList<>();
        BigDecimal refundInterest = ZERO;
        BigDecimal lateInterest = ZERO;
        if (incomplete) {
            findings.add(new RuleFinding(BASE_RATE, Severity.MISSING));
        } else {
            lines.addAll(refund.lines);
            lines.addAll(late.lines);
            refundInterest = refund.total();
            lateInterest = late.total();
            if (lateInterest.signum() > 0) {
                findings.add(new RuleFinding(LATE_USE, Severity.WARNING));
            }
            if (refundInterest.signum() > 0) {
                fired.add(REFUND_INTEREST);
                findings.add(new RuleFinding(REFUND_INTEREST, Severity.WARNING));
            }
        }

        // SET-PROOF-LATE and SET-RETENTION.
        if (settlement.proofSubmittedOn().isAfter(decision.proofDue())) {
            fired.add(PROOF_LATE);
            findings.add(new RuleFinding(PROOF_LATE, Severity.WARNING));
        }
        findings.add(new RuleFinding(RETENTION, Severity.INFO));

        SettlementOutcome outcome = incomplete ? SettlementOutcome.INCOMPLETE
                : paidAgainstGrant > 0 ? SettlementOutcome.REFUND
                : paidAgainstGrant < 0 ? SettlementOutcome.FINAL_PAYMENT : SettlementOutcome.BALANCED;
        findings.sort(null);
        return new Settled(outcome, declared, recognised, declared.subtract(recognised), recognisedBy, finalGrant, paid,
                paidAgainstGrant > 0 ? paid.subtract(finalGrant) : ZERO,
                paidAgainstGrant < 0 ? finalGrant.subtract(paid) : ZERO, refundInterest, lateInterest, limits, binding,
                lines, findings, Set.copyOf(fired));
    }

    /** a / b against c / d, a null denominator being 1; denominators are above 0. */
    private static int compare(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        BigDecimal left = d == null ? a : a.multiply(d);
        BigDecimal right = b == null ? c : c.multiply(b);
        return left.compareTo(right);
    }

    /** The interest of one kind: its lines, the exact sum of amount x rate x days, and the first day without a rate. */
    private static final class Interest {
        private final InterestKind kind;
        private final List<InterestLine> lines = new ArrayList<>();
        private BigDecimal sum = BigDecimal.ZERO;
        private LocalDate firstUnknown;

        Interest(InterestKind kind) {
            this.kind = kind;
        }

        /** {@code amount} bears interest for the days after {@code from} up to and including {@code to}. */
        void add(BigDecimal amount, LocalDate from, LocalDate to) {
            LocalDate before = from;
            while (before.isBefore(to)) {
                LocalDate first = before.plusDays(1);
                int index = -1;
                for (int r = 0; r < RATE_FROM.length && !RATE_FROM[r].isAfter(first); r++) {
                    index = r;
                }
                LocalDate nextChange = index + 1 < RATE_FROM.length ? RATE_FROM[index + 1] : FIRST_UNKNOWN;
                if (index < 0 || !first.isBefore(FIRST_UNKNOWN)) {
                    if (firstUnknown == null || first.isBefore(firstUnknown)) {
                        firstUnknown = first;
                    }
                    if (first.isBefore(FIRST_UNKNOWN)) {
                        before = nextChange.minusDays(1).isBefore(to) ? nextChange.minusDays(1) : to;
                        continue;
                    }
                    return;
                }
                LocalDate last = nextChange.minusDays(1).isBefore(to) ? nextChange.minusDays(1) : to;
                BigDecimal percent = RATE[index].add(POINTS);
                BigDecimal exact = amount.multiply(percent).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(before, last)));
                sum = sum.add(exact);
                lines.add(new InterestLine(kind, amount, before, last, percent,
                        exact.divide(DAY_DIVISOR, 2, RoundingMode.HALF_UP)));
                before = last;
            }
        }

        /** The total: the exact sum, rounded half up to the cent once. */
        BigDecimal total() {
            return sum.divide(DAY_DIVISOR, 2, RoundingMode.HALF_UP);
        }
    }
}
