package io.github.foerderregeln.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTest {

    private static Summary summary(double batch, double plain, double p99, double alloc, double cold, boolean stream) {
        return new Summary(2, 100_000, batch, plain, 20, p99, 1, alloc, 900, cold, 80, 1_000_000, stream, 30, 120);
    }

    @Test
    void theRatioIsEngineTimeOverPlainJavaTimeForTheSameWork() {
        // 2,000,000 apps/s in plain Java against 100,000 in the engine: the engine takes 20 times as long.
        assertThat(summary(100_000, 2_000_000, 40, 4000, 900, true).lines())
                .contains("ratio-to-plain-java: 20.0", "batch-apps-per-s: 100000", "plain-java-apps-per-s: 2000000");
    }

    @Test
    void eachTargetIsMetAtItsLimitAndMissedJustBeyondIt() {
        assertThat(summary(200_000, 2_000_000, 50, 5120, 1000, true).lines()).contains(
                "target batch-apps-per-s >= 200000: met", "target ratio-to-plain-java <= 10: met",
                "target p99-us <= 50: met", "target alloc-bytes-per-app <= 5120: met",
                "target cold-start-cli-ms <= 1000: met", "target stream 1000000 in 256 MB: met");
        assertThat(summary(199_999, 2_000_000.01 * 1.0, 50.1, 5121, 1000.1, false).lines()).contains(
                "target batch-apps-per-s >= 200000: missed", "target ratio-to-plain-java <= 10: missed",
                "target p99-us <= 50: missed", "target alloc-bytes-per-app <= 5120: missed",
                "target cold-start-cli-ms <= 1000: missed", "target stream 1000000 in 256 MB: missed");
    }

    @Test
    void theSummaryNamesEveryFigureTheIssueAsksFor() {
        assertThat(summary(100_000, 2_000_000, 40, 4000, 900, true).lines())
                .anySatisfy(line -> assertThat(line).startsWith("batch-apps-per-s: "))
                .anySatisfy(line -> assertThat(line).startsWith("plain-java-apps-per-s: "))
                .anySatisfy(line -> assertThat(line).startsWith("ratio-to-plain-java: "))
                .anySatisfy(line -> assertThat(line).startsWith("p99-us: "))
                .anySatisfy(line -> assertThat(line).startsWith("alloc-bytes-per-app: "))
                .anySatisfy(line -> assertThat(line).startsWith("cold-start-cli-ms: "))
                .anySatisfy(line -> assertThat(line).startsWith("cold-start-plain-java-ms: "));
    }
}
