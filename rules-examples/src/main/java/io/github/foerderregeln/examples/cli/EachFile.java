package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.PrintWriter;
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
     * Runs {@code attempt} on every file and prints the results.
     *
     * @return the exit status: {@link ExitStatus#FAILURE} after an internal failure, else
     *         {@link ExitStatus#INVALID_INPUT} after invalid input, else {@link ExitStatus#OK}
     */
    static <T> int run(List<Path> files, Function<Path, Attempt<T>> attempt, AssessCommand.Format format,
            Function<T, String> json, BiFunction<Path, T, String> text, PrintWriter out, PrintWriter err, Console console) {
        boolean invalid = false;
        boolean failed = false;
        boolean first = true;
        if (format == AssessCommand.Format.JSON) {
            out.print("[");
        }
        for (Path file : files) {
            Attempt<T> result = attempt.apply(file);
            if (result.failure() != null) {
                console.internalFailure(err, file + ": internal failure", result.failure());
                failed = true;
                continue;
            }
            if (result.invalid()) {
                result.lines(file).forEach(line -> Output.line(err, line));
                invalid = true;
                continue;
            }
            if (format == AssessCommand.Format.JSON) {
                out.print((first ? "\n  " : ",\n  ") + json.apply(result.value()).strip().replace("\n", "\n  "));
            } else {
                if (!first) {
                    out.println();
                }
                out.print(text.apply(file, result.value()));
            }
            first = false;
        }
        err.flush();
        if (format == AssessCommand.Format.JSON) {
            out.println(first ? " ]" : "\n]");
        }
        out.flush();
        return failed ? ExitStatus.FAILURE : invalid ? ExitStatus.INVALID_INPUT : ExitStatus.OK;
    }
}
