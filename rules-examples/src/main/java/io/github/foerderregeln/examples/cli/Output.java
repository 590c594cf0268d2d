package io.github.foerderregeln.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * What every command writes goes through here: standard output whose failures are seen (a full
 * disk, {@code > /dev/full}, a reader that went away), and text from the input (file names,
 * application ids, scenario names, field names, messages quoting a value) made safe for a
 * terminal or a log before it is printed: no control character, no line break, no bidirectional
 * override from a file can move the cursor, forge a line or recolour the screen.
 */
final class Output {
    private Output() {
    }

    /**
     * Standard output in UTF-8 that reports a failed write through {@link PrintWriter#checkError()}.
     * {@code System.out} would swallow it: a {@link java.io.PrintStream} keeps its errors to itself.
     */
    static PrintWriter standardOutput() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8)), true);
    }

    /**
     * The exit status of a command that ended with {@code status}, once its standard output is
     * known to be written: {@link ExitStatus#FAILURE} with a line on standard
     * error when it could not be, whatever the command would have said, since its output is lost.
     */
    static int checked(CommandLine commandLine, int status) {
        if (!commandLine.getOut().checkError()) {
            return status;
        }
        PrintWriter err = commandLine.getErr();
        err.println("foerderregeln: standard output cannot be written (a full disk, or no one reading it):"
                + " the output is incomplete");
        err.flush();
        return ExitStatus.FAILURE;
    }

    /** Prints {@code text} as one line on {@code writer}, made {@linkplain #visible visible}. */
    static void line(PrintWriter writer, String text) {
        writer.println(visible(text));
    }

    /**
     * {@code text} with every character that would act on a terminal or split a log line written
     * out instead: {@code \n}, {@code \r}, {@code \t} and {@code \}{@code uXXXX} for other control
     * characters (C0, DEL, C1), lone surrogates, line and paragraph separators and bidirectional
     * formatting characters. Text without them comes back as it is.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            String replacement = pair ? null : replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement == null ? String.valueOf(c) : replacement);
            }
            if (pair) {
                i++;
                if (out != null) {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** What stands for {@code c}, or null when it is printed as it is; a lone surrogate cannot be printed at all. */
    private static String replacement(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean unsafe = Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
        return unsafe ? String.format("\\u%04X", (int) c) : null;
    }
}
