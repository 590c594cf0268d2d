package io.github.foerderregeln.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for long runs ({@code diff}, {@code test}, {@code generate},
 * {@code decide}, {@code settle}):
 * {@code [#########...........]  4,512/10,000 applications  1,830/s  3s left}. It is drawn only
 * when standard error is a terminal; in CI logs and pipes it writes nothing at all, so that logs
 * stay readable and output stays parseable. Safe to {@link #step()} from several threads.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintWriter err;
    private final boolean shown;
    private final String unit;
    private final long total;
    private final LongSupplier clock;
    private final long started;
    private final AtomicLong done = new AtomicLong();
    private long lastDrawn;
    /** How many characters of the bar stand on the terminal's current line; 0 when none. */
    private int drawnLength;

    Progress(PrintWriter err, boolean terminal, String unit, long total, LongSupplier nanoClock) {
        this.err = err;
        this.shown = terminal && total > 0;
        this.unit = unit;
        this.total = total;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastDrawn = started - REDRAW_NANOS;
    }

    /** A bar for {@code total} things called {@code unit}, drawn on {@code err} only when {@code terminal}. */
    static Progress of(PrintWriter err, boolean terminal, String unit, long total) {
        return new Progress(err, terminal, unit, total, System::nanoTime);
    }

    /** One more done; redraws at most ten times a second. */
    void step() {
        long now = done.incrementAndGet();
        if (shown) {
            redraw(now, false);
        }
    }

    private synchronized void redraw(long count, boolean last) {
        long time = clock.getAsLong();
        if (!last && time - lastDrawn < REDRAW_NANOS && count < total) {
            return;
        }
        lastDrawn = time;
        String line = line(count, time - started);
        // Padded over a longer line drawn before ("10s left" then "9s left"), so that no character of it is left behind.
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        drawnLength = line.length();
        if (last) {
            err.println();
            drawnLength = 0;
        }
        err.flush();
    }

    /**
     * Takes the bar off its line, so that output to the same terminal (a result on standard
     * output) starts on a clean line; the next {@link #step()} draws it again below.
     */
    synchronized void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
            lastDrawn = clock.getAsLong() - REDRAW_NANOS;
        }
    }

    /** The bar's text after {@code count} of the total in {@code elapsedNanos}. */
    String line(long count, long elapsedNanos) {
        int filled = (int) Math.min(WIDTH, count * WIDTH / Math.max(1, total));
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? count / seconds : 0;
        StringBuilder line = new StringBuilder("[")
                .append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                .append(String.format(Locale.ROOT, "%,d/%,d %s  %,.0f/s", count, total, unit, rate));
        if (count < total && rate > 0) {
            line.append(String.format(Locale.ROOT, "  %,.0fs left", Math.ceil((total - count) / rate)));
        }
        return line.toString();
    }

    /** Draws the final state and ends the line; nothing when not shown. */
    @Override
    public void close() {
        if (shown) {
            redraw(done.get(), true);
        }
    }
}
