package io.github.foerderregeln.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettlementSummaryTest {

    private static SettlementSummary summary(double engine, double plain, double p99) {
        return new SettlementSummary(10_000, engine, plain, 300, p99, 20);
    }

    @Test
    void theRatioIsEngineTimeOverPlainJavaTimeForTheSameSettlements() {
        // 400,000 settlements/s in plain Java against 5,000 in the engine: the engine takes 80 times as long.
        assertThat(summary(5_000, 400_000, 700).lines()).contains("settlement-ratio-to-plain-java: 80.0",
                "settlements-per-s: 5000", "plain-java-settlements-per-s: 400000");
    }

    @Test
    void theLargeSettlementTargetIsMetJustBelowOneMillisecondAndMissedAtAndAboveIt() {
        String target = "target settle-200-items-24-payments-p99-us < 1000: ";
        assertThat(summary(5_000, 400_000, 999.9).lines()).contains(target + "met");
        assertThat(summary(5_000, 400_000, 1000).lines()).contains(target + "missed");
        assertThat(summary(5_000, 400_000, 1000.1).lines()).contains(target + "missed");
    }

    @Test
    void theSummaryNamesEverySettlementFigure() {
        assertThat(summary(5_000, 400_000, 700).lines())
                .anySatisfy(line -> assertThat(line).startsWith("settlement-corpus: 10000"))
                .anySatisfy(line -> assertThat(line).startsWith("settle-200-items-24-payments-p50-us: 300.0"))
                .anySatisfy(line -> assertThat(line).startsWith("settle-200-items-24-payments-p99-us: 700.0"))
                .anySatisfy(line -> assertThat(line).startsWith("plain-java-settle-200-items-24-payments-p99-us: 20.0"));
    }
}
