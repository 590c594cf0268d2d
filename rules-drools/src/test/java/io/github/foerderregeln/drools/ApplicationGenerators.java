package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The applications of {@link ApplicationCorpus} for jqwik and fixed-seed tests. The jqwik values
 * are not shrunk; a failing property reports the whole application.
 */
public final class ApplicationGenerators {
    /** The first and last day decisions are generated for. */
    public static final LocalDate FIRST_DECISION_DATE = ApplicationCorpus.FIRST_DECISION_DATE;
    public static final LocalDate LAST_DECISION_DATE = ApplicationCorpus.LAST_DECISION_DATE;

    private ApplicationGenerators() {
    }

    /** jqwik: applications of the corpus distribution. */
    public static Arbitrary<Application> applications() {
        return Arbitraries.randomValue(random -> ApplicationCorpus.application(random, "gen-" + Integer.toHexString(random.nextInt())));
    }

    /** {@code count} applications, the same ones for the same seed, with ids {@code corpus-<seed>-<n>}. */
    public static List<Application> corpus(long seed, int count) {
        return ApplicationCorpus.corpus(seed, count);
    }
}
