package io.github.foerderregeln.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The rule set of a directory that picks up edits without ever serving a broken one.
 *
 * <pre>{@code
 * try (ReloadingFundingRules rules = ReloadingFundingRules.watching(dir, Duration.ofSeconds(2),
 *         result -> log.info("{}", result))) {
 *     Assessment assessment = rules.assess(application);   // assessment.ruleSet() names the version
 * }
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 * <li>A version serves only after it was built completely from the directory; a broken edit
 *     ({@link RuleSetException}) or a failed read leaves the last good version serving, and
 *     {@link #lastProblems()} says what is wrong.</li>
 * <li>Each {@link #assess} and each {@link #assessAll(Collection)} reads the serving version once
 *     and runs wholly on it, however many reloads happen meanwhile; {@link Assessment#ruleSet()}
 *     names it. {@link #assessAll(Stream)} reads it once per element.</li>
 * <li>Thread safety: any number of threads may assess and reload at once. Reloads run one at a
 *     time; assessments never wait for a reload, they run on the version serving when they start.</li>
 * </ul>
 *
 * <p>This class logs nothing: every reload says what it did in its {@link ReloadResult}. A rule
 * directory is code (DRL can call any Java on the class path): use only directories from a trusted
 * source, writable only by those who may change the rules.
 */
public final class ReloadingFundingRules implements FundingRules, AutoCloseable {
    private final Path directory;
    private final Object reloads = new Object();
    /** Replaced as a whole, only while holding {@link #reloads}; read once by each assessment. */
    private volatile State state;
    private final Watcher watcher;

    /**
     * @param rules the version serving
     * @param digest the digest of the files last read (built or rejected); null when it could not be
     *        computed or the last reload failed, so that the next reload builds again
     * @param problems what is wrong with the files last read; empty when they serve
     */
    private record State(FundingRules rules, String digest, List<RuleProblem> problems) {
    }

    private ReloadingFundingRules(Path directory, Duration interval, Consumer<? super ReloadResult> listener) {
        this.directory = directory;
        // Fingerprint before reading: an edit made while the first version is built must look like a change.
        RuleDirectory.Fingerprint initial = interval == null ? null : RuleDirectory.fingerprint(directory, Instant.now());
        String digest = digestOrNull();
        this.state = new State(FundingRules.fromDirectory(directory), digest, List.of());
        this.watcher = interval == null ? null : new Watcher(interval, listener, initial);
    }

    /**
     * The rule set in {@code directory}, reloaded only when {@link #reload()} is called.
     *
     * @param directory the rule directory, as for {@link FundingRules#fromDirectory}; not null
     * @throws RuleSetException when the directory does not hold a usable rule set: there is nothing to serve
     */
    public static ReloadingFundingRules over(Path directory) {
        return new ReloadingFundingRules(Objects.requireNonNull(directory, "directory must not be null"), null, null);
    }

    /**
     * The rule set in {@code directory}, watched for edits: every {@code interval} one daemon thread
     * compares the names, sizes and modification times of the rule files ({@code *.drl},
     * {@code calls/*.json}) and calls {@link #reload()} when they changed. {@link #close()} stops it.
     *
     * @param directory the rule directory; not null
     * @param interval how often to look; not null, positive
     * @throws RuleSetException when the directory does not hold a usable rule set: there is nothing to serve
     */
    public static ReloadingFundingRules watching(Path directory, Duration interval) {
        return watching(directory, interval, result -> { });
    }

    /**
     * As {@link #watching(Path, Duration)}, telling {@code listener} what each reload of the watcher
     * did: every result except {@link ReloadResult.Kind#UNCHANGED} (files touched but not changed), so
     * every new version, every rejected edit and every failure, the latter with its exception. The
     * listener runs on the watcher thread, one result at a time, and should return quickly; an
     * exception it throws goes to that thread's {@link Thread.UncaughtExceptionHandler} and the
     * watcher goes on. Results of explicit {@link #reload()} calls go only to their caller.
     *
     * @param directory the rule directory; not null
     * @param interval how often to look; not null, positive
     * @param listener told about each reload of the watcher; not null
     * @throws RuleSetException when the directory does not hold a usable rule set: there is nothing to serve
     */
    public static ReloadingFundingRules watching(Path directory, Duration interval,
            Consumer<? super ReloadResult> listener) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(interval, "interval must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        ReloadingFundingRules rules = new ReloadingFundingRules(directory, interval, listener);
        rules.watcher.start();
        return rules;
    }

    /**
     * Reads the directory now and builds a new version if its rule files changed since they were
     * last read (by content, not by modification time). A usable rule set replaces the serving
     * version atomically; a broken one is {@link ReloadResult.Kind#REJECTED} with its problems and an
     * unexpected failure (such as an I/O error) is {@link ReloadResult.Kind#FAILED} with its
     * exception; either way the previous version keeps serving. Unchanged files rebuild nothing.
     *
     * <p>Thread-safe: concurrent calls run one after the other; assessments go on meanwhile. Also
     * works after {@link #close()}.
     *
     * @return what the reload did; never null
     */
    public ReloadResult reload() {
        synchronized (reloads) {
            State before = state;
            String previous = before.rules().ruleSetId();
            String digest = digestOrNull();
            if (digest != null && digest.equals(before.digest())) {
                return new ReloadResult(ReloadResult.Kind.UNCHANGED, previous, previous, before.problems(), null);
            }
            try {
                FundingRules rules = FundingRules.fromDirectory(directory);
                state = new State(rules, digest, List.of());
                return new ReloadResult(ReloadResult.Kind.RELOADED, previous, rules.ruleSetId(), List.of(), null);
            } catch (RuleSetException e) {
                state = new State(before.rules(), digest, e.problems());
                return new ReloadResult(ReloadResult.Kind.REJECTED, previous, previous, e.problems(), null);
            } catch (RuntimeException e) {
                List<RuleProblem> problems = List.of(new RuleProblem(directory.toString(), 0, 0, true,
                        "cannot reload: " + describe(e)));
                state = new State(before.rules(), null, problems);
                return new ReloadResult(ReloadResult.Kind.FAILED, previous, previous, problems, e);
            }
        }
    }

    /**
     * What is wrong with the rule files as last read: empty after a good load or reload, every error
     * after a rejected or failed one (the previous version serving meanwhile). Thread-safe.
     *
     * @return the problems; never null, immutable
     */
    public List<RuleProblem> lastProblems() {
        return state.problems();
    }

    /** The rule directory, as given; never null. */
    public Path directory() {
        return directory;
    }

    /**
     * Stops the watcher, if any, and waits until its thread has ended, so that no watched reload
     * happens after this returns (when called from the listener itself, it only asks the thread to
     * end). The last version goes on serving; {@link #reload()} still works. Idempotent.
     */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    /**
     * Assesses one application on the version serving now, which it keeps to the end even if a
     * reload replaces it meanwhile. See {@link FundingRules#assess}.
     */
    @Override
    public Assessment assess(Application application) {
        return state.rules().assess(application);
    }

    /**
     * Assesses the whole collection on the one version serving now. See
     * {@link FundingRules#assessAll(Collection)}.
     */
    @Override
    public List<Assessment> assessAll(Collection<? extends Application> applications) {
        Objects.requireNonNull(applications, "applications must not be null");
        return state.rules().assessAll(applications);
    }

    /**
     * Assesses lazily, each element on the version serving when that element is assessed, so that a
     * long stream picks up reloads; each {@link Assessment#ruleSet()} names its version. See
     * {@link FundingRules#assessAll(Stream)}.
     */
    @Override
    public Stream<Assessment> assessAll(Stream<? extends Application> applications) {
        Objects.requireNonNull(applications, "applications must not be null");
        return applications.map(application -> state.rules().assess(application));
    }

    /** The call ids of the version serving now (a reload may change them before the next call). */
    @Override
    public Set<String> callIds() {
        return state.rules().callIds();
    }

    /** The funding call {@code id} of the version serving now; empty when it does not know it. */
    @Override
    public Optional<FundingCall> call(String id) {
        return state.rules().call(id);
    }

    /** The identity of the version serving now; never null. */
    @Override
    public String ruleSetId() {
        return state.rules().ruleSetId();
    }

    private String digestOrNull() {
        try {
            return RuleDirectory.digest(directory);
        } catch (IOException | RuntimeException e) {
            // Unknown digest: the load that follows reads the same files and reports the failure.
            return null;
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return e.getCause() == null ? message : message + ": " + e.getCause();
    }

    /** Polls the fingerprint of the rule files on one daemon thread and reloads when it changed. */
    private final class Watcher implements Runnable {
        private final long intervalNanos;
        private final Consumer<? super ReloadResult> listener;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private final Thread thread;
        /** Only touched by the watcher thread once started. */
        private RuleDirectory.Fingerprint seen;

        Watcher(Duration interval, Consumer<? super ReloadResult> listener, RuleDirectory.Fingerprint initial) {
            this.intervalNanos = interval.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE
                    : interval.toNanos();
            this.listener = listener;
            this.seen = initial;
            this.thread = new Thread(this, "foerderregeln-reload " + directory);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            try {
                while (!stopped.await(intervalNanos, TimeUnit.NANOSECONDS)) {
                    poll();
                }
            } catch (InterruptedException e) {
                // Interrupted by someone else: end the watcher, as an interrupt asks, and keep the flag.
                Thread.currentThread().interrupt();
            }
        }

        private void poll() {
            RuleDirectory.Fingerprint now = RuleDirectory.fingerprint(directory, Instant.now());
            // A racy fingerprint may hide a second write within one tick of the clock: compare contents again.
            if (now.value().equals(seen.value()) && !seen.racy() || stopped.getCount() == 0) {
                seen = now;
                return;
            }
            seen = now;
            ReloadResult result = reload();
            if (result.kind() != ReloadResult.Kind.UNCHANGED) {
                try {
                    listener.accept(result);
                } catch (RuntimeException e) {
                    thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
                }
            }
        }

        void stop() {
            stopped.countDown();
            if (Thread.currentThread() == thread) {
                return;
            }
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
