package io.github.foerderregeln.testing.corpus;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Dated;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.DeMinimisRegulation;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Periods;
import io.github.foerderregeln.api.Project;
import io.github.foerderregeln.api.internal.Subdivisions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Valid applications to one funding call, realistic ones and ones on the edges of every rule,
 * drawn from the call's own parameters: every legal form (those the call admits and the others),
 * seats mostly in the call's Land, every district of it and misspellings of them, cost items of the
 * categories it funds and of the others, requested grants on (and a cent off) its rate and ceiling,
 * periods around its longest duration, de-minimis aid around the windows and ceilings of its
 * regulations, and decision dates from the first day its parameters apply to half a year after the
 * last of its dates (the last regulation's end, say). A policy change in the call data moves the
 * corpus with it.
 *
 * <p>One distribution, written once as a function of a {@link Random}: the property and
 * differential tests draw from it through jqwik, {@link #corpus(long, int)} gives the same
 * applications for the same seed and call to {@code foerderregeln generate}, policy diffs and
 * benchmarks. An instance is immutable and thread-safe.
 */
public final class ApplicationCorpus {
    private static final String[] NAMES = {
        "Stadt Haldensleben", "Stadt Merseburg", "TGZ Jerichower Land GmbH", "Altmarkkreis Salzwedel",
        "Salzlandkreis", "Digitalagentur Harz e.V.", "Hochschule Anhalt", "Zweckverband Breitband Altmark"};
    /** Amounts whose share at most rates has fractions of a cent, and round figures. */
    private static final String[] SMALL_COSTS = {"0.01", "0.05", "0.99", "1.01", "1.25", "12345.67", "100000.00"};
    private static final CentreTask[] TASKS = CentreTask.values();
    private static final PartnerSector[] SECTORS = PartnerSector.values();
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF_EURO = new BigDecimal("0.50");

    private final FundingCall call;
    private final LocalDate firstDecisionDate;
    private final LocalDate lastDecisionDate;
    private final LocalDate[] edgeDecisionDates;
    private final BigDecimal[] edgeAid;
    private final BigDecimal[] deMinimisCeilings;
    private final int windowYears;
    /** What the corpus takes from the terms of a decision date, built once per distinct set of values. */
    private final Map<List<Object>, Terms> terms = new java.util.concurrent.ConcurrentHashMap<>();

    private ApplicationCorpus(FundingCall call) {
        this.call = call;
        this.firstDecisionDate = call.inForceFrom();
        TreeSet<LocalDate> dates = new TreeSet<>();
        call.parameters().forEach(parameter -> parameter.values().stream().map(Dated::validFrom).forEach(dates::add));
        for (DeMinimisRegulation regulation : call.deMinimisRegulations()) {
            dates.add(regulation.validFrom());
            if (regulation.validUntil() != null) {
                dates.add(regulation.validUntil().plusDays(1));
            }
        }
        // Half a year past the last change, so that decisions after it are drawn too; a year at least.
        LocalDate halfYearAfter = dates.last().plusMonths(6).minusDays(1);
        LocalDate aYearAfterTheFirst = firstDecisionDate.plusYears(1);
        this.lastDecisionDate = halfYearAfter.isAfter(aYearAfterTheFirst) ? halfYearAfter : aYearAfterTheFirst;
        // Each day a value changes and the day before it, the ends of the years, and the leap days in between.
        TreeSet<LocalDate> edges = new TreeSet<>();
        for (LocalDate date : dates) {
            edges.add(date);
            edges.add(date.minusDays(1));
        }
        for (int year = firstDecisionDate.getYear(); year <= lastDecisionDate.getYear(); year++) {
            edges.add(LocalDate.of(year, 12, 31));
            edges.add(LocalDate.of(year, 1, 1));
            if (LocalDate.of(year, 1, 1).isLeapYear()) {
                edges.add(LocalDate.of(year, 2, 29));
            }
        }
        edges.add(firstDecisionDate);
        edges.add(lastDecisionDate);
        this.edgeDecisionDates = edges.subSet(firstDecisionDate, true, lastDecisionDate, true).toArray(LocalDate[]::new);
        this.deMinimisCeilings = call.deMinimisRegulations().stream().map(DeMinimisRegulation::ceiling).distinct()
                .toArray(BigDecimal[]::new);
        // Aid on and a cent or half a euro below each ceiling, and at a half, three quarters and a quarter of it.
        TreeSet<BigDecimal> aid = new TreeSet<>();
        aid.add(ONE_CENT);
        for (BigDecimal ceiling : deMinimisCeilings) {
            BigDecimal half = ceiling.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            aid.addAll(List.of(ceiling, ceiling.subtract(ONE_CENT), ceiling.subtract(HALF_EURO), half,
                    half.subtract(HALF_EURO), ceiling.multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.DOWN),
                    ceiling.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN)));
        }
        aid.removeIf(amount -> amount.signum() <= 0);
        this.edgeAid = aid.toArray(BigDecimal[]::new);
        this.windowYears = call.deMinimisRegulations().stream().mapToInt(DeMinimisRegulation::windowYears).max().orElse(3);
    }

    /**
     * The corpus of {@code call}.
     *
     * @param call the funding call the applications apply to; not null
     */
    public static ApplicationCorpus of(FundingCall call) {
        return new ApplicationCorpus(Objects.requireNonNull(call, "call must not be null"));
    }

    /** The call the applications apply to. */
    public FundingCall call() {
        return call;
    }

    /** The first day decisions are drawn for: the first day every parameter of the call has a value. */
    public LocalDate firstDecisionDate() {
        return firstDecisionDate;
    }

    /** The last day decisions are drawn for: half a year after the last date of the call, a year after the first at least. */
    public LocalDate lastDecisionDate() {
        return lastDecisionDate;
    }

    /**
     * {@code count} applications of the same distribution, the same ones for the same seed, with
     * ids {@code corpus-<seed>-<n>}.
     */
    public List<Application> corpus(long seed, int count) {
        Random random = new Random(seed);
        List<Application> applications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            applications.add(application(random, "corpus-" + seed + "-" + i));
        }
        return applications;
    }

    /** One application drawn from {@code random}. */
    public Application application(Random random, String id) {
        LocalDate decisionDate = decisionDate(random);
        CallTerms callTerms = call.termsOn(decisionDate).orElseThrow();
        Terms on = terms.computeIfAbsent(List.of(callTerms.fundingRate(), callTerms.maxGrant(), callTerms.maxDurationMonths(),
                callTerms.eligibleCostCategories(), callTerms.eligibleLegalForms(), callTerms.seatState(),
                callTerms.districts()), key -> new Terms(callTerms));
        LocalDate start = start(random, decisionDate);
        LocalDate end = end(random, start, on.maxDurationMonths);
        List<CostItem> costs = costs(random, on);
        BigDecimal eligible = BigDecimal.ZERO;
        for (CostItem item : costs) {
            if (on.eligibleCategories.contains(item.category())) {
                eligible = eligible.add(item.amount());
            }
        }
        OtherFunding otherFunding = otherFunding(random, eligible);
        BigDecimal requested = requested(random, on, eligible, otherFunding);
        LegalForm form = legalForm(random, on);
        // Stated or not: an application that does not say takes the default of its legal form.
        int economicRoll = random.nextInt(100);
        Boolean stated = economicRoll < 25 ? Boolean.TRUE : economicRoll < 65 ? Boolean.FALSE : null;
        boolean undertaking = stated == null ? form.undertakingByForm() : stated;
        // Aid of an applicant without economic activity must not limit the grant; some carry it anyway.
        List<DeMinimisAid> aid = undertaking
                ? (random.nextInt(100) < 75 ? aid(random, on, decisionDate, requested, eligible) : List.of())
                : (random.nextInt(100) < 10 ? aid(random, on, decisionDate, requested, eligible) : List.of());
        Applicant applicant = stated == null
                ? new Applicant(pick(random, NAMES), form, state(random, on), district(random, on), aid)
                : new Applicant(pick(random, NAMES), form, state(random, on), district(random, on), stated, aid);
        Project project = new Project(random.nextInt(20) == 0 ? "" : "Digitalisierungszentrum " + id, start, end,
                tasks(random), partners(random), random.nextInt(100) >= 8, earlyStartApprovedOn(random, start, decisionDate));
        return new Application(id, call.id(), decisionDate, applicant, project, costs, otherFunding, requested, vote(random));
    }

    /** Mostly in the call's first eight years, some anywhere, some on an edge. */
    private LocalDate decisionDate(Random random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            LocalDate realistic = firstDecisionDate.plusYears(8);
            return between(random, firstDecisionDate, realistic.isBefore(lastDecisionDate) ? realistic : lastDecisionDate);
        }
        if (roll < 85) {
            return between(random, firstDecisionDate, lastDecisionDate);
        }
        return pick(random, edgeDecisionDates);
    }

    private static LegalForm legalForm(Random random, Terms on) {
        return random.nextInt(100) < 6 && on.otherForms.length > 0 ? pick(random, on.otherForms) : pick(random, on.forms);
    }

    private static String state(Random random, Terms on) {
        return random.nextInt(100) < 96 ? on.seatState : pick(random, on.otherLaender);
    }

    private static String district(Random random, Terms on) {
        int roll = random.nextInt(100);
        if (roll < 75) {
            return pick(random, on.districts);
        }
        return roll < 88 ? pick(random, on.misspeltDistricts) : null;
    }

    /**
     * Mostly on or after the decision date, sometimes on the day before or up to a year before it,
     * and sometimes on the 29th to 31st of a month, where a period of months has no same day to end
     * before (29 February above all).
     */
    private static LocalDate start(Random random, LocalDate decisionDate) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            LocalDate month = decisionDate.plusMonths(random.nextInt(13) - 2);
            int day = Math.min(month.lengthOfMonth(), 29 + random.nextInt(3));
            return random.nextInt(4) == 0 && month.isLeapYear() ? LocalDate.of(month.getYear(), 2, 29) : month.withDayOfMonth(day);
        }
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
     * Mostly within the longest duration: on or a day either side of the last allowed day (as the
     * BGB counts it, {@link Periods#lastDay}), on the day a naive count gives (start + months - 1
     * day), on the start day, on start + months, or anything from a few days to the months.
     */
    private static LocalDate end(Random random, LocalDate start, int months) {
        int roll = random.nextInt(100);
        LocalDate lastAllowed = Periods.lastDay(start, months);
        if (roll < 30) {
            return lastAllowed.plusDays(pick(random, new Integer[] {-1, 0, 0, 1}));
        }
        if (roll < 32) {
            return start.plusMonths(months).minusDays(1);
        }
        if (roll < 34) {
            return start;
        }
        if (roll < 37) {
            return start.plusMonths(months);
        }
        LocalDate end = start.plusMonths(1 + random.nextInt(months)).minusDays(1 + random.nextInt(30));
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

    /** Four items in five of categories the call funds, the fifth of one it does not. */
    private static List<CostItem> costs(Random random, Terms on) {
        int count = random.nextInt(100) < 80 ? 1 + random.nextInt(6) : 1 + random.nextInt(10);
        List<CostItem> costs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CostCategory category = random.nextInt(100) < 80 || on.otherCategories.length == 0
                    ? pick(random, on.categories) : pick(random, on.otherCategories);
            costs.add(new CostItem(category, costAmount(random, on, count), category.germanName() + " " + (i + 1)));
        }
        return costs;
    }

    /** Cent amounts; the bigger ones shrink with the number of items so that most plans stay realistic. */
    private static BigDecimal costAmount(Random random, Terms on, int items) {
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
        return pick(random, on.edgeCosts);
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
    private static BigDecimal requested(Random random, Terms on, BigDecimal eligible, OtherFunding otherFunding) {
        BigDecimal rateLimit = eligible.multiply(on.rate);
        int roll = random.nextInt(100);
        BigDecimal requested;
        if (roll < 30) {
            requested = cents(random, 100_000, on.ceiling.movePointRight(2).longValueExact() * 5 / 4);
        } else if (roll < 45) {
            requested = rateLimit.setScale(2, RoundingMode.DOWN);
        } else if (roll < 55) {
            requested = rateLimit.setScale(2, RoundingMode.UP);
        } else if (roll < 63) {
            requested = rateLimit.setScale(0, RoundingMode.DOWN).subtract(random.nextBoolean() ? HALF_EURO : BigDecimal.ONE);
        } else if (roll < 73) {
            requested = on.ceiling;
        } else if (roll < 80) {
            requested = on.ceiling.add(new BigDecimal(pick(random, new String[] {"-0.99", "-0.01", "0.01", "0.99"})));
        } else if (roll < 88) {
            requested = eligible.subtract(otherFunding.total());
        } else {
            requested = new BigDecimal(pick(random, new String[] {"0.01", "0.99", "1.00", "1.01", "1.50", "1.99", "99.99", "5000.00"}));
        }
        return requested.signum() > 0 ? requested : ONE_CENT;
    }

    /**
     * One to four grants of aid on the edges of the regulations' windows (whole calendar years and
     * rolling years, counted back from the decision date), of amounts near every ceiling, or leaving
     * exactly the amount requested or the rate limit as headroom.
     */
    private List<DeMinimisAid> aid(Random random, Terms on, LocalDate decisionDate, BigDecimal requested,
            BigDecimal eligible) {
        int count = 1 + random.nextInt(4);
        List<DeMinimisAid> aid = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate grantedOn = aidDate(random, decisionDate);
            BigDecimal amount;
            int roll = random.nextInt(100);
            if (roll < 35) {
                amount = cents(random, 1, 15_000_000);
            } else if (roll < 75 || deMinimisCeilings.length == 0) {
                amount = pick(random, edgeAid);
            } else {
                BigDecimal ceiling = pick(random, deMinimisCeilings);
                BigDecimal headroom = switch (random.nextInt(4)) {
                    case 0 -> requested;
                    case 1 -> eligible.multiply(on.rate).setScale(2, RoundingMode.DOWN);
                    case 2 -> HALF_EURO;
                    default -> BigDecimal.ONE.setScale(2);
                };
                amount = ceiling.subtract(headroom);
            }
            if (amount.signum() > 0) {
                aid.add(new DeMinimisAid(grantedOn, amount));
            }
        }
        return aid;
    }

    private LocalDate aidDate(Random random, LocalDate decisionDate) {
        int year = decisionDate.getYear();
        return switch (random.nextInt(12)) {
            case 0 -> LocalDate.of(year - windowYears + 1, 1, 1);
            case 1 -> LocalDate.of(year - windowYears, 12, 31);
            case 2 -> LocalDate.of(year, 12, 31);
            case 3 -> LocalDate.of(year + 1, 1, 1);
            case 4 -> decisionDate.minusYears(windowYears);
            case 5 -> decisionDate.minusYears(windowYears).plusDays(1);
            case 6 -> decisionDate;
            case 7 -> decisionDate.plusDays(1 + random.nextInt(60));
            default -> decisionDate.minusDays(random.nextInt((windowYears + 2) * 365));
        };
    }

    private static BoardVote vote(Random random) {
        int roll = random.nextInt(100);
        return roll < 76 ? BoardVote.POSITIVE : roll < 92 ? BoardVote.PENDING : BoardVote.NEGATIVE;
    }

    /** A day from {@code first} to {@code last}, both included; the settlement corpus draws its days here too. */
    static LocalDate between(Random random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        return first.plusDays((long) (random.nextDouble() * days));
    }

    /** An amount of {@code min} to {@code max} cents, inclusive. */
    private static BigDecimal cents(Random random, long min, long max) {
        return BigDecimal.valueOf(min + (long) (random.nextDouble() * (max - min + 1)), 2);
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** What the corpus draws from for one set of call terms, in a fixed order so that a seed always gives the same. */
    private static final class Terms {
        final BigDecimal rate;
        final BigDecimal ceiling;
        final int maxDurationMonths;
        final Set<CostCategory> eligibleCategories;
        final CostCategory[] categories;
        final CostCategory[] otherCategories;
        final LegalForm[] forms;
        final LegalForm[] otherForms;
        final String seatState;
        final String[] otherLaender;
        final String[] districts;
        final String[] misspeltDistricts;
        final BigDecimal[] edgeCosts;

        Terms(CallTerms terms) {
            rate = terms.fundingRate();
            ceiling = terms.maxGrant();
            maxDurationMonths = terms.maxDurationMonths();
            eligibleCategories = terms.eligibleCostCategories();
            categories = EnumSet.copyOf(terms.eligibleCostCategories()).toArray(CostCategory[]::new);
            otherCategories = EnumSet.complementOf(EnumSet.copyOf(terms.eligibleCostCategories())).toArray(CostCategory[]::new);
            forms = EnumSet.copyOf(terms.eligibleLegalForms()).toArray(LegalForm[]::new);
            otherForms = EnumSet.complementOf(EnumSet.copyOf(terms.eligibleLegalForms())).toArray(LegalForm[]::new);
            seatState = terms.seatState();
            TreeSet<String> laender = new TreeSet<>(Subdivisions.GERMAN_LAENDER);
            laender.remove(seatState);
            otherLaender = laender.toArray(String[]::new);
            districts = new TreeSet<>(terms.districts()).toArray(String[]::new);
            TreeSet<String> misspelt = new TreeSet<>();
            for (String district : districts) {
                misspelt.addAll(misspellings(district));
            }
            misspelt.removeAll(terms.districts());
            misspelt.add("");
            misspeltDistricts = misspelt.toArray(String[]::new);
            // The costs at which the rate reaches the ceiling, a cent either side, and a quarter of them.
            BigDecimal atCeiling = ceiling.divide(rate, 2, RoundingMode.DOWN);
            BigDecimal quarter = atCeiling.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
            TreeSet<BigDecimal> costs = new TreeSet<>();
            for (String amount : SMALL_COSTS) {
                costs.add(new BigDecimal(amount));
            }
            costs.addAll(List.of(atCeiling, atCeiling.subtract(ONE_CENT), atCeiling.add(ONE_CENT), quarter.add(ONE_CENT),
                    quarter.subtract(ONE_CENT), atCeiling.add(ceiling.divide(BigDecimal.valueOf(16), 2, RoundingMode.DOWN))));
            costs.removeIf(amount -> amount.signum() <= 0);
            edgeCosts = costs.toArray(BigDecimal[]::new);
        }

        /**
         * How people misspell a district: lower case, umlauts and ß written out or dropped, hyphens
         * and spaces swapped, a stray space, a "Landkreis" in front, and only its first word.
         */
        private static List<String> misspellings(String district) {
            List<String> spellings = new ArrayList<>();
            spellings.add(district.toLowerCase(java.util.Locale.GERMAN));
            spellings.add(district.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"));
            spellings.add(district.replace("ä", "a").replace("ö", "o").replace("ü", "u"));
            spellings.add(district.contains("-") ? district.replace('-', ' ') : district.replace(' ', '-'));
            spellings.add(district + " ");
            spellings.add(" " + district);
            spellings.add("Landkreis " + district);
            spellings.add(district.split("[ (-]")[0]);
            return spellings;
        }
    }
}
