package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.InvalidInputException;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.json.ApplicationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Application files for the commands, and the one place where what can go wrong with one becomes
 * what a command reports: a file that cannot be read or is not a valid application is invalid
 * input, named with its fields; an engine that fails on it is an internal failure.
 */
final class ApplicationFiles {
    private ApplicationFiles() {
    }

    /**
     * {@code work} done on the application in {@code file}, or why it could not be.
     *
     * @param work what to do with the application, such as assessing it; its {@link
     *        InvalidApplicationException} (a call the rules do not know) is invalid input as well
     */
    static <T> Attempt<T> attempt(ApplicationJson reader, Path file, Function<Application, T> work) {
        return attempt(file, "an application file", reader::read, work);
    }

    /** Reads what one file holds; an {@link IOException} as {@link Files} throws it. */
    interface FileReader<X> {
        X read(Path file) throws IOException;
    }

    /**
     * {@code work} done on what {@code reader} reads from {@code file} (an application, a
     * settlement), or why it could not be: invalid input ({@link InvalidInputException}, from the
     * reader or the work), a file that cannot be read, or a failure of the engine.
     *
     * @param kind the file the command expects, for a directory given instead: "an application file"
     */
    static <X, T> Attempt<T> attempt(Path file, String kind, FileReader<X> reader, Function<X, T> work) {
        try {
            return new Attempt<>(work.apply(read(file, kind, reader)), List.of(), null, null);
        } catch (InvalidInputException e) {
            return new Attempt<>(null, e.problems(), null, null);
        } catch (UnreadableFileException e) {
            return new Attempt<>(null, List.of(), e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Attempt<>(null, List.of(), null, e);
        }
    }

    /**
     * What became of one file: the work's result, or the problems of the input, or why the file
     * cannot be read, or the failure of the engine.
     *
     * @param value the work's result; null unless it was done
     * @param problems the problems of an invalid application, each naming its field; empty otherwise
     * @param unreadable why the file cannot be read; null when it could be
     * @param failure what failed while the work was done; null when nothing did
     * @param <T> the work's result
     */
    record Attempt<T>(T value, List<Problem> problems, String unreadable, Throwable failure) {
        /** Whether the input could not be used: it cannot be read or is not a valid application. */
        boolean invalid() {
            return unreadable != null || !problems.isEmpty();
        }

        /** What to tell the user about invalid input: {@code FILE: FIELD: MESSAGE} per problem, or {@code FILE: why}. */
        List<String> lines(Path file) {
            return unreadable != null ? List.of(file + ": " + unreadable)
                    : problems.stream().map(problem -> file + ": " + problem).toList();
        }

        /** The problems of invalid input as fields: an unreadable file is a problem of its field {@code file}. */
        List<Problem> asProblems() {
            return unreadable != null ? List.of(new Problem("file", unreadable)) : problems;
        }
    }

    /**
     * What {@code reader} reads from {@code file}.
     *
     * @throws UnreadableFileException when it is a directory, missing or not readable, with the reason
     */
    static <X> X read(Path file, String kind, FileReader<X> reader) {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("is a directory, not " + kind);
        }
        try {
            return reader.read(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("cannot be read: permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read: " + e.getMessage());
        }
    }

    /**
     * The application files an argument names: a file is itself; a directory gives all its
     * {@code *.json} files, sorted by name (not its subdirectories), as {@code diff} reads them.
     *
     * @throws IOException when the directory cannot be listed
     */
    static List<Path> expand(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> entries = Files.list(input)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".json") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The files of all arguments, each {@link #expand expanded}; an argument that cannot be listed or
     * is an empty directory is told on {@code err} and left out.
     *
     * @return the files, and whether any argument was such invalid input
     */
    static Expanded expandAll(List<Path> inputs, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        boolean invalid = false;
        for (Path input : inputs) {
            try {
                List<Path> found = expand(input);
                if (found.isEmpty()) {
                    Output.line(err, input + ": a directory without *.json application files");
                    invalid = true;
                }
                files.addAll(found);
            } catch (IOException e) {
                Output.line(err, input + ": cannot be read: " + e.getMessage());
                invalid = true;
            }
        }
        return new Expanded(files, invalid);
    }

    /** The files of {@link #expandAll}, and whether an argument gave none because it was invalid. */
    record Expanded(List<Path> files, boolean invalid) {
    }

    /** A file that cannot be read, with the reason as its message (no stack trace: it is the user's input). */
    static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String reason) {
            super(reason, null, false, false);
        }
    }
}
