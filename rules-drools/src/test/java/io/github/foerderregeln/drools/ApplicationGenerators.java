package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The applications of the bundled call's {@link ApplicationCorpus} for jqwik and fixed-seed tests.
 * The jqwik values are not shrunk; a failing property reports the whole application.
 */
public final class ApplicationGenerators {
    /** The corpus of the bundled call {@code rdz-lsa-2018}. */
    public static final ApplicationCorpus RDZ = ApplicationCorpus.of(FundingRules.load().call("rdz-lsa-2018").orElseThrow());

    private ApplicationGenerators() {
    }

    /** jqwik: applications of the corpus distribution. */
    public static Arbitrary<Application> applications() {
        return Arbitraries.randomValue(random -> RDZ.application(random, "gen-" + Integer.toHexString(random.nextInt())));
    }

    /** {@code count} applications, the same ones for the same seed, with ids {@code corpus-<seed>-<n>}. */
    public static List<Application> corpus(long seed, int count) {
        return RDZ.corpus(seed, count);
    }
}
