package io.github.foerderregeln.testing.corpus;

import static io.github.foerderregeln.testing.corpus.ApplicationCorpus.between;
import static io.github.foerderregeln.testing.corpus.ApplicationCorpus.pick;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.Payment;
import io.github.foerderregeln.api.settlement.Recipient;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Valid settlements of grant decisions of one funding call, realistic ones and ones on the edges of
 * every settlement rule, drawn from the call's own settlement parameters: categories declared just
 * within and a cent beyond the tolerance, expenditure on the approval period's first and last day
 * and the days around them, payments used on the day before, on and after the end of the time to
 * use them, proofs of use submitted around their due date, other funding beyond the plan (up to all
 * of the recognised expenditure and more), payments of the final grant and a cent either side, and
 * interest periods across every 1 January and 1 July (the only days § 247 BGB changes the
 * Basiszinssatz on), the 2024 leap day and years no Basiszinssatz is known for yet. Expenditure and
 * payments come in any order, some split into parts of one day.
 *
 * <p>As {@link ApplicationCorpus}: one distribution, written once as a function of a
 * {@link Random}; {@link #corpus(long, int)} gives the same settlements for the same seed and call,
 * and {@link #settlement(Random, String)} draws one at a time for a stream of any length. An
 * instance is immutable and thread-safe.
 */
public final class SettlementCorpus {
    private static final String[] NAMES = {
        "Stadt Haldensleben", "Stadt Merseburg", "TGZ Jerichower Land GmbH", "Altmarkkreis Salzwedel",
        "Digitalagentur Harz e.V.", "Zweckverband Breitband Altmark"};
    private static final LegalForm[] FORMS = {
        LegalForm.GEMEINDE, LegalForm.LANDKREIS, LegalForm.ZWECKVERBAND, LegalForm.EINGETRAGENER_VEREIN,
        LegalForm.GMBH, LegalForm.STIFTUNG};
    /** Funding rates as decisions state them: the call's usual ones, the extremes and odd ones with four decimals. */
    private static final String[] RATES = {"0.8000", "0.8000", "0.8000", "1.0000", "0.5000", "0.0001", "0.7999", "0.6667"};
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** The years after the call's first day that decisions are drawn in. */
    private static final int DECISION_YEARS = 6;

    private final FundingCall call;
    private final SettlementTerms terms;
    private final List<CostCategory> funded;
    private final List<CostCategory> notFunded;

    private SettlementCorpus(FundingCall call) {
        this.call = call;
        this.terms = call.settlementTermsOn(call.inForceFrom()).orElseThrow(() -> new IllegalArgumentException(
                "the call " + call.id() + " has no settlement parameters on " + call.inForceFrom()));
        Set<CostCategory> eligible = call.termsOn(call.inForceFrom()).orElseThrow().eligibleCostCategories();
        this.funded = List.copyOf(eligible);
        List<CostCategory> others = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            if (!eligible.contains(category)) {
                others.add(category);
            }
        }
        this.notFunded = List.copyOf(others);
    }

    /**
     * The settlement corpus of {@code call}.
     *
     * @param call a call with settlement parameters on its first day; not null
     * @throws IllegalArgumentException when the call settles nothing
     */
    public static SettlementCorpus of(FundingCall call) {
        return new SettlementCorpus(Objects.requireNonNull(call, "call must not be null"));
    }

    /** The call the settlements belong to. */
    public FundingCall call() {
        return call;
    }

    /**
     * {@code count} settlements of the same distribution, the same ones for the same seed, with ids
     * {@code settlement-<seed>-<n>}.
     */
    public List<Settlement> corpus(long seed, int count) {
        Random random = new Random(seed);
        List<Settlement> settlements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            settlements.add(settlement(random, "settlement-" + seed + "-" + i));
        }
        return settlements;
    }

    /** One settlement drawn from {@code random}. */
    public Settlement settlement(Random random, String id) {
        return settlement(random, id, -1, -1);
    }

    /**
     * One settlement drawn from {@code random} with exactly {@code items} expenditure items and
     * {@code payments} payments, such as the large proofs of use a benchmark settles.
     */
    public Settlement settlement(Random random, String id, int items, int payments) {
        LocalDate decisionDate = between(random, call.inForceFrom(), call.inForceFrom().plusYears(DECISION_YEARS));
        LocalDate start = decisionDate.plusDays(random.nextInt(90));
        LocalDate end = random.nextInt(20) == 0 ? start : start.plusMonths(1 + random.nextInt(24)).minusDays(1);
        BigDecimal rate = new BigDecimal(pick(random, RATES));
        Map<CostCategory, BigDecimal> approved = new EnumMap<>(CostCategory.class);
        for (CostCategory category : funded) {
            int roll = random.nextInt(10);
            if (roll < 8) {
                approved.put(category, money(random, 500_00L, 200_000_00L));
            } else if (roll == 8) {
                approved.put(category, BigDecimal.ZERO.setScale(2));
            }
        }
        if (approved.values().stream().noneMatch(amount -> amount.signum() > 0)) {
            approved.put(funded.get(random.nextInt(funded.size())), money(random, 500_00L, 200_000_00L));
        }
        BigDecimal approvedTotal = sum(approved.values());
        BigDecimal planned = random.nextInt(4) == 0 ? money(random, 0L, approvedTotal.movePointRight(2).longValue() / 2)
                : BigDecimal.ZERO.setScale(2);
        // The grant decided: the rate of the plan in whole euros as a rule, sometimes less (so that it caps).
        BigDecimal grant = approvedTotal.multiply(rate).setScale(0, RoundingMode.DOWN).setScale(2);
        if (random.nextInt(4) == 0) {
            grant = grant.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.DOWN).setScale(2);
        }
        grant = grant.max(new BigDecimal("1.00"));
        LegalForm form = pick(random, FORMS);
        LocalDate proofDue = random.nextInt(5) == 0 ? end.plusMonths(1 + random.nextInt(9)) : null;
        GrantDecision decision = new GrantDecision(id, call.id(), decisionDate,
                new Recipient(pick(random, NAMES), form), grant, rate, approved, planned, start, end, proofDue, null, null);

        Set<CostCategory> overrunApproved = EnumSet.noneOf(CostCategory.class);
        List<Expenditure> expenditure = new ArrayList<>();
        int itemsLeft = items;
        for (int c = 0; c < funded.size(); c++) {
            CostCategory category = funded.get(c);
            int parts = items >= 0 ? (c == funded.size() - 1 ? itemsLeft : itemsLeft / 2)
                    : random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 6);
            itemsLeft -= parts;
            // A cent at least for each part asked for.
            BigDecimal declared = declared(random, decision.approved(category)).max(BigDecimal.valueOf(items >= 0 ? parts : 0, 2));
            if (random.nextInt(12) == 0) {
                overrunApproved.add(category);
            }
            for (BigDecimal amount : split(random, declared, parts)) {
                // Now and then an item split in two of one day, whose order only the input gives.
                LocalDate day = !expenditure.isEmpty() && random.nextInt(5) == 0
                        ? expenditure.get(expenditure.size() - 1).paidOn() : between(random, start, end);
                expenditure.add(new Expenditure(category, amount, day, category + " item"));
            }
        }
        if (items < 0) {
            outsideItems(random, expenditure, start, end);
        }

        BigDecimal recognised = recognised(decision, expenditure, overrunApproved);
        BigDecimal received = received(random, planned, recognised);
        // Aimed at the final grant without the other funding now and then, so that it misses by more.
        BigDecimal expected = expectedFinalGrant(decision, recognised, random.nextInt(3) == 0 ? planned : received);
        BigDecimal paid = paid(random, expected, grant).max(BigDecimal.valueOf(Math.max(payments, 0), 2));
        int paymentCount = payments >= 0 ? payments
                : paid.signum() == 0 ? 0 : 1 + random.nextInt(random.nextInt(8) == 0 ? 24 : 4);
        List<Payment> paymentList = new ArrayList<>();
        List<BigDecimal> paymentAmounts = split(random, paid, paymentCount);
        LocalDate firstPayment = start.minusDays(random.nextInt(45));
        for (int i = 0; i < paymentAmounts.size(); i++) {
            LocalDate day = i == 0 ? firstPayment : between(random, firstPayment, end.plusMonths(1));
            paymentList.add(new Payment(day, paymentAmounts.get(i)));
        }
        if (!paymentList.isEmpty() && !expenditure.isEmpty() && random.nextInt(4) == 0) {
            // Used on the day before, on or after the last day of the time to use the first payment.
            LocalDate used = firstPayment.plusMonths(terms.useMonths()).plusDays(random.nextInt(3) - 1);
            for (int i = 0; i < expenditure.size(); i++) {
                Expenditure item = expenditure.get(i);
                if (item.paidOn().isBefore(used)) {
                    expenditure.set(i, new Expenditure(item.category(), item.amount(), used, item.description()));
                }
            }
        } else if (!paymentList.isEmpty() && random.nextInt(3) == 0) {
            // Paid as used: each payment on the day of an item, so that nothing is used late.
            for (int i = 0; i < paymentList.size() && !expenditure.isEmpty(); i++) {
                LocalDate day = expenditure.get(random.nextInt(expenditure.size())).paidOn();
                paymentList.set(i, new Payment(day, paymentList.get(i).amount()));
            }
        }

        LocalDate lastDay = end;
        for (Payment payment : paymentList) {
            lastDay = later(lastDay, payment.paidOn());
        }
        for (Expenditure item : expenditure) {
            lastDay = later(lastDay, item.paidOn());
        }
        LocalDate due = decision.proofDue();
        LocalDate submitted = switch (random.nextInt(6)) {
            case 0 -> due.minusDays(1);
            case 1 -> due;
            case 2 -> due.plusDays(1);
            default -> between(random, end, due.plusDays(60));
        };
        LocalDate settled = settlementDate(random, later(lastDay, submitted));
        if (random.nextInt(3) == 0) {
            Collections.shuffle(expenditure, random);
            Collections.shuffle(paymentList, random);
        }
        return new Settlement(id, decision, overrunApproved, paymentList, expenditure, received, submitted, settled);
    }

    /** What is declared for a category: as planned, less, within the tolerance, on it, a cent beyond it, or far beyond. */
    private BigDecimal declared(Random random, BigDecimal approved) {
        BigDecimal tolerated = approved.multiply(BigDecimal.ONE.add(terms.tolerance())).setScale(2, RoundingMode.DOWN);
        return switch (random.nextInt(8)) {
            case 0 -> approved;
            case 1 -> tolerated;
            case 2 -> tolerated.add(ONE_CENT);
            case 3 -> approved.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.DOWN);
            case 4 -> money(random, 1L, approved.movePointRight(2).longValue() + 1);
            default -> approved.multiply(new BigDecimal(70 + random.nextInt(60))).divide(HUNDRED, 2, RoundingMode.DOWN);
        };
    }

    /** Items before, on and after the period's first and last day, and of categories the call does not fund. */
    private void outsideItems(Random random, List<Expenditure> expenditure, LocalDate start, LocalDate end) {
        int count = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < count; i++) {
            LocalDate day = switch (random.nextInt(5)) {
                case 0 -> start.minusDays(1);
                case 1 -> start;
                case 2 -> end;
                case 3 -> end.plusDays(1);
                default -> between(random, start.minusMonths(3), end.plusMonths(3));
            };
            CostCategory category = random.nextInt(3) == 0 && !notFunded.isEmpty()
                    ? notFunded.get(random.nextInt(notFunded.size())) : funded.get(random.nextInt(funded.size()));
            expenditure.add(new Expenditure(category, money(random, 1L, 20_000_00L), day, "edge item"));
        }
    }

    /** Other funding received: as planned mostly, beyond the plan sometimes, up to the recognised expenditure and past it. */
    private static BigDecimal received(Random random, BigDecimal planned, BigDecimal recognised) {
        return switch (random.nextInt(12)) {
            case 0 -> planned.add(money(random, 1L, 20_000_00L));
            case 1 -> planned.add(ONE_CENT);
            case 2 -> planned.add(recognised.max(BigDecimal.ZERO));
            case 3 -> planned.add(recognised.max(BigDecimal.ZERO)).add(money(random, 1L, 10_000_00L));
            case 4 -> planned.subtract(money(random, 0L, planned.movePointRight(2).longValue())).max(BigDecimal.ZERO.setScale(2));
            default -> planned;
        };
    }

    /** What was paid: the expected final grant, a cent either side, the whole grant, or a share of it. */
    private static BigDecimal paid(Random random, BigDecimal expected, BigDecimal grant) {
        BigDecimal paid = switch (random.nextInt(7)) {
            case 0, 1 -> expected;
            case 2 -> expected.add(ONE_CENT);
            case 3 -> expected.subtract(ONE_CENT);
            case 4 -> grant;
            case 5 -> grant.multiply(new BigDecimal(50 + random.nextInt(50))).divide(HUNDRED, 2, RoundingMode.DOWN);
            default -> random.nextInt(5) == 0 ? BigDecimal.ZERO.setScale(2) : expected.add(money(random, 1L, 5_000_00L));
        };
        return paid.max(BigDecimal.ZERO.setScale(2));
    }

    /**
     * Roughly what will be recognised, only to aim other funding and payments at the edges: what
     * lies within the period and the tolerance.
     */
    private BigDecimal recognised(GrantDecision decision, List<Expenditure> expenditure, Set<CostCategory> overrunApproved) {
        BigDecimal recognised = BigDecimal.ZERO.setScale(2);
        for (CostCategory category : funded) {
            BigDecimal declared = BigDecimal.ZERO;
            for (Expenditure item : expenditure) {
                if (item.category() == category && !item.paidOn().isBefore(decision.periodStart())
                        && !item.paidOn().isAfter(decision.periodEnd())) {
                    declared = declared.add(item.amount());
                }
            }
            BigDecimal cap = decision.approved(category).multiply(BigDecimal.ONE.add(terms.tolerance()))
                    .setScale(2, RoundingMode.DOWN);
            recognised = recognised.add(overrunApproved.contains(category) ? declared : declared.min(cap));
        }
        return recognised;
    }

    /** Roughly the final grant, in whole euros, only to aim payments at it and a cent either side. */
    private static BigDecimal expectedFinalGrant(GrantDecision decision, BigDecimal recognised, BigDecimal received) {
        BigDecimal share = decision.grant().min(recognised.multiply(decision.fundingRate()));
        BigDecimal lowest = share.min(recognised.subtract(received));
        BigDecimal excess = received.subtract(decision.plannedOtherFunding());
        if (excess.signum() > 0 && recognised.signum() > 0) {
            lowest = lowest.min(share.multiply(recognised.subtract(excess)).divide(recognised, 2, RoundingMode.DOWN));
        }
        return lowest.max(BigDecimal.ZERO).setScale(0, RoundingMode.DOWN).setScale(2);
    }

    /**
     * The day of the settlement: mostly within two years, some on the last day with a payment or the
     * proof, some around 1 January and 1 July of a later year, some in years no Basiszinssatz is known for.
     */
    private static LocalDate settlementDate(Random random, LocalDate earliest) {
        return switch (random.nextInt(10)) {
            case 0 -> earliest;
            case 1 -> {
                int year = earliest.getYear() + 1 + random.nextInt(2);
                LocalDate change = random.nextBoolean() ? LocalDate.of(year, Month.JANUARY, 1) : LocalDate.of(year, Month.JULY, 1);
                yield change.plusDays(random.nextInt(3) - 1);
            }
            case 2 -> earliest.plusYears(2 + random.nextInt(4));
            default -> earliest.plusDays(random.nextInt(540));
        };
    }

    /** {@code total} in {@code parts} amounts of at least a cent that add up to it (fewer parts when it has too few cents). */
    private static List<BigDecimal> split(Random random, BigDecimal total, int parts) {
        long cents = total.movePointRight(2).longValueExact();
        int count = (int) Math.min(parts, cents);
        List<BigDecimal> amounts = new ArrayList<>(count);
        long left = cents;
        for (int i = count; i > 1; i--) {
            long fair = left / i;
            long part = 1 + (long) (random.nextDouble() * Math.max(1, Math.min(2 * fair, left - i + 1) - 1));
            part = Math.min(part, left - (i - 1));
            amounts.add(BigDecimal.valueOf(part, 2));
            left -= part;
        }
        if (count > 0) {
            amounts.add(BigDecimal.valueOf(left, 2));
        }
        return amounts;
    }

    private static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }

    private static BigDecimal money(Random random, long minCents, long maxCents) {
        return BigDecimal.valueOf(minCents + (long) (random.nextDouble() * (maxCents - minCents + 1)), 2);
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
