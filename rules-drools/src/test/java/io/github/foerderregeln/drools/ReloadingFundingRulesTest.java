package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.ReloadResult;
import io.github.foerderregeln.api.ReloadingFundingRules;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.RuleSets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reloading rule directory picks up good edits, never serves a broken one, and lets every
 * assessing call finish on the rule base it started with. Two versions of the rule set are used:
 * the bundled one (funding rate 0.80) and the same with the rate 0.90 in the call data; their
 * expected assessments come from {@link FundingRules#fromDirectory} on separate copies named like
 * the live directory, so that even {@link Assessment#ruleSet()} must match.
 */
class ReloadingFundingRulesTest {
    private static final String LIMITS = "rdz/limits/limits.drl";
    private static final String CALL = "calls/rdz-lsa-2018.json";
    private static final String RATE_LINE = "    CallTerms($rate : fundingRate)";

    /**
     * 123,456.78 EUR personnel costs, 150,000.00 requested: the rate binds under both versions.
     * 0.80: 123,456.78 x 0.80 = 98,765.424 -> rounded down 98,765.00.
     * 0.90: 123,456.78 x 0.90 = 111,111.102 -> rounded down 111,111.00
     * (ceiling 200,000.00, requested 150,000.00 and no-double-funding 123,456.78 are all higher).
     */
    private static final Application RATE_BOUND = TestApplication.eligible().id("rate-bound")
            .onlyCost(CostCategory.PERSONNEL, "123456.78").requested("150000.00").build();
    private static final BigDecimal GRANT_AT_80 = new BigDecimal("98765.00");
    private static final BigDecimal GRANT_AT_90 = new BigDecimal("111111.00");

    /** The two versions' assessments of the concurrent tests, built once: each version is a compilation. */
    @TempDir
    static Path versions;
    private static Expectations built;

    @TempDir
    Path root;
    private Path live;
    private String bundledCall;
    private String bundledLimits;

    @BeforeEach
    void writeTheBundledRuleSet() throws IOException {
        live = root.resolve("live").resolve("rules");
        RuleSets.writeBundled(live);
        bundledCall = Files.readString(live.resolve(CALL));
        bundledLimits = Files.readString(live.resolve(LIMITS));
    }

    @Test
    void aGoodEditIsServedAfterReload() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_80);
            String before = rules.ruleSetId();

            writeRate(live, "0.90");
            ReloadResult result = rules.reload();

            assertThat(result.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
            assertThat(result.previousRuleSetId()).isEqualTo(before);
            assertThat(result.ruleSetId()).isNotEqualTo(before).isEqualTo(rules.ruleSetId());
            assertThat(result.problems()).isEmpty();
            Assessment after = rules.assess(RATE_BOUND);
            assertThat(after.grant()).isEqualByComparingTo(GRANT_AT_90);
            assertThat(after.amounts().binding()).isEqualTo(LimitKind.RATE);
            assertThat(after.ruleSet()).isEqualTo(result.ruleSetId());
        }
    }

    @Test
    void aBrokenEditIsRejectedAtItsFileAndLineAndTheLastGoodRulesKeepServing() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            Assessment before = rules.assess(RATE_BOUND);
            String id = rules.ruleSetId();

            writeRate(live, "0.90");
            int line = breakLimits(live);
            ReloadResult result = rules.reload();

            assertThat(result.kind()).isEqualTo(ReloadResult.Kind.REJECTED);
            assertThat(result.ruleSetId()).isEqualTo(id).isEqualTo(result.previousRuleSetId()).isEqualTo(rules.ruleSetId());
            assertThat(result.problems()).anySatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(LIMITS);
                assertThat(problem.error()).isTrue();
                assertThat(problem.line()).isBetween(line, line + 1);
            });
            assertThat(rules.lastProblems()).isEqualTo(result.problems());
            // The good half of the edit (rate 0.90) must not leak in either: the whole old version serves.
            assertThat(rules.assess(RATE_BOUND)).isEqualTo(before);
            assertThat(before.grant()).isEqualByComparingTo(GRANT_AT_80);
        }
    }

    @Test
    void fixingARejectedEditIsPickedUp() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            writeRate(live, "0.90");
            breakLimits(live);
            assertThat(rules.reload().kind()).isEqualTo(ReloadResult.Kind.REJECTED);

            Files.writeString(live.resolve(LIMITS), bundledLimits);
            ReloadResult result = rules.reload();

            assertThat(result.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
            assertThat(result.problems()).isEmpty();
            assertThat(rules.lastProblems()).isEmpty();
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_90);
        }
    }

    @Test
    void unchangedRuleFilesAreNotRebuiltWhateverTheirTimestampsOrOtherFilesSay() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            String id = rules.ruleSetId();
            assertThat(rules.reload()).isEqualTo(new ReloadResult(ReloadResult.Kind.UNCHANGED, id, id, List.of()));

            Files.writeString(live.resolve(CALL), bundledCall);
            Files.setLastModifiedTime(live.resolve(LIMITS), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            Files.writeString(live.resolve("README.md"), "edited notes, not rules\n");
            Files.writeString(live.resolve("rdz").resolve("limits").resolve("notes.txt"), "not a rule file\n");

            assertThat(rules.reload()).isEqualTo(new ReloadResult(ReloadResult.Kind.UNCHANGED, id, id, List.of()));
        }
    }

    @Test
    void brokenFilesLeftAsTheyAreAreNotRebuiltButStillReported() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            breakLimits(live);
            ReloadResult rejected = rules.reload();
            assertThat(rejected.kind()).isEqualTo(ReloadResult.Kind.REJECTED);

            ReloadResult again = rules.reload();

            assertThat(again.kind()).isEqualTo(ReloadResult.Kind.UNCHANGED);
            assertThat(again.problems()).isEqualTo(rejected.problems()).isNotEmpty();
            assertThat(rules.lastProblems()).isEqualTo(rejected.problems());
        }
    }

    @Test
    void aDirectoryThatIsBrokenFromTheStartCannotBeServed() throws IOException {
        int line = breakLimits(live);
        assertThatThrownBy(() -> ReloadingFundingRules.over(live)).isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems())
                        .anySatisfy(p -> assertThat(p.file() + ":" + p.line()).isIn(LIMITS + ":" + line, LIMITS + ":" + (line + 1))));
    }

    @Test
    void aDeletedRuleDirectoryIsRejectedAndTheLastGoodRulesKeepServing() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            Assessment before = rules.assess(RATE_BOUND);
            Path moved = root.resolve("moved");
            Files.move(live.getParent(), moved);

            ReloadResult result = rules.reload();

            assertThat(result.kind()).isEqualTo(ReloadResult.Kind.REJECTED);
            assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.error()).isTrue());
            assertThat(rules.assess(RATE_BOUND)).isEqualTo(before);

            Files.move(moved, live.getParent());
            ReloadResult back = rules.reload();
            assertThat(back.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
            assertThat(back.ruleSetId()).as("the same files, so the same identity").isEqualTo(before.ruleSet());
            assertThat(rules.lastProblems()).isEmpty();
        }
    }

    @Test
    void theWatcherPicksUpAGoodEditAndReportsABrokenOneAndEndsWhenClosed() throws Exception {
        BlockingQueue<ReloadResult> reported = new LinkedBlockingQueue<>();
        ReloadingFundingRules rules = ReloadingFundingRules.watching(live, Duration.ofMillis(20), reported::add);
        try {
            String threadName = "foerderregeln-reload " + live;
            assertThat(threadsNamed(threadName)).singleElement().satisfies(t -> assertThat(t.isDaemon()).isTrue());

            writeRate(live, "0.90");
            ReloadResult reloaded = reported.poll(2, TimeUnit.MINUTES);
            assertThat(reloaded).isNotNull();
            assertThat(reloaded.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_90);

            int line = breakLimits(live);
            ReloadResult rejected = reported.poll(2, TimeUnit.MINUTES);
            assertThat(rejected).isNotNull();
            assertThat(rejected.kind()).isEqualTo(ReloadResult.Kind.REJECTED);
            assertThat(rejected.problems()).anySatisfy(p -> assertThat(p.file() + ":" + p.line())
                    .isIn(LIMITS + ":" + line, LIMITS + ":" + (line + 1)));
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_90);

            rules.close();
            assertThat(threadsNamed(threadName)).isEmpty();
            assertThat(reported).as("an unchanged directory is not reported").isEmpty();
        } finally {
            rules.close();
        }
    }

    /** What a listener may throw: a bug of its own, or an error such as running out of memory. */
    static Stream<Throwable> listenerFailures() {
        return Stream.of(new IllegalStateException("a listener bug (expected in this test)"),
                new OutOfMemoryError("a listener out of memory (expected in this test)"));
    }

    @ParameterizedTest
    @MethodSource("listenerFailures")
    void whateverAListenerThrowsGoesToTheHandlerAndTheWatcherGoesOn(Throwable failure) throws Exception {
        BlockingQueue<ReloadResult> reported = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstCall = new CountDownLatch(1);
        Queue<Throwable> handled = new ConcurrentLinkedQueue<>();
        try (ReloadingFundingRules rules = ReloadingFundingRules.watching(live, Duration.ofMillis(20), result -> {
            if (calls.incrementAndGet() == 1) {
                Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> handled.add(e));
                firstCall.countDown();
                sneakyThrow(failure);
            }
            reported.add(result);
        })) {
            writeRate(live, "0.90");
            assertThat(firstCall.await(2, TimeUnit.MINUTES)).isTrue();
            writeRate(live, "0.80");
            ReloadResult second = reported.poll(2, TimeUnit.MINUTES);
            assertThat(second).isNotNull();
            assertThat(second.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_80);
            assertThat(handled).containsExactly(failure);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable failure) throws T {
        throw (T) failure;
    }

    /** A rule nested so deeply that the DRL compiler overflows its stack. */
    private static String deeplyNestedRule() {
        int depth = 50_000;
        return "package rdz.deep;\nimport io.github.foerderregeln.api.Application;\n"
                + "rule \"DEEP nested\"\n    @id(\"DEEP\") @reference(\"none: a test\")\nwhen\n    Application(eval("
                + "(".repeat(depth) + "true" + ")".repeat(depth) + "))\nthen\nend\n";
    }

    @Test
    @DisplayName("A StackOverflowError of the compiler is a rejected edit: the watcher reports it and serves later edits")
    void anErrorOfTheCompilerIsRejectedAndTheWatcherServesLaterEdits() throws Exception {
        BlockingQueue<ReloadResult> reported = new LinkedBlockingQueue<>();
        try (ReloadingFundingRules rules = ReloadingFundingRules.watching(live, Duration.ofMillis(20), reported::add)) {
            Path deep = live.resolve("rdz/deep.drl");
            Files.writeString(deep, deeplyNestedRule());
            ReloadResult rejected = reported.poll(2, TimeUnit.MINUTES);
            assertThat(rejected).isNotNull();
            assertThat(rejected.kind()).isEqualTo(ReloadResult.Kind.REJECTED);
            assertThat(rejected.problems()).singleElement().extracting(RuleProblem::message).asString()
                    .startsWith("cannot be loaded: java.lang.StackOverflowError");
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_80);

            Files.delete(deep);
            writeRate(live, "0.90");
            ReloadResult reloaded = reported.poll(2, TimeUnit.MINUTES);
            assertThat(reloaded).isNotNull();
            assertThat(reloaded.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_90);
        }
    }

    @Test
    void anExplicitReloadReturnsAnErrorOfTheCompilerAsARejection() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            Files.writeString(live.resolve("rdz/deep.drl"), deeplyNestedRule());

            ReloadResult result = rules.reload();

            assertThat(result.kind()).isEqualTo(ReloadResult.Kind.REJECTED);
            assertThat(rules.lastProblems()).isEqualTo(result.problems());
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_80);
        }
    }

    @Test
    void aListenerMayCloseTheWatcherItRunsOn() throws Exception {
        BlockingQueue<ReloadResult> reported = new LinkedBlockingQueue<>();
        AtomicReference<ReloadingFundingRules> self = new AtomicReference<>();
        ReloadingFundingRules rules = ReloadingFundingRules.watching(live, Duration.ofMillis(20), result -> {
            self.get().close();
            reported.add(result);
        });
        self.set(rules);
        Thread watcher = threadsNamed("foerderregeln-reload " + live).get(0);

        writeRate(live, "0.90");
        assertThat(reported.poll(2, TimeUnit.MINUTES)).isNotNull();
        watcher.join(TimeUnit.MINUTES.toMillis(2));

        assertThat(watcher.isAlive()).isFalse();
        assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_90);
        writeRate(live, "0.80");
        assertThat(rules.reload().kind()).as("reload() still works after close()").isEqualTo(ReloadResult.Kind.RELOADED);
        rules.close();
    }

    @Test
    void aStreamIsAssessedWhollyOnTheRulesServingWhenItWasAsked() throws IOException {
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            Stream<Assessment> assessments = rules.assessAll(Stream.of(RATE_BOUND, RATE_BOUND));
            writeRate(live, "0.90");
            assertThat(rules.reload().kind()).isEqualTo(ReloadResult.Kind.RELOADED);

            assertThat(assessments.toList()).extracting(Assessment::grant)
                    .allSatisfy(grant -> assertThat(grant).isEqualByComparingTo(GRANT_AT_80));
            assertThat(rules.assessAll(Stream.of(RATE_BOUND))).extracting(Assessment::grant)
                    .allSatisfy(grant -> assertThat(grant).isEqualByComparingTo(GRANT_AT_90));
        }
    }

    // --- the snippet of docs/embedding.md, compiled and run here; DocSamplesTest holds the page equal to it ---

    // sample:begin reloading
    /** Serves the rule set in {@code dir}, picking up edits; close it at shutdown to stop the watcher. */
    static ReloadingFundingRules serve(Path dir) {
        System.Logger log = System.getLogger("foerderregeln");
        // Throws RuleSetException when dir holds no usable rule set now: there is nothing to serve.
        return ReloadingFundingRules.watching(dir, Duration.ofSeconds(2), result -> {
            if (result.kind() == ReloadResult.Kind.RELOADED) {
                log.log(System.Logger.Level.INFO, "now serving rule set " + result.ruleSetId());
            } else {
                // REJECTED: the edit is broken; the last good rule set keeps serving.
                result.problems().forEach(problem -> log.log(System.Logger.Level.WARNING,
                        "still serving " + result.ruleSetId() + "; in " + dir + ": " + problem));
            }
        });
    }
    // sample:end reloading

    @Test
    void theDocumentedSnippetServesTheDirectoryUntilClosed() {
        try (ReloadingFundingRules rules = serve(live)) {
            assertThat(rules.assess(RATE_BOUND).grant()).isEqualByComparingTo(GRANT_AT_80);
        }
    }

    // --- concurrency: assessments while the directory is edited and reloaded ---

    /** The fixed applications of the concurrent tests, and what each version of the rule set says about them. */
    private record Expectations(List<Application> applications, List<Assessment> at80, List<Assessment> at90) {
        List<Assessment> of(String rate) {
            return rate.equals("0.80") ? at80 : at90;
        }
    }

    private Expectations expectations() throws IOException {
        if (built != null) {
            return built;
        }
        List<Application> applications = new ArrayList<>(ApplicationGenerators.corpus(20_260_223, 24));
        applications.add(RATE_BOUND);
        // Named like the live directory, so that even the rule set ids must match.
        Path at80 = versions.resolve("at80").resolve("rules");
        Path at90 = versions.resolve("at90").resolve("rules");
        RuleSets.writeBundled(at80);
        RuleSets.writeBundled(at90);
        writeRate(at90, "0.90");
        FundingRules rules80 = FundingRules.fromDirectory(at80);
        FundingRules rules90 = FundingRules.fromDirectory(at90);
        Expectations expected = new Expectations(List.copyOf(applications),
                applications.stream().map(rules80::assess).toList(), applications.stream().map(rules90::assess).toList());
        // The copies decide RATE_BOUND as computed by hand, and differ in every assessment (at least by ruleSet).
        assertThat(expected.at80().get(applications.size() - 1).grant()).isEqualByComparingTo(GRANT_AT_80);
        assertThat(expected.at90().get(applications.size() - 1).grant()).isEqualByComparingTo(GRANT_AT_90);
        assertThat(expected.at80().get(0).ruleSet()).isNotEqualTo(expected.at90().get(0).ruleSet());
        built = expected;
        return expected;
    }

    @Test
    void concurrentAssessmentsDuringGoodAndBrokenReloadsAlwaysGetOneWholeVersion() throws Exception {
        Expectations expected = expectations();
        // One round trip, 0.80 -> 0.90 -> 0.80, each good reload after a broken DRL and broken call data:
        // every kind of transition in both directions, while a thread assesses throughout and the
        // test's own thread after each reload; more would only repeat them (each is a compilation). One
        // assessing thread is enough to see a mixed version (ConcurrentAssessmentTest has many).
        int cycles = 1;
        int assessorThreads = 1;
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            // Bounded: a systematic bug would otherwise add one entry per assessment.
            Queue<String> failures = new ArrayBlockingQueue<>(20);
            AtomicLong assessments = new AtomicLong();
            AtomicInteger reloads = new AtomicInteger();
            CountDownLatch reloadsDone = new CountDownLatch(1);
            List<Thread> assessors = new ArrayList<>();
            for (int t = 0; t < assessorThreads; t++) {
                Thread assessor = new Thread(() -> {
                    try {
                        while (reloadsDone.getCount() > 0) {
                            for (int i = 0; i < expected.applications().size(); i++) {
                                Assessment got = rules.assess(expected.applications().get(i));
                                assessments.incrementAndGet();
                                if (!got.equals(expected.at80().get(i)) && !got.equals(expected.at90().get(i))) {
                                    failures.offer("a mixed assessment: " + got);
                                }
                            }
                        }
                        // One full pass begun after the last good reload (back to 0.80) returned.
                        for (int i = 0; i < expected.applications().size(); i++) {
                            Assessment got = rules.assess(expected.applications().get(i));
                            assessments.incrementAndGet();
                            if (!got.equals(expected.at80().get(i))) {
                                failures.offer("after the last reload, not the final version: " + got);
                            }
                        }
                    } catch (Throwable e) {
                        failures.offer("an exception: " + e);
                    }
                }, "assessor-" + t);
                assessors.add(assessor);
                assessor.start();
            }
            String rate = "0.80";
            try {
                for (int cycle = 0; cycle < cycles * 2; cycle++) {
                    String other = rate.equals("0.80") ? "0.90" : "0.80";
                    // Broken: the other rate together with a DRL syntax error; must not leak the rate.
                    writeRate(live, other);
                    breakLimits(live);
                    expectRejected(rules.reload(), expected.of(rate), LIMITS);
                    // Broken: a good DRL but call data that is not JSON.
                    Files.writeString(live.resolve(LIMITS), bundledLimits);
                    Files.writeString(live.resolve(CALL), rateText(other).replaceFirst("\\}\\s*$", ""));
                    expectRejected(rules.reload(), expected.of(rate), CALL);
                    // Good: the other rate.
                    writeRate(live, other);
                    ReloadResult good = rules.reload();
                    assertThat(good.kind()).isEqualTo(ReloadResult.Kind.RELOADED);
                    assertThat(good.ruleSetId()).isEqualTo(expected.of(other).get(0).ruleSet());
                    reloads.addAndGet(3);
                    rate = other;
                    // Every assessment begun after reload() returned is on the new version.
                    assertThat(rules.assessAll(expected.applications())).isEqualTo(expected.of(rate));
                }
            } finally {
                reloadsDone.countDown();
                for (Thread assessor : assessors) {
                    assessor.join(TimeUnit.MINUTES.toMillis(5));
                }
            }
            assertThat(rate).as("an even number of good reloads ends on the bundled rate").isEqualTo("0.80");
            assertThat(failures).isEmpty();
            assertThat(assessors).noneMatch(Thread::isAlive);
            System.out.printf("ReloadingFundingRulesTest: %d reloads (%d good), %d concurrent assessments%n",
                    reloads.get(), reloads.get() / 3, assessments.get());
        }
    }

    @Test
    void aBatchIsAssessedWhollyOnOneVersionWhileReloadsReplaceIt() throws Exception {
        Expectations expected = expectations();
        List<Application> batch = new ArrayList<>();
        List<Assessment> batchAt80 = new ArrayList<>();
        List<Assessment> batchAt90 = new ArrayList<>();
        for (int copy = 0; copy < 8; copy++) {
            batch.addAll(expected.applications());
            batchAt80.addAll(expected.at80());
            batchAt90.addAll(expected.at90());
        }
        // There and back: each version serves at least one batch whole, and both swaps fall into batches.
        int goodReloads = 2;
        try (ReloadingFundingRules rules = ReloadingFundingRules.over(live)) {
            ConcurrentLinkedQueue<Throwable> reloaderFailures = new ConcurrentLinkedQueue<>();
            AtomicInteger swaps = new AtomicInteger();
            Thread reloader = new Thread(() -> {
                try {
                    String rate = "0.80";
                    for (int i = 0; i < goodReloads; i++) {
                        rate = rate.equals("0.80") ? "0.90" : "0.80";
                        writeRate(live, rate);
                        if (rules.reload().kind() == ReloadResult.Kind.RELOADED) {
                            swaps.incrementAndGet();
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    reloaderFailures.add(e);
                }
            }, "reloader");
            reloader.start();
            int batches = 0;
            int on80 = 0;
            int on90 = 0;
            // Batches run back to back until every reload is done, so each swap falls into one.
            while (reloader.isAlive() || batches == 0) {
                List<Assessment> got = rules.assessAll(batch);
                batches++;
                if (got.equals(batchAt80)) {
                    on80++;
                } else if (got.equals(batchAt90)) {
                    on90++;
                } else {
                    throw new AssertionError("batch " + batches + " mixes rule bases: "
                            + got.stream().map(Assessment::ruleSet).distinct().toList());
                }
            }
            reloader.join();
            assertThat(reloaderFailures).isEmpty();
            assertThat(swaps.get()).isEqualTo(goodReloads);
            assertThat(on80 + on90).isEqualTo(batches);
            assertThat(rules.assessAll(batch)).isEqualTo(batchAt80);
            System.out.printf("ReloadingFundingRulesTest: %d batches (%d on 0.80, %d on 0.90) during %d reloads%n",
                    batches, on80, on90, swaps.get());
        }
    }

    private static void expectRejected(ReloadResult result, List<Assessment> serving, String file) {
        assertThat(result.kind()).isEqualTo(ReloadResult.Kind.REJECTED);
        assertThat(result.ruleSetId()).isEqualTo(serving.get(0).ruleSet());
        assertThat(result.problems()).isNotEmpty().allMatch(RuleProblem::error).anySatisfy(p -> assertThat(p.file()).isEqualTo(file));
    }

    private String rateText(String rate) {
        String text = bundledCall.replace("\"value\": \"0.80\"", "\"value\": \"" + rate + "\"");
        assertThat(text).contains("\"value\": \"" + rate + "\"");
        return text;
    }

    private void writeRate(Path directory, String rate) throws IOException {
        Files.writeString(directory.resolve(CALL), rateText(rate));
    }

    /** Drops the closing parenthesis of the first funding-rate pattern; returns its line. */
    private int breakLimits(Path directory) throws IOException {
        int at = bundledLimits.indexOf(RATE_LINE + "\n");
        assertThat(at).isNotNegative();
        int line = (int) bundledLimits.substring(0, at).lines().count() + 1;
        Files.writeString(directory.resolve(LIMITS), bundledLimits.substring(0, at) + RATE_LINE.substring(0, RATE_LINE.length() - 1)
                + bundledLimits.substring(at + RATE_LINE.length()));
        return line;
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).toList();
    }
}
