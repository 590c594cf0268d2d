package io.github.foerderregeln.examples.benchmark;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import java.util.List;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine and the plain-Java implementation on the same corpus. The batch benchmarks assess
 * the whole corpus per operation; the engine's {@code assessAll} spreads it over every core, and
 * the plain-Java batch does the same work on the same common pool. The single benchmarks assess
 * one application per operation, cycling through the corpus.
 */
public class AssessmentBenchmarks {

    /** The corpus and both implementations, built once per forked JVM. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param("100000")
        public int size;

        List<Application> applications;
        FundingRules rules;
        ReferenceAssessor reference;

        @Setup(Level.Trial)
        public void build() {
            rules = FundingRules.load();
            applications = ApplicationCorpus.of(rules.call("rdz-lsa-2018").orElseThrow()).corpus(1, size);
            reference = new ReferenceAssessor();
        }
    }

    /** Where one benchmark thread is in the corpus. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Application next(Corpus corpus) {
            Application application = corpus.applications.get(next);
            next = next + 1 == corpus.applications.size() ? 0 : next + 1;
            return application;
        }
    }

    @Benchmark
    public List<Assessment> batchEngine(Corpus corpus) {
        return corpus.rules.assessAll(corpus.applications);
    }

    @Benchmark
    public List<Result> batchPlainJava(Corpus corpus) {
        return IntStream.range(0, corpus.applications.size()).parallel()
                .mapToObj(i -> corpus.reference.assess(corpus.applications.get(i))).toList();
    }

    @Benchmark
    public Assessment singleEngine(Corpus corpus, Cursor cursor) {
        return corpus.rules.assess(cursor.next(corpus));
    }

    @Benchmark
    public Result singlePlainJava(Corpus corpus, Cursor cursor) {
        return corpus.reference.assess(cursor.next(corpus));
    }
}
