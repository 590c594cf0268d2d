package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.RuleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
 * <li>A version serves only after it was built completely from the directory. A broken edit
 *     ({@link RuleSetException}, files that cannot be read, or a compiler that fails with an
 *     {@link Error} such as a {@link StackOverflowError}) is {@link ReloadResult.Kind#REJECTED}:
 *     the last good version keeps serving and {@link #lastProblems()} says what is wrong.</li>
 * <li>Every assessing call reads the serving version once and runs wholly on it, however many
 *     reloads happen meanwhile: {@link #assess} one application, {@link #assessAll(Collection)} the
 *     whole batch, {@link #assessAll(Stream)} the whole stream (the version serving when it is
 *     called, kept until the stream is consumed). {@link Assessment#ruleSet()} names the version.</li>
 * <li>Any number of threads may assess and reload at once. Reloads run one at a time; assessments
 *     never wait for a reload.</li>
 * </ul>
 *
 * <p>This class logs nothing: every reload says what it did in its {@link ReloadResult}. A rule
 * directory is code (DRL can call any Java on the class path): use only directories from a trusted
 * source, writable only by those who may change the rules.
 */
public final class ReloadingFundingRules implements FundingRules, AutoCloseable {
    private final Path directory;
    private final Object reloads = new Object();
    /** Replaced as a whole, only while holding {@link #reloads}; read once by each assessing call. */
    private volatile State state;
    /** Null unless built by {@link #watching}. */
    private final Watcher watcher;

    /**
     * @param rules the version serving
     * @param digest the content digest of the files last read (built or rejected); null when it is
     *        not known to be the digest of what was read, so that the next reload builds again
     * @param problems what is wrong with the files last read; empty when they serve
     */
    private record State(FundingRules rules, String digest, List<RuleProblem> problems) {
    }

    private ReloadingFundingRules(Path directory, Duration interval, Consumer<? super ReloadResult> listener) {
        this.directory = directory;
        String before = digestOrNull();
        FundingRules rules = FundingRules.fromDirectory(directory);
        this.state = new State(rules, unchangedSince(before), List.of());
        this.watcher = interval == null ? null : new Watcher(interval, listener, before);
    }

    /**
     * The rule set in {@code directory}, reloaded when {@link #reload()} is called.
     *
     * @param directory the rule directory, as for {@link FundingRules#fromDirectory}; not null
     * @throws RuleSetException when the directory does not hold a usable rule set: there is nothing
     *         to serve (as {@link FundingRules#fromDirectory}, also for a missing directory)
     */
    public static ReloadingFundingRules over(Path directory) {
        return new ReloadingFundingRules(Objects.requireNonNull(directory, "directory must not be null"), null, null);
    }

    /**
     * The rule set in {@code directory}, watched for edits by one daemon thread: every
     * {@code interval} it reads the content digest of the rule files ({@code *.drl},
     * {@code calls/*.json}) and, once a changed digest has stayed the same for one more interval
     * (so that an edit saved file by file is built once, complete), calls {@link #reload()}. An edit
     * is thus picked up between one and two intervals after its last write, plus the build.
     * {@link #close()} stops the thread; until then it keeps this object reachable.
     *
     * @param directory the rule directory; not null
     * @param interval how often to look; not null, positive
     * @param listener told about every watched reload that is not {@link ReloadResult.Kind#UNCHANGED}:
     *        every new version and every rejected edit (also one the compiler failed on with an
     *        {@link Error}, such as a {@link StackOverflowError} on a deeply nested rule). It runs
     *        on the watcher thread, one result at a time, and should return quickly; anything it
     *        throws, errors too, goes to that thread's {@link Thread.UncaughtExceptionHandler} and
     *        the watcher goes on. Results of explicit {@link #reload()} calls go only to their
     *        caller. Not null.
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
        rules.watcher.thread.start();
        return rules;
    }

    /**
     * Reads the directory now and builds a new version if the content of its rule files changed
     * since they were last read. A usable rule set replaces the serving version atomically; a
     * broken one is {@link ReloadResult.Kind#REJECTED} with its problems and the previous version
     * keeps serving. Unchanged files build nothing, also when they are the broken ones last rejected.
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
                return new ReloadResult(ReloadResult.Kind.UNCHANGED, previous, previous, before.problems());
            }
            List<RuleProblem> problems;
            try {
                FundingRules rules = FundingRules.fromDirectory(directory);
                state = new State(rules, unchangedSince(digest), List.of());
                return new ReloadResult(ReloadResult.Kind.RELOADED, previous, rules.ruleSetId(), List.of());
            } catch (RuleSetException e) {
                problems = e.problems();
            } catch (RuntimeException | VirtualMachineError | LinkageError | AssertionError e) {
                // Such as an UncheckedIOException when a file vanishes while it is read, or a
                // StackOverflowError of the compiler on a deeply nested rule: a failed reload, never
                // a reason to stop serving or to end the watcher. The build's memory is free again
                // once it has unwound, so even an OutOfMemoryError leaves the serving version intact.
                problems = List.of(new RuleProblem(directory.toString(), 0, 0, true, "cannot be loaded: " + describe(e)));
            }
            state = new State(before.rules(), unchangedSince(digest), problems);
            return new ReloadResult(ReloadResult.Kind.REJECTED, previous, previous, problems);
        }
    }

    /**
     * What is wrong with the rule files as last read: empty after a good load or reload, every
     * error after a rejected one (the previous version serving meanwhile). Thread-safe.
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
     * Stops the watcher, if any, and waits until its thread has ended (and so for a reload it is
     * running), so that no watched reload happens after this returns; called from the listener
     * itself, it only asks the thread to end. The last version goes on serving and
     * {@link #reload()} still works. Idempotent.
     */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    /** Assesses one application on the version serving now, which it keeps to the end. See {@link FundingRules#assess}. */
    @Override
    public Assessment assess(Application application) {
        return state.rules().assess(application);
    }

    /** Settles one settlement on the version serving now. See {@link FundingRules#settle}. */
    @Override
    public io.github.foerderregeln.api.settlement.SettlementResult settle(
            io.github.foerderregeln.api.settlement.Settlement settlement) {
        return state.rules().settle(settlement);
    }

    /** Explains one application on the version serving now, with its references. See {@link FundingRules#explain(Application)}. */
    @Override
    public Explanation explain(Application application) {
        return state.rules().explain(application);
    }

    /** Explains one settlement on the version serving now, with its references. See {@link FundingRules#settle}. */
    @Override
    public io.github.foerderregeln.api.settlement.SettlementExplanation explain(
            io.github.foerderregeln.api.settlement.Settlement settlement) {
        return state.rules().explain(settlement);
    }

    /** Assesses the whole collection on the one version serving now. See {@link FundingRules#assessAll(Collection)}. */
    @Override
    public List<Assessment> assessAll(Collection<? extends Application> applications) {
        return state.rules().assessAll(applications);
    }

    /**
     * Assesses lazily, every element on the one version serving now, even if a reload replaces it
     * before the stream is consumed (call {@link #assess} per element to pick up reloads within a
     * stream). See {@link FundingRules#assessAll(Stream)}.
     */
    @Override
    public Stream<Assessment> assessAll(Stream<? extends Application> applications) {
        return state.rules().assessAll(applications);
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
            return RuleFiles.digest(RuleFiles.read(directory));
        } catch (IOException | RuntimeException e) {
            // Unknown: the load that follows reads the same files and reports why they cannot be read.
            return null;
        }
    }

    /**
     * {@code before}, the digest taken before a load, if the files still have it after the load;
     * otherwise null. An edit during the load may or may not have been read, so only a digest that
     * held throughout may later say "unchanged"; else an edit made during a rejected load and
     * changed back to a good version would never be built.
     */
    private String unchangedSince(String before) {
        return before != null && before.equals(digestOrNull()) ? before : null;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName()
                : e instanceof Error ? e.getClass().getName() + ": " + e.getMessage() : e.getMessage();
        return e.getCause() == null ? message : message + ": " + e.getCause();
    }

    /** Polls the content digest of the rule files on one daemon thread and reloads when it changed and settled. */
    private final class Watcher implements Runnable {
        private final long intervalNanos;
        private final Consumer<? super ReloadResult> listener;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private final Thread thread;
        /** The digest the watcher last reloaded on (or started with); only touched by the watcher thread. */
        private String settled;
        /** A changed digest seen at the last poll, waiting to stay the same for one interval. */
        private String pending;

        Watcher(Duration interval, Consumer<? super ReloadResult> listener, String initial) {
            this.intervalNanos = interval.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE
                    : interval.toNanos();
            this.listener = listener;
            this.settled = initial;
            this.thread = new Thread(this, "foerderregeln-reload " + directory);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!stopped.await(intervalNanos, TimeUnit.NANOSECONDS)) {
                    try {
                        poll();
                    } catch (Throwable e) {
                        // Whatever went wrong in this poll (an Error of a listener, of the file
                        // system), the watcher reports it and looks again at the next interval: a
                        // dead watcher would silently never serve an edit again.
                        report(e);
                    }
                }
            } catch (InterruptedException e) {
                // Interrupted by someone else: end the watcher, as an interrupt asks, and keep the flag.
                Thread.currentThread().interrupt();
            }
        }

        /** Hands {@code failure} to the thread's {@link Thread.UncaughtExceptionHandler}, which logs it by default. */
        private void report(Throwable failure) {
            try {
                thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
            } catch (Throwable ignored) {
                // A handler that fails cannot be told; the watcher goes on all the same.
            }
        }

        private void poll() {
            String now;
            try {
                now = RuleFiles.digest(RuleFiles.read(directory));
            } catch (IOException | RuntimeException e) {
                // The same failure twice (a deleted directory) is reloaded, and so reported, once.
                now = "unreadable: " + e;
            }
            if (now.equals(settled)) {
                pending = null;
                return;
            }
            if (!now.equals(pending)) {
                pending = now;
                return;
            }
            settled = now;
            pending = null;
            ReloadResult result = reload();
            if (result.kind() != ReloadResult.Kind.UNCHANGED) {
                try {
                    listener.accept(result);
                } catch (Throwable e) {
                    report(e);
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
