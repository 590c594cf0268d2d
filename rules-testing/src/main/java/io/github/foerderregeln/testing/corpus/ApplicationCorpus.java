package io.github.foerderregeln.testing.corpus;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Valid applications of the call {@code rdz-lsa-2018}, realistic ones and ones on the edges of
 * every rule: every legal form, seats mostly in Sachsen-Anhalt, every district and misspelt ones,
 * de-minimis aid around both regulations' windows and ceilings, decision dates from 2017-12-01
 * (the first day the call applies) to 2031-06-30 (after the last regulation ends), periods around
 * 24 months, early starts before, on and after the start, 1 to 10 cost items of every category with
 * cent amounts, other funding near the eligible costs, and requested grants on the rate and ceiling
 * limits.
 *
 * <p>One distribution, written once as a function of a {@link Random}: the property and
 * differential tests draw from it through jqwik, {@link #corpus(long, int)} gives the same
 * applications for the same seed to {@code foerderregeln generate}, policy diffs and benchmarks.
 * The parameters used to place requested grants and aid near the limits (80 %, 200,000 EUR, the
 * de-minimis ceilings) are those of the call's first version; they shape the data, not decisions.
 */
public final class ApplicationCorpus {
    /** The first day decisions are generated for: the call's parameters apply from then. */
    public static final LocalDate FIRST_DECISION_DATE = LocalDate.of(2017, 12, 1);
    /** The last day decisions are generated for: after the last de-minimis regulation ends. */
    public static final LocalDate LAST_DECISION_DATE = LocalDate.of(2031, 6, 30);

    private static final String CALL_ID = "rdz-lsa-2018";
    private static final LegalForm[] LEGAL_PERSONS = {
        LegalForm.GEMEINDE, LegalForm.VERBANDSGEMEINDE, LegalForm.LANDKREIS, LegalForm.KREISFREIE_STADT,
        LegalForm.ZWECKVERBAND, LegalForm.ANSTALT_OEFFENTLICHEN_RECHTS, LegalForm.KOERPERSCHAFT_OEFFENTLICHEN_RECHTS,
        LegalForm.EINGETRAGENER_VEREIN, LegalForm.GMBH, LegalForm.AG, LegalForm.GENOSSENSCHAFT, LegalForm.STIFTUNG};
    private static final LegalForm[] NOT_LEGAL_PERSONS = {LegalForm.GBR, LegalForm.EINZELUNTERNEHMEN, LegalForm.NATUERLICHE_PERSON};
    private static final String[] OTHER_LAENDER = {
        "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "SH", "TH"};
    private static final String[] DISTRICTS = {
        "Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde", "Burgenlandkreis", "Harz", "Jerichower Land",
        "Mansfeld-Südharz", "Saalekreis", "Salzlandkreis", "Stendal", "Wittenberg",
        "Dessau-Roßlau", "Halle (Saale)", "Magdeburg"};
    private static final String[] MISSPELT_DISTRICTS = {
        "Boerde", "Borde", "börde", "Halle", "Halle/Saale", "Halle (saale)", "Dessau-Rosslau", "Dessau",
        "Magdeburg ", " Harz", "Landkreis Harz", "Altmarkkreis-Salzwedel", "Mansfeld-Suedharz",
        "Anhalt Bitterfeld", "Jerichower-Land", "Leipzig", "Bitterfeld", ""};
    private static final String[] NAMES = {
        "Stadt Haldensleben", "Stadt Merseburg", "TGZ Jerichower Land GmbH", "Altmarkkreis Salzwedel",
        "Salzlandkreis", "Digitalagentur Harz e.V.", "Hochschule Anhalt", "Zweckverband Breitband Altmark"};
    private static final CentreTask[] TASKS = CentreTask.values();
    private static final PartnerSector[] SECTORS = PartnerSector.values();
    private static final String[] EDGE_DECISION_DATES = {
        "2017-12-01", "2017-12-31", "2018-01-01", "2019-01-16", "2020-02-29", "2021-12-31", "2022-01-01",
        "2023-12-31", "2024-01-01", "2024-02-29", "2025-12-31", "2030-12-31", "2031-01-01", "2031-06-30"};
    // Amounts whose 80 % has fractional cents (0.01 -> 0.008, 62,500.01 -> 50,000.008), ceilings and round figures.
    private static final String[] EDGE_COSTS = {
        "0.01", "0.05", "0.99", "1.01", "1.25", "12345.67", "62500.01", "62499.99", "212900.00", "250000.00",
        "250000.01", "249999.99", "263000.00", "100000.00"};
    private static final String[] EDGE_AID = {
        "0.01", "100000.00", "150000.00", "199999.50", "199999.99", "200000.00", "99999.50", "299999.50",
        "299999.99", "300000.00", "50000.00"};
    private static final BigDecimal RATE = new BigDecimal("0.80");
    private static final BigDecimal CEILING = new BigDecimal("200000.00");
    private static final BigDecimal[] DEMINIMIS_CEILINGS = {new BigDecimal("200000.00"), new BigDecimal("300000.00")};
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    private ApplicationCorpus() {
    }

    /**
     * {@code count} applications of the same distribution, the same ones for the same seed, with
     * ids {@code corpus-<seed>-<n>}.
     */
    public static List<Application> corpus(long seed, int count) {
        Random random = new Random(seed);
        List<Application> applications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            applications.add(application(random, "corpus-" + seed + "-" + i));
        }
        return applications;
    }

    /** One application drawn from {@code random}. */
    public static Application application(Random random, String id) {
        LocalDate decisionDate = decisionDate(random);
        LocalDate start = start(random, decisionDate);
        LocalDate end = end(random, start);
        List<CostItem> costs = costs(random);
        BigDecimal eligible = BigDecimal.ZERO;
        for (CostItem item : costs) {
            if (item.category() == CostCategory.PERSONNEL || item.category() == CostCategory.MATERIAL) {
                eligible = eligible.add(item.amount());
            }
        }
        OtherFunding otherFunding = otherFunding(random, eligible);
        BigDecimal requested = requested(random, eligible, otherFunding);
        boolean undertaking = random.nextInt(100) < 30;
        // Aid of an applicant without economic activity must not matter; some carry it anyway.
        List<DeMinimisAid> aid = undertaking ? (random.nextInt(100) < 75 ? aid(random, decisionDate, requested, eligible) : List.of())
                : (random.nextInt(100) < 10 ? aid(random, decisionDate, requested, eligible) : List.of());
        Applicant applicant = new Applicant(pick(random, NAMES), legalForm(random), state(random), district(random),
                undertaking, aid);
        Project project = new Project(random.nextInt(20) == 0 ? "" : "Digitalisierungszentrum " + id, start, end,
                tasks(random), partners(random), random.nextInt(100) >= 8, earlyStartApprovedOn(random, start, decisionDate));
        return new Application(id, CALL_ID, decisionDate, applicant, project, costs, otherFunding, requested, vote(random));
    }

    private static LocalDate decisionDate(Random random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return between(random, LocalDate.of(2018, 1, 1), LocalDate.of(2025, 12, 31));
        }
        if (roll < 85) {
            return between(random, FIRST_DECISION_DATE, LAST_DECISION_DATE);
        }
        return LocalDate.parse(pick(random, EDGE_DECISION_DATES));
    }

    private static LegalForm legalForm(Random random) {
        return random.nextInt(100) < 6 ? pick(random, NOT_LEGAL_PERSONS) : pick(random, LEGAL_PERSONS);
    }

    private static String state(Random random) {
        return random.nextInt(100) < 96 ? "ST" : pick(random, OTHER_LAENDER);
    }

    private static String district(Random random) {
        int roll = random.nextInt(100);
        if (roll < 75) {
            return pick(random, DISTRICTS);
        }
        return roll < 88 ? pick(random, MISSPELT_DISTRICTS) : null;
    }

    /** Mostly on or after the decision date, sometimes on the day before or up to a year before it. */
    private static LocalDate start(Random random, LocalDate decisionDate) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return decisionDate.plusDays(random.nextInt(181));
        }
        if (roll < 80) {
            return decisionDate;
        }
        if (roll < 88) {
            return decisionDate.plusDays(random.nextBoolean() ? 1 : -1);
        }
        return decisionDate.minusDays(1 + random.nextInt(365));
    }

    /**
     * Mostly within 24 months: on or a day either side of the last allowed day (start + 24 months
     * - 1 day), on the start day, on start + 24 months, or anything from a few days to 24 months.
     */
    private static LocalDate end(Random random, LocalDate start) {
        int roll = random.nextInt(100);
        LocalDate lastAllowed = start.plusMonths(24).minusDays(1);
        if (roll < 30) {
            return lastAllowed.plusDays(pick(random, new Integer[] {-1, 0, 0, 1}));
        }
        if (roll < 34) {
            return start;
        }
        if (roll < 37) {
            return start.plusMonths(24);
        }
        LocalDate end = start.plusMonths(1 + random.nextInt(24)).minusDays(1 + random.nextInt(30));
        return end.isBefore(start) ? start : end;
    }

    /**
     * A start before the decision mostly comes with an approval on or before it; sometimes one a
     * day too late or none. Other projects mostly have none.
     */
    private static LocalDate earlyStartApprovedOn(Random random, LocalDate start, LocalDate decisionDate) {
        if (random.nextInt(100) < (start.isBefore(decisionDate) ? 35 : 85)) {
            return null;
        }
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> start.minusDays(1);
            case 3, 4, 5 -> start;
            case 6 -> start.plusDays(1);
            case 7 -> decisionDate;
            default -> start.minusDays(random.nextInt(120));
        };
    }

    private static Set<CentreTask> tasks(Random random) {
        if (random.nextInt(100) < 7) {
            return Set.of();
        }
        EnumSet<CentreTask> tasks = EnumSet.noneOf(CentreTask.class);
        while (tasks.isEmpty()) {
            for (CentreTask task : TASKS) {
                if (random.nextBoolean()) {
                    tasks.add(task);
                }
            }
        }
        return tasks;
    }

    private static Set<PartnerSector> partners(Random random) {
        if (random.nextInt(100) < 12) {
            return Set.of();
        }
        EnumSet<PartnerSector> partners = EnumSet.noneOf(PartnerSector.class);
        for (PartnerSector sector : SECTORS) {
            if (random.nextInt(100) < 60) {
                partners.add(sector);
            }
        }
        return partners;
    }

    private static List<CostItem> costs(Random random) {
        int count = random.nextInt(100) < 80 ? 1 + random.nextInt(6) : 1 + random.nextInt(10);
        List<CostItem> costs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            CostCategory category = roll < 45 ? CostCategory.PERSONNEL
                    : roll < 80 ? CostCategory.MATERIAL
                    : roll < 90 ? CostCategory.INVESTMENT : CostCategory.OTHER;
            costs.add(new CostItem(category, costAmount(random, count), category.germanName() + " " + (i + 1)));
        }
        return costs;
    }

    /** Cent amounts; the bigger ones shrink with the number of items so that most plans stay realistic. */
    private static BigDecimal costAmount(Random random, int items) {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return cents(random, 10_000, 30_000_000L / items);
        }
        if (roll < 65) {
            return cents(random, 1, 99_999);
        }
        if (roll < 80) {
            return BigDecimal.valueOf(1_000L * (1 + random.nextInt(120))).setScale(2);
        }
        return new BigDecimal(pick(random, EDGE_COSTS));
    }

    /** Mostly none; sometimes a little; sometimes about as much as the eligible costs, a cent either side. */
    private static OtherFunding otherFunding(Random random, BigDecimal eligible) {
        int roll = random.nextInt(100);
        if (roll < 75) {
            return OtherFunding.NONE;
        }
        BigDecimal total;
        if (roll < 87) {
            long eligibleCents = eligible.movePointRight(2).longValueExact();
            total = cents(random, 0, Math.max(1, eligibleCents / 4));
        } else {
            String[] deltas = {"-100.00", "-1.00", "-0.99", "-0.50", "-0.01", "0.00", "0.01", "100.00"};
            total = eligible.add(new BigDecimal(pick(random, deltas))).max(BigDecimal.ZERO);
        }
        long totalCents = total.movePointRight(2).longValueExact();
        long thirdPartyCents = random.nextBoolean() ? totalCents : (long) (random.nextDouble() * totalCents);
        return new OtherFunding(BigDecimal.valueOf(thirdPartyCents, 2), BigDecimal.valueOf(totalCents - thirdPartyCents, 2));
    }

    /** Free amounts and amounts on (or a cent off) the rate, ceiling and no-double-funding limits. */
    private static BigDecimal requested(Random random, BigDecimal eligible, OtherFunding otherFunding) {
        BigDecimal rateLimit = eligible.multiply(RATE);
        int roll = random.nextInt(100);
        BigDecimal requested;
        if (roll < 30) {
            requested = cents(random, 100_000, 25_000_000);
        } else if (roll < 45) {
            requested = rateLimit.setScale(2, RoundingMode.DOWN);
        } else if (roll < 55) {
            requested = rateLimit.setScale(2, RoundingMode.UP);
        } else if (roll < 63) {
            requested = rateLimit.setScale(0, RoundingMode.DOWN).subtract(new BigDecimal(random.nextBoolean() ? "0.50" : "1.00"));
        } else if (roll < 73) {
            requested = CEILING;
        } else if (roll < 80) {
            requested = CEILING.add(new BigDecimal(pick(random, new String[] {"-0.99", "-0.01", "0.01", "0.99"})));
        } else if (roll < 88) {
            requested = eligible.subtract(otherFunding.total());
        } else {
            requested = new BigDecimal(pick(random, new String[] {"0.01", "0.99", "1.00", "1.50", "99.99", "5000.00"}));
        }
        return requested.signum() > 0 ? requested : ONE_CENT;
    }

    /**
     * One to four grants of aid on the edges of both windows (1407/2013: whole calendar years
     * year-2 to year; 2023/2831: after decisionDate - 3 years up to the decision date), of amounts
     * near both ceilings, or leaving exactly the amount requested or the rate limit as headroom.
     */
    private static List<DeMinimisAid> aid(Random random, LocalDate decisionDate, BigDecimal requested, BigDecimal eligible) {
        int count = 1 + random.nextInt(4);
        List<DeMinimisAid> aid = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate grantedOn = aidDate(random, decisionDate);
            BigDecimal amount;
            int roll = random.nextInt(100);
            if (roll < 35) {
                amount = cents(random, 1, 15_000_000);
            } else if (roll < 75) {
                amount = new BigDecimal(pick(random, EDGE_AID));
            } else {
                BigDecimal ceiling = DEMINIMIS_CEILINGS[random.nextInt(2)];
                BigDecimal headroom = switch (random.nextInt(4)) {
                    case 0 -> requested;
                    case 1 -> eligible.multiply(RATE).setScale(2, RoundingMode.DOWN);
                    case 2 -> new BigDecimal("0.50");
                    default -> new BigDecimal("1.00");
                };
                amount = ceiling.subtract(headroom);
            }
            if (amount.signum() > 0) {
                aid.add(new DeMinimisAid(grantedOn, amount));
            }
        }
        return aid;
    }

    private static LocalDate aidDate(Random random, LocalDate decisionDate) {
        int year = decisionDate.getYear();
        return switch (random.nextInt(12)) {
            case 0 -> LocalDate.of(year - 2, 1, 1);
            case 1 -> LocalDate.of(year - 3, 12, 31);
            case 2 -> LocalDate.of(year, 12, 31);
            case 3 -> LocalDate.of(year + 1, 1, 1);
            case 4 -> decisionDate.minusYears(3);
            case 5 -> decisionDate.minusYears(3).plusDays(1);
            case 6 -> decisionDate;
            case 7 -> decisionDate.plusDays(1 + random.nextInt(60));
            default -> decisionDate.minusDays(random.nextInt(5 * 365));
        };
    }

    private static BoardVote vote(Random random) {
        int roll = random.nextInt(100);
        return roll < 76 ? BoardVote.POSITIVE : roll < 92 ? BoardVote.PENDING : BoardVote.NEGATIVE;
    }

    private static LocalDate between(Random random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        return first.plusDays((long) (random.nextDouble() * days));
    }

    /** An amount of {@code min} to {@code max} cents, inclusive. */
    private static BigDecimal cents(Random random, long min, long max) {
        return BigDecimal.valueOf(min + (long) (random.nextDouble() * (max - min + 1)), 2);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
