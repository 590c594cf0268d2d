package io.github.foerderregeln.examples.benchmark;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementResult;
import io.github.foerderregeln.drools.reference.ReferenceSettler;
import io.github.foerderregeln.drools.reference.Settled;
import io.github.foerderregeln.testing.corpus.SettlementCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The settlement rules and the plain-Java settlement on the same settlements. The batch benchmarks
 * settle the whole settlement corpus per operation, both as a parallel stream on the common pool
 * (there is no batch call for settlements); the large benchmarks settle one proof of use of
 * {@value #LARGE_ITEMS} expenditure items and {@value #LARGE_PAYMENTS} payments per operation,
 * cycling through {@value #LARGE_COUNT} of them.
 */
public class SettlementBenchmarks {
    static final int LARGE_ITEMS = 200;
    static final int LARGE_PAYMENTS = 24;
    static final int LARGE_COUNT = 1_000;

    /** The settlements and both implementations, built once per forked JVM. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param("10000")
        public int size;

        List<Settlement> settlements;
        List<Settlement> large;
        FundingRules rules;
        ReferenceSettler reference;

        @Setup(Level.Trial)
        public void build() {
            rules = FundingRules.load();
            SettlementCorpus corpus = SettlementCorpus.of(rules.call("rdz-lsa-2018").orElseThrow());
            settlements = corpus.corpus(1, size);
            Random random = new Random(2);
            large = new ArrayList<>(LARGE_COUNT);
            for (int i = 0; i < LARGE_COUNT; i++) {
                large.add(corpus.settlement(random, "large-" + i, LARGE_ITEMS, LARGE_PAYMENTS));
            }
            reference = new ReferenceSettler();
        }
    }

    /** Where one benchmark thread is among the large settlements. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Settlement next(Corpus corpus) {
            Settlement settlement = corpus.large.get(next);
            next = next + 1 == corpus.large.size() ? 0 : next + 1;
            return settlement;
        }
    }

    @Benchmark
    public List<SettlementResult> settleBatchEngine(Corpus corpus) {
        return IntStream.range(0, corpus.settlements.size()).parallel()
                .mapToObj(i -> corpus.rules.settle(corpus.settlements.get(i))).toList();
    }

    @Benchmark
    public List<Settled> settleBatchPlainJava(Corpus corpus) {
        return IntStream.range(0, corpus.settlements.size()).parallel()
                .mapToObj(i -> corpus.reference.settle(corpus.settlements.get(i))).toList();
    }

    @Benchmark
    public SettlementResult settleLargeEngine(Corpus corpus, Cursor cursor) {
        return corpus.rules.settle(cursor.next(corpus));
    }

    @Benchmark
    public Settled settleLargePlainJava(Corpus corpus, Cursor cursor) {
        return corpus.reference.settle(cursor.next(corpus));
    }
}
