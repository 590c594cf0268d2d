package io.github.foerderregeln.examples.benchmark;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.corpus.ApplicationCorpus;
import io.github.foerderregeln.drools.SetOrientedBatches;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The evaluation of set-oriented batches (issue 4): the same applications assessed on one thread
 * with 1, 4 and 16 applications per session and firing ({@link SetOrientedBatches}). One per
 * session is the baseline: the per-application session of the engine, through the same code.
 * Both compile the bundled rules from DRL, so only the grouping differs.
 */
public class SetOrientedBenchmarks {

    /** The applications and the grouped rule base, built once per forked JVM and group size. */
    @State(Scope.Benchmark)
    public static class Groups {
        @Param({"1", "4", "16"})
        public int applicationsPerSession;

        @Param("10000")
        public int size;

        List<Application> applications;
        SetOrientedBatches batches;

        @Setup(Level.Trial)
        public void build() {
            applications = ApplicationCorpus.corpus(1, size);
            batches = SetOrientedBatches.ofBundledRules(applicationsPerSession);
        }
    }

    @Benchmark
    public List<Assessment> setOriented(Groups groups) {
        return groups.batches.assessAll(groups.applications);
    }
}
