package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.Problem;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * One {@link FundingRules} serves any number of threads (its contract), and the batch methods
 * give what single calls give, in order. Assessments are compared as whole records: equal
 * applications must give equal assessments, findings and rules fired in the same order.
 */
class ConcurrentAssessmentTest {
    /** Twice the build machine's cores, so that threads are preempted in the middle of assessments. */
    private static final int THREADS = 4;
    /** Long enough that every thread is still assessing while the others start and end. */
    private static final int PER_THREAD = 1_000;
    private static final FundingRules RULES = FundingRules.load();
    private static List<Application> corpus;
    private static List<Assessment> oneThread;

    @BeforeAll
    static void assessTheCorpusOnOneThread() {
        corpus = ApplicationGenerators.corpus(20_190_116, THREADS * PER_THREAD);
        oneThread = new ArrayList<>(corpus.size());
        for (Application application : corpus) {
            oneThread.add(RULES.assess(application));
        }
    }

    @AfterAll
    static void release() {
        corpus = null;
        oneThread = null;
    }

    @Test
    void fourThreadsSharingOneInstanceGetWhatOneThreadGets() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Assessment>>> slices = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Application> slice = corpus.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
                Callable<List<Assessment>> task = () -> {
                    start.await();
                    List<Assessment> assessed = new ArrayList<>(slice.size());
                    for (Application application : slice) {
                        assessed.add(RULES.assess(application));
                    }
                    return assessed;
                };
                slices.add(pool.submit(task));
            }
            start.countDown();
            List<Assessment> concurrently = new ArrayList<>(corpus.size());
            for (Future<List<Assessment>> slice : slices) {
                concurrently.addAll(slice.get(5, TimeUnit.MINUTES));
            }

            assertThat(concurrently).hasSameSizeAs(oneThread);
            for (int i = 0; i < concurrently.size(); i++) {
                assertThat(concurrently.get(i)).as(corpus.get(i).id()).isEqualTo(oneThread.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void assessingACollectionGivesWhatSingleCallsGiveInTheSameOrder() {
        assertThat(RULES.assessAll(corpus)).containsExactlyElementsOf(oneThread);
    }

    @Test
    void assessingAStreamGivesWhatSingleCallsGiveInTheSameOrder() {
        assertThat(RULES.assessAll(corpus.stream())).containsExactlyElementsOf(oneThread);
    }

    /**
     * A source that fails (a file that cannot be read) after 1,000 applications: the stream reads
     * ahead in chunks of 512, and every application read before the failure is still assessed
     * and delivered before the failure ends the stream.
     */
    @Test
    void aStreamWhoseSourceFailsDeliversEveryAssessmentBeforeTheFailure() {
        java.io.UncheckedIOException unreadable = new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
        java.util.stream.Stream<Application> failing = java.util.stream.IntStream.rangeClosed(0, 1_000).mapToObj(i -> {
            if (i == 1_000) {
                throw unreadable;
            }
            return corpus.get(i);
        });
        List<Assessment> delivered = new ArrayList<>();

        assertThatThrownBy(() -> RULES.assessAll(failing).forEachOrdered(delivered::add)).isSameAs(unreadable);
        assertThat(delivered).containsExactlyElementsOf(oneThread.subList(0, 1_000));
    }

    @Test
    void anApplicationAssessedAgainGetsAnEqualAssessment() {
        // Several excluded items give several findings of one rule id, whose order must not vary.
        Application application = TestApplication.eligible().cost(CostCategory.INVESTMENT, "1.00")
                .cost(CostCategory.OTHER, "2.00").cost(CostCategory.INVESTMENT, "3.00").cost(CostCategory.OTHER, "4.00")
                .build();
        Assessment first = RULES.assess(application);

        for (int i = 0; i < 50; i++) {
            assertThat(RULES.assess(application)).isEqualTo(first);
        }
        assertThat(first.findings("RDZ-COST-CATEGORY")).extracting(finding -> finding.figures().get("item"))
                .containsExactly(2, 3, 4, 5);
    }

    /**
     * The call's parameters apply from 2017-12-01, so a decision on 2017-11-30 is invalid input.
     * The whole batch is refused before any rule runs: no session is ever opened.
     */
    @Test
    void aCollectionWithOneInvalidApplicationIsRefusedAndNothingIsAssessed() {
        AtomicInteger sessions = new AtomicInteger();
        RuleBase bundled = RuleBase.build(RuleSet.bundled());
        FundingRules counted = new DroolsFundingRules(new RuleBase(bundled.ruleSet(), bundled.id(),
                countingSessions(bundled.kieBase(), sessions), bundled.calls()), EngineMode.SESSION);
        Application invalid = TestApplication.eligible().id("decided-too-early").decidedOn("2017-11-30")
                .period("2017-12-01", "2019-11-30").build();
        List<Application> batch = new ArrayList<>(corpus.subList(0, 10));
        batch.add(5, invalid);

        assertThatThrownBy(() -> counted.assessAll(batch))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                    assertThat(e.source()).isEqualTo("decided-too-early");
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("decisionDate");
                });
        assertThat(sessions).as("sessions opened").hasValue(0);

        // The same rule base without the invalid application opens one session per application.
        batch.remove(invalid);
        assertThat(counted.assessAll(batch)).containsExactlyElementsOf(oneThread.subList(0, 10));
        assertThat(sessions).hasValue(10);

        // Pooled, a batch too small to split over threads reuses one session for all ten.
        sessions.set(0);
        FundingRules pooled = new DroolsFundingRules(new RuleBase(bundled.ruleSet(), bundled.id(),
                countingSessions(bundled.kieBase(), sessions), bundled.calls()), EngineMode.POOLED);
        assertThat(pooled.assessAll(batch)).containsExactlyElementsOf(oneThread.subList(0, 10));
        assertThat(sessions).hasValue(1);
    }

    @Test
    void theDayTheCallAppliesFromIsValid() {
        Application firstDay = TestApplication.eligible().decidedOn(LocalDate.of(2017, 12, 1))
                .period("2017-12-01", "2019-11-30").build();

        assertThat(RULES.assessAll(List.of(firstDay))).singleElement()
                .satisfies(assessment -> assertThat(assessment.eligible()).isTrue());
    }

    /** The rule base with every {@code newKieSession} call counted. */
    private static KieBase countingSessions(KieBase kieBase, AtomicInteger sessions) {
        InvocationHandler counting = (proxy, method, args) -> {
            if (method.getName().equals("newKieSession")) {
                sessions.incrementAndGet();
            }
            try {
                return method.invoke(kieBase, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (KieBase) Proxy.newProxyInstance(KieBase.class.getClassLoader(), new Class<?>[] {KieBase.class}, counting);
    }
}
