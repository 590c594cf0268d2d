package io.github.foerderregeln.examples.benchmark;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Streams {@code args[0]} generated applications through {@code assessAll} in a JVM started
 * with a small heap, generating each one only when the stream asks for it, and prints the count,
 * the total grant and the peak heap used.
 */
public final class StreamMillion {
    private StreamMillion() {
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        FundingRules rules = FundingRules.load();
        ApplicationCorpus corpus = ApplicationCorpus.of(rules.call("rdz-lsa-2018").orElseThrow());
        Random random = new Random(1);
        Stream<Application> applications = LongStream.range(0, count)
                .mapToObj(i -> corpus.application(random, "stream-" + i));
        long assessed = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (Stream<Assessment> assessments = rules.assessAll(applications)) {
            for (Assessment assessment : (Iterable<Assessment>) assessments::iterator) {
                assessed++;
                total = total.add(assessment.grant());
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(assessed + " " + total.toPlainString() + " " + peak / (1024 * 1024));
    }
}
