package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures the {@link EngineVariants} against the current engine and the plain-Java reference in
 * alternating rounds of one run, on one thread: in every round each variant assesses the same
 * applications, in an order that rotates from round to round, and what it cost is compared with
 * what the current engine cost in that same round. The per-round ratios are what is reported
 * (their median): on a shared machine, load that comes and goes hits both sides of a ratio taken
 * minutes apart very differently, but both sides of one round alike.
 *
 * <p>Cost is the thread's CPU time (not wall time, which counts other processes' turns) and the
 * bytes it allocated. Before any round, every variant must give the reference's assessments on
 * the differential corpus; one that does not is reported as failing and not measured.
 *
 * <p>Arguments (all optional): rounds (default 12), applications per round (10,000), warm-up
 * rounds not counted (4), differential corpus size (10,000), then the variants (default: all).
 * Prints one {@code key: value} line per figure, for the benchmark summary.
 */
public final class EngineVariantRounds {
    private EngineVariantRounds() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int differential = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        List<String> names = args.length > 4 ? Arrays.asList(args).subList(4, args.length) : EngineVariants.names();
        run(rounds, perRound, warmUp, differential, names).forEach(System.out::println);
    }

    /** The summary lines of one run. */
    public static List<String> run(int rounds, int perRound, int warmUp, int differential, List<String> names) {
        List<String> lines = new ArrayList<>();
        List<Application> checked = ApplicationGenerators.corpus(11, differential);
        List<Settlement> settlements = DifferentialSettlementTest.CORPUS.corpus(42, differential);
        Map<String, Consumer<Application>> measured = new LinkedHashMap<>();
        ReferenceAssessor reference = new ReferenceAssessor();
        measured.put("plain-java", reference::assess);
        for (String name : names) {
            FundingRules rules = EngineVariants.load(name);
            List<String> mismatches = new ArrayList<>(EngineVariants.mismatches(rules, checked));
            if (EngineVariants.settles(name)) {
                mismatches.addAll(EngineVariants.settlementMismatches(rules, settlements));
            }
            lines.add("variant-" + name + "-differential-" + differential + ": "
                    + (mismatches.isEmpty() ? "agrees" : (EngineVariants.isBound(name) ? "differs, measured as a bound: "
                            : "FAILS, not measured: ") + firstOf(mismatches)));
            if (mismatches.isEmpty() || EngineVariants.isBound(name)) {
                measured.put(name, rules::assess);
            }
        }
        if (!measured.containsKey(EngineVariants.CURRENT)) {
            lines.add("variant-rounds: not measured, the current engine failed the differential test");
            return lines;
        }
        List<Application> corpus = ApplicationGenerators.corpus(3, perRound);
        List<String> order = new ArrayList<>(measured.keySet());
        Map<String, List<double[]>> costs = new LinkedHashMap<>();
        order.forEach(name -> costs.put(name, new ArrayList<>()));
        for (int round = 0; round < warmUp + rounds; round++) {
            for (int i = 0; i < order.size(); i++) {
                String name = order.get((i + round) % order.size());
                double[] cost = cost(measured.get(name), corpus);
                if (round >= warmUp) {
                    costs.get(name).add(cost);
                }
            }
        }
        lines.add("variant-rounds: " + rounds + " of " + perRound + " applications, one thread, after " + warmUp
                + " warm-up rounds");
        for (Map.Entry<String, List<double[]>> entry : costs.entrySet()) {
            List<double[]> own = entry.getValue();
            String key = "variant-" + entry.getKey();
            lines.add(key + "-cpu-us-per-app: " + format(median(own, 0)));
            lines.add(key + "-alloc-bytes-per-app: " + Math.round(median(own, 1)));
            String baseName = entry.getKey().equals("plain-java") ? EngineVariants.CURRENT : EngineVariants.baseOf(entry.getKey());
            List<double[]> base = costs.get(baseName);
            if (!entry.getKey().equals(EngineVariants.CURRENT) && base != null) {
                lines.add(key + "-cpu-ratio-to-" + baseName + ": " + format(medianRatio(own, base, 0)) + " (rounds "
                        + format(minRatio(own, base, 0)) + "-" + format(maxRatio(own, base, 0)) + ")");
                lines.add(key + "-alloc-ratio-to-" + baseName + ": " + format(medianRatio(own, base, 1)));
            }
        }
        return lines;
    }

    /** The first mismatch, cut to a line's length, and how many there were: a summary line, not the whole list. */
    private static String firstOf(List<String> mismatches) {
        String first = mismatches.get(0);
        String shown = first.length() > 160 ? first.substring(0, 160) + "..." : first;
        String last = mismatches.get(mismatches.size() - 1);
        return shown + (last.startsWith("... ") ? " (" + last.substring(4) + ")" : "");
    }

    /** CPU microseconds and bytes allocated per application, on this thread, for assessing {@code corpus} once. */
    private static double[] cost(Consumer<Application> assess, List<Application> corpus) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(thread);
        long cpu = threads.getCurrentThreadCpuTime();
        for (Application application : corpus) {
            assess.accept(application);
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / corpus.size();
        double allocated = (double) (threads.getThreadAllocatedBytes(thread) - bytes) / corpus.size();
        return new double[] {cpuMicros, allocated};
    }

    private static double median(List<double[]> values, int index) {
        return median(values.stream().mapToDouble(v -> v[index]).toArray());
    }

    private static double[] ratios(List<double[]> own, List<double[]> base, int index) {
        double[] ratios = new double[own.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = own.get(i)[index] / base.get(i)[index];
        }
        return ratios;
    }

    private static double medianRatio(List<double[]> own, List<double[]> base, int index) {
        return median(ratios(own, base, index));
    }

    private static double minRatio(List<double[]> own, List<double[]> base, int index) {
        return Arrays.stream(ratios(own, base, index)).min().orElse(Double.NaN);
    }

    private static double maxRatio(List<double[]> own, List<double[]> base, int index) {
        return Arrays.stream(ratios(own, base, index)).max().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
