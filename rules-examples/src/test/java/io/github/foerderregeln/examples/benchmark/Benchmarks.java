package io.github.foerderregeln.examples.benchmark;

import io.github.foerderregeln.drools.EngineVariantRounds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs every measurement of {@code docs/PERFORMANCE.md} in one go and prints the summary: the
 * JMH benchmarks of {@link AssessmentBenchmarks} (batch throughput and allocation, single-call
 * latency, engine and plain Java in the same run), then the cold start of the command line and
 * of a plain-Java path in fresh JVMs, then a long stream in a 256 MB heap; and the settlements of
 * {@link SettlementBenchmarks} (batch throughput, the latency of a large proof of use, engine and
 * plain Java in the same run); and the engine variants of {@link EngineVariantRounds}, each against
 * the current rules in alternating rounds.
 */
public final class Benchmarks {
    private static final String EXAMPLE = "examples/applications/haldensleben-2019.json";
    private static final int COLD_RUNS = 5;

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        boolean quick = Boolean.getBoolean("benchmark.quick");
        int corpus = quick ? 10_000 : 100_000;
        int threads = Runtime.getRuntime().availableProcessors();

        Collection<RunResult> batch = new Runner(options(quick, corpus, AssessmentBenchmarks.class.getName() + "\\.batch.*")
                .mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS).addProfiler(GCProfiler.class).build()).run();
        Collection<RunResult> single = new Runner(options(quick, corpus, AssessmentBenchmarks.class.getName() + "\\.single.*")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).build()).run();

        int settlementCorpus = quick ? 2_000 : 10_000;
        Collection<RunResult> settleBatch = new Runner(options(quick, settlementCorpus,
                SettlementBenchmarks.class.getName() + "\\.settleBatch.*")
                .mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS).build()).run();
        Collection<RunResult> settleLarge = new Runner(options(quick, settlementCorpus,
                SettlementBenchmarks.class.getName() + "\\.settleLarge.*")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).build()).run();
        RunResult largeEngine = find(settleLarge, "settleLargeEngine");
        SettlementSummary settlements = new SettlementSummary(settlementCorpus,
                settlementCorpus / seconds(find(settleBatch, "settleBatchEngine")),
                settlementCorpus / seconds(find(settleBatch, "settleBatchPlainJava")),
                largeEngine.getPrimaryResult().getStatistics().getPercentile(50),
                largeEngine.getPrimaryResult().getStatistics().getPercentile(99),
                find(settleLarge, "settleLargePlainJava").getPrimaryResult().getStatistics().getPercentile(99));

        RunResult batchEngine = find(batch, "batchEngine");
        RunResult batchPlain = find(batch, "batchPlainJava");
        RunResult singleEngine = find(single, "singleEngine");
        RunResult singlePlain = find(single, "singlePlainJava");

        String jar = System.getProperty("benchmark.jar", "rules-examples/target/foerderregeln.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        double coldCli = medianColdStart(List.of(java, "-jar", jar, "assess", EXAMPLE));
        double coldPlain = medianColdStart(List.of(java, "-cp", System.getProperty("java.class.path"),
                PlainJavaFirstAssessment.class.getName(), EXAMPLE));

        long streamed = quick ? 100_000 : 1_000_000;
        long start = System.nanoTime();
        List<String> stream = run(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StreamMillion.class.getName(), String.valueOf(streamed)));
        double streamSeconds = (System.nanoTime() - start) / 1e9;
        String[] streamResult = stream.isEmpty() ? new String[0] : stream.get(stream.size() - 1).split(" ");
        boolean streamPassed = streamResult.length == 3 && Long.parseLong(streamResult[0]) == streamed;

        Summary summary = new Summary(threads, corpus,
                corpus / seconds(batchEngine), corpus / seconds(batchPlain),
                singleEngine.getPrimaryResult().getStatistics().getPercentile(50),
                singleEngine.getPrimaryResult().getStatistics().getPercentile(99),
                singlePlain.getPrimaryResult().getStatistics().getPercentile(99),
                allocationPerOp(batchEngine) / corpus, allocationPerOp(batchPlain) / corpus,
                coldCli, coldPlain, streamed, streamPassed, streamSeconds,
                streamPassed ? Long.parseLong(streamResult[2]) : -1);
        List<String> lines = new ArrayList<>();
        lines.add("# Förderregeln benchmark summary" + (quick ? " (QUICK smoke run, not for the record)" : ""));
        lines.addAll(summary.lines());
        lines.addAll(settlements.lines());
        // The engine variants of docs/PERFORMANCE.md ("How the rules meet the facts"), each against the
        // current rules in alternating rounds of a fresh JVM; their lines say which were measured.
        List<String> variants = run(List.of(java, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                EngineVariantRounds.class.getName(), quick ? "10" : "40", "2000", quick ? "4" : "10", quick ? "2000" : "10000"));
        lines.addAll(variants.isEmpty() ? List.of("variant-rounds: failed (see the error output above)") : variants);
        lines.forEach(System.out::println);
        String file = System.getProperty("benchmark.summary");
        if (file != null) {
            Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
        }
    }

    /** Options for the benchmarks whose full names match {@code include}, on a corpus of {@code corpus} applications or settlements. */
    private static ChainedOptionsBuilder options(boolean quick, int corpus, String include) {
        return new OptionsBuilder()
                .include(include)
                .param("size", String.valueOf(corpus))
                .forks(1)
                .jvmArgsAppend("-Xms2g", "-Xmx2g")
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 2 : 10))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 2 : 10));
    }

    private static RunResult find(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method));
    }

    /** Seconds per operation of an average-time benchmark measured in milliseconds. */
    private static double seconds(RunResult result) {
        return result.getPrimaryResult().getScore() / 1000;
    }

    private static double allocationPerOp(RunResult result) {
        return result.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
    }

    /** Milliseconds from starting a JVM to the first line it prints, the median of several runs. */
    private static double medianColdStart(List<String> command) throws IOException, InterruptedException {
        double[] millis = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String first = out.readLine();
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (first == null) {
                    throw new IllegalStateException(String.join(" ", command) + " printed nothing");
                }
                while (out.readLine() != null) {
                    // Drain, so that the process can end.
                }
            }
            process.waitFor();
        }
        Arrays.sort(millis);
        return millis[COLD_RUNS / 2];
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        return process.waitFor() == 0 ? lines : List.of();
    }
}
