package io.github.foerderregeln.examples.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settlement lines of the benchmark's summary and the verdict on the latency target of a large
 * proof of use, from the figures measured in one run.
 *
 * @param corpus settlements per batch
 * @param settlementsPerSecond the settlement rules, the batch on the common pool
 * @param plainJavaSettlementsPerSecond the plain-Java settlement, same settlements, same threads
 * @param largeP50Micros median of settling one settlement of 200 items and 24 payments
 * @param largeP99Micros its 99th percentile
 * @param plainJavaLargeP99Micros the 99th percentile of the plain-Java settlement of the same
 */
record SettlementSummary(int corpus, double settlementsPerSecond, double plainJavaSettlementsPerSecond,
        double largeP50Micros, double largeP99Micros, double plainJavaLargeP99Micros) {

    static final double TARGET_LARGE_P99_US = 1000;

    /** Engine time over plain-Java time for the same settlements on the same threads. */
    double ratioToPlainJava() {
        return plainJavaSettlementsPerSecond / settlementsPerSecond;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("settlement-corpus: " + corpus);
        lines.add("settlements-per-s: " + Summary.whole(settlementsPerSecond));
        lines.add("plain-java-settlements-per-s: " + Summary.whole(plainJavaSettlementsPerSecond));
        lines.add("settlement-ratio-to-plain-java: " + String.format(Locale.ROOT, "%.1f", ratioToPlainJava()));
        lines.add("settle-200-items-24-payments-p50-us: " + Summary.oneDecimal(largeP50Micros));
        lines.add("settle-200-items-24-payments-p99-us: " + Summary.oneDecimal(largeP99Micros));
        lines.add("plain-java-settle-200-items-24-payments-p99-us: " + Summary.oneDecimal(plainJavaLargeP99Micros));
        lines.add(Summary.verdict("settle-200-items-24-payments-p99-us < 1000", largeP99Micros < TARGET_LARGE_P99_US));
        return lines;
    }
}
