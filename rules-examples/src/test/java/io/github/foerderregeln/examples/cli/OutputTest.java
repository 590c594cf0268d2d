package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.FundingRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * What the commands print is checked and safe: a failed write of standard output is exit status
 * 1 with one line, and text from the input cannot act on a terminal or forge a log line.
 */
class OutputTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text äöü €                 | plain text äöü €
            line\\nbreak                     | line\\\\nbreak
            carriage\\rreturn\\ttab          | carriage\\\\rreturn\\\\ttab
            escape\\u001B[31mred             | escape\\\\u001B[31mred
            bell\\u0007 nul\\u0000 del\\u007F | bell\\\\u0007 nul\\\\u0000 del\\\\u007F
            c1\\u009B2J                      | c1\\\\u009B2J
            bidi\\u202Eevil\\u2066            | bidi\\\\u202Eevil\\\\u2066
            separators\\u2028\\u2029          | separators\\\\u2028\\\\u2029
            lone\\uD800 high                 | lone\\\\uD800 high
            lone\\uDC00 low                  | lone\\\\uDC00 low
            pair\\uD83D\\uDE00               | pair\\uD83D\\uDE00
            """)
    void controlCharactersAreWrittenOutAndEverythingElseIsLeftAsItIs(String input, String expected) {
        assertThat(Output.visible(unescape(input))).isEqualTo(unescape(expected));
    }

    /** The table's {@code \n} and {@code \\uXXXX} as the characters they name; {@code \\\\} as one backslash. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    @Test
    void textWithoutSuchCharactersIsTheSameString() {
        String text = "haldensleben-2019: ERGEBNIS: ELIGIBLE";

        assertThat(Output.visible(text)).isSameAs(text);
    }

    /** A writer that fails as a full disk does, after {@code accepted} characters. */
    private static Writer full(int accepted) {
        AtomicInteger left = new AtomicInteger(accepted);
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                if (left.addAndGet(-length) < 0) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static CommandRun runInto(Writer out, String... args) {
        CommandLine commandLine = FoerderregelnCommand.commandLine(FundingRules::load, Map.of());
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new CommandRun(commandLine.execute(args), "", err.toString());
    }

    @Test
    @DisplayName("assess into a full disk: exit 1 and one line, not exit 0 and lost output")
    void outputThatCannotBeWrittenIsExitOneWithOneLine() {
        for (String format : new String[] {"text", "json"}) {
            CommandRun run = runInto(full(100), "assess", "--format", format, HALDENSLEBEN.toString());

            assertThat(run.exitStatus()).as(format).isEqualTo(1);
            assertThat(run.errLines()).as(format).containsExactly("foerderregeln: standard output cannot be written"
                    + " (a full disk, or no one reading it): the output is incomplete");
        }
    }

    @Test
    void outputThatCannotBeWrittenOutweighsInvalidInput() {
        CommandRun run = runInto(full(0), "assess", CommandRun.INVALID.resolve("zero-cost-item.json").toString(),
                HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2).last().asString().startsWith("foerderregeln: standard output cannot be written");
    }

    @Test
    void assessStopsOnceItsOutputIsLost() {
        AtomicInteger assessed = new AtomicInteger();
        FundingRules bundled = FundingRules.load();
        CommandLine commandLine = FoerderregelnCommand.commandLine(() -> new CountingRules(bundled, assessed), Map.of());
        commandLine.setOut(new PrintWriter(full(0), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        String[] args = new String[12];
        args[0] = "assess";
        args[1] = "--format";
        args[2] = "json";
        java.util.Arrays.fill(args, 3, args.length, HALDENSLEBEN.toString());

        assertThat(commandLine.execute(args)).isEqualTo(1);
        assertThat(assessed).as("nobody reads the rest: it is not assessed").hasValue(1);
    }

    /** The bundled rules, counting assessments. */
    private record CountingRules(FundingRules rules, AtomicInteger count) implements FundingRules {
        @Override
        public io.github.foerderregeln.api.Assessment assess(io.github.foerderregeln.api.Application application) {
            count.incrementAndGet();
            return rules.assess(application);
        }

        @Override
        public java.util.List<io.github.foerderregeln.api.Assessment> assessAll(
                java.util.Collection<? extends io.github.foerderregeln.api.Application> applications) {
            return rules.assessAll(applications);
        }

        @Override
        public java.util.stream.Stream<io.github.foerderregeln.api.Assessment> assessAll(
                java.util.stream.Stream<? extends io.github.foerderregeln.api.Application> applications) {
            return rules.assessAll(applications);
        }

        @Override
        public java.util.Set<String> callIds() {
            return rules.callIds();
        }

        @Override
        public java.util.Optional<io.github.foerderregeln.api.FundingCall> call(String id) {
            return rules.call(id);
        }

        @Override
        public String ruleSetId() {
            return rules.ruleSetId();
        }
    }
}
