package io.github.foerderregeln.testing.diff;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The one way the diff reports become strings: each writes to a {@link Writer}, and a string is a writer in memory. */
final class ReportText {
    private ReportText() {
    }

    /** A report's {@code write(result, out)} method. */
    @FunctionalInterface
    interface Report<R> {
        void write(R result, Writer out) throws IOException;
    }

    /** What {@code report} writes for {@code result}, as a string. */
    static <R> String of(R result, Report<R> report) {
        StringWriter out = new StringWriter();
        try {
            report.write(result, out);
        } catch (IOException e) {
            // A StringWriter does not fail; a report that does is a fault of its own.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
