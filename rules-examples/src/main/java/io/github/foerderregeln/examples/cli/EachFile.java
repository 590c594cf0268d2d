package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The loop {@code decide} and {@code settle} share: each file attempted in turn; a file that is
 * invalid input or meets an internal failure is reported on standard error and the others still
 * run; each result is printed as soon as it is made, as an element of one JSON array or as a text
 * report, so that memory does not grow with the files.
 */
final class EachFile {
    private EachFile() {
    }

    /**
     * Runs {@code attempt} on every file and prints the results. On a terminal a progress bar of
     * {@code unit} runs on standard error; each result then takes it off its line before it is
     * printed, and the problems of invalid files are held back until the bar is done, so that
     * neither breaks into the other.
     *
     * @return the exit status: {@link ExitStatus#FAILURE} after an internal failure, else
     *         {@link ExitStatus#INVALID_INPUT} after invalid input, else {@link ExitStatus#OK}
     */
    static <T> int run(List<Path> files, String unit, Function<Path, Attempt<T>> attempt, AssessCommand.Format format,
            Function<T, String> json, BiFunction<Path, T, String> text, PrintWriter out, PrintWriter err, Console console) {
        boolean invalid = false;
        boolean failed = false;
        boolean first = true;
        StringWriter heldBack = new StringWriter();
        PrintWriter problems = console.terminal() ? new PrintWriter(heldBack) : err;
        if (format == AssessCommand.Format.JSON) {
            out.print("[");
        }
        try (Progress progress = Progress.of(err, console.terminal(), unit, files.size())) {
            for (Path file : files) {
                Attempt<T> result = attempt.apply(file);
                if (result.failure() != null) {
                    console.internalFailure(problems, file + ": internal failure", result.failure());
                    failed = true;
                } else if (result.invalid()) {
                    result.lines(file).forEach(line -> Output.line(problems, line));
                    invalid = true;
                } else {
                    progress.clear();
                    if (format == AssessCommand.Format.JSON) {
                        out.print((first ? "\n  " : ",\n  ") + json.apply(result.value()).strip().replace("\n", "\n  "));
                    } else {
                        if (!first) {
                            out.println();
                        }
                        out.print(text.apply(file, result.value()));
                    }
                    // Before the bar is drawn again: on a terminal both share the screen.
                    out.flush();
                    first = false;
                }
                progress.step();
            }
            progress.clear();
            if (format == AssessCommand.Format.JSON) {
                out.println(first ? " ]" : "\n]");
            }
            out.flush();
        }
        problems.flush();
        err.print(heldBack);
        err.flush();
        return failed ? ExitStatus.FAILURE : invalid ? ExitStatus.INVALID_INPUT : ExitStatus.OK;
    }
}
