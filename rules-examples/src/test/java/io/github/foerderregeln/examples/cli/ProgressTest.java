package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar is for a person at a terminal: counts, rate and time left, and nothing in logs or pipes. */
class ProgressTest {
    private final StringWriter written = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private Progress progress(boolean terminal, long total) {
        return new Progress(new PrintWriter(written), terminal, "applications", total, clock::get);
    }

    /** Three applications of three, one every half second, and the bar closed. */
    private void threeStepsHalfASecondApart() {
        try (Progress progress = progress(true, 3)) {
            for (int i = 0; i < 3; i++) {
                clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
                progress.step();
            }
        }
    }

    @Test
    void showsCountsRateAndTimeLeft() {
        Progress progress = progress(true, 1000);

        assertThat(progress.line(250, TimeUnit.SECONDS.toNanos(2)))
                .isEqualTo("[#######.....................] 250/1,000 applications  125/s  6s left");
    }

    @Test
    void theLastLineIsAFullBarWithoutTimeLeftAndEndsTheLine() {
        threeStepsHalfASecondApart();

        String last = written.toString().substring(written.toString().lastIndexOf('\r') + 1);
        assertThat(last).isEqualTo("[############################] 3/3 applications  2/s" + System.lineSeparator());
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        try (Progress progress = progress(true, 10_000)) {
            for (int i = 0; i < 10_000; i++) {
                clock.addAndGet(TimeUnit.MICROSECONDS.toNanos(100));
                progress.step();
            }
        }

        // One second of work: the first step, one redraw per tenth of a second, and the final line.
        assertThat(written.toString().chars().filter(c -> c == '\r').count()).isBetween(2L, 12L);
    }

    @Test
    void aShorterLineCoversEveryCharacterOfTheLongerOneBefore() {
        threeStepsHalfASecondApart();

        // Drawn after each step and once more on close: the full bar loses "  1s left" and pads over it.
        String[] drawn = written.toString().split("\r", -1);
        assertThat(drawn[2]).endsWith("2/3 applications  2/s  1s left");
        assertThat(drawn[3]).startsWith("[############################] 3/3 applications  2/s ").hasSameSizeAs(drawn[2]);
        assertThat(drawn[3].strip()).isEqualTo("[############################] 3/3 applications  2/s");
    }

    @Test
    void clearingTakesTheBarOffItsLineAndTheNextStepDrawsItAgainAtOnce() {
        try (Progress progress = progress(true, 10)) {
            progress.step();
            String bar = written.toString().substring(1);
            assertThat(bar).startsWith("[##..........................] 1/10 applications");

            progress.clear();
            assertThat(written.toString()).isEqualTo("\r" + bar + "\r" + " ".repeat(bar.length()) + "\r");

            // No time has passed, yet the bar is drawn again: nothing else would show it until the next tenth of a second.
            progress.step();
            assertThat(written.toString()).endsWith("\r[#####.......................] 2/10 applications  0/s");
        }
    }

    @Test
    void clearingWhatIsNotDrawnWritesNothing() {
        try (Progress progress = progress(false, 10)) {
            progress.step();
            progress.clear();
        }
        Progress shown = progress(true, 10);
        shown.clear();

        assertThat(written.toString()).isEmpty();
    }

    @Test
    void writesNothingWhenStandardErrorIsNotATerminal() {
        try (Progress progress = progress(false, 5)) {
            for (int i = 0; i < 5; i++) {
                progress.step();
            }
        }

        assertThat(written.toString()).isEmpty();
    }
}
