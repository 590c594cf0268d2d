package io.github.foerderregeln.examples.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's {@code name: value} summary and its verdict on each target of the performance
 * issue, from the figures measured in one run. Every target is judged against its own figure;
 * the baselines stand beside them.
 *
 * @param threads threads both batches ran on
 * @param corpus applications per batch
 * @param batchAppsPerSecond the engine's {@code assessAll}
 * @param plainJavaAppsPerSecond the plain-Java batch, same corpus, same threads
 * @param p50Micros median of a single {@code assess}
 * @param p99Micros 99th percentile of a single {@code assess}
 * @param plainJavaP99Micros 99th percentile of a single plain-Java assessment
 * @param allocBytesPerApp bytes allocated per application in the engine's batch
 * @param plainJavaAllocBytesPerApp bytes allocated per application in the plain-Java batch
 * @param coldStartCliMillis median, JVM start to the first assessment printed by the command line
 * @param coldStartPlainJavaMillis median, JVM start to the first assessment printed by plain Java
 * @param streamed applications streamed in the small heap
 * @param streamPassed whether every one was assessed without running out of memory
 * @param streamSeconds how long the stream took
 * @param streamPeakHeapMegabytes the heap pools' peak use during the stream
 */
record Summary(int threads, int corpus, double batchAppsPerSecond, double plainJavaAppsPerSecond, double p50Micros,
        double p99Micros, double plainJavaP99Micros, double allocBytesPerApp, double plainJavaAllocBytesPerApp,
        double coldStartCliMillis, double coldStartPlainJavaMillis, long streamed, boolean streamPassed,
        double streamSeconds, long streamPeakHeapMegabytes) {

    static final double TARGET_BATCH_APPS_PER_S = 200_000;
    static final double TARGET_RATIO = 10;
    static final double TARGET_P99_US = 50;
    static final double TARGET_ALLOC_BYTES = 5 * 1024;
    static final double TARGET_COLD_START_MS = 1000;
    static final int TARGET_HEAP_MB = 256;

    /** Engine time over plain-Java time for the same work on the same threads. */
    double ratioToPlainJava() {
        return plainJavaAppsPerSecond / batchAppsPerSecond;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("threads: " + threads);
        lines.add("corpus: " + corpus);
        lines.add("batch-apps-per-s: " + whole(batchAppsPerSecond));
        lines.add("plain-java-apps-per-s: " + whole(plainJavaAppsPerSecond));
        lines.add("ratio-to-plain-java: " + String.format(Locale.ROOT, "%.1f", ratioToPlainJava()));
        lines.add("p50-us: " + oneDecimal(p50Micros));
        lines.add("p99-us: " + oneDecimal(p99Micros));
        lines.add("plain-java-p99-us: " + oneDecimal(plainJavaP99Micros));
        lines.add("alloc-bytes-per-app: " + whole(allocBytesPerApp));
        lines.add("plain-java-alloc-bytes-per-app: " + whole(plainJavaAllocBytesPerApp));
        lines.add("cold-start-cli-ms: " + whole(coldStartCliMillis));
        lines.add("cold-start-plain-java-ms: " + whole(coldStartPlainJavaMillis));
        lines.add("stream-" + streamed + "-heap-" + TARGET_HEAP_MB + "m: " + (streamPassed ? "passed" : "failed"));
        lines.add("stream-seconds: " + oneDecimal(streamSeconds));
        lines.add("stream-peak-heap-mb: " + streamPeakHeapMegabytes);
        lines.add(verdict("batch-apps-per-s >= 200000", batchAppsPerSecond >= TARGET_BATCH_APPS_PER_S));
        lines.add(verdict("ratio-to-plain-java <= 10", ratioToPlainJava() <= TARGET_RATIO));
        lines.add(verdict("p99-us <= 50", p99Micros <= TARGET_P99_US));
        lines.add(verdict("alloc-bytes-per-app <= 5120", allocBytesPerApp <= TARGET_ALLOC_BYTES));
        lines.add(verdict("cold-start-cli-ms <= 1000", coldStartCliMillis <= TARGET_COLD_START_MS));
        lines.add(verdict("stream 1000000 in 256 MB", streamPassed && streamed >= 1_000_000));
        return lines;
    }

    /** A target's line: met or missed; the settlement summary says it the same way. */
    static String verdict(String target, boolean met) {
        return "target " + target + ": " + (met ? "met" : "missed");
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
