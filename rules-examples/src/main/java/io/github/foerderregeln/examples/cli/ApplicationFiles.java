package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.json.ApplicationJson;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading application files for the commands: a file that cannot be read is invalid input, not a failure. */
final class ApplicationFiles {
    private ApplicationFiles() {
    }

    /**
     * The application in {@code file}.
     *
     * @throws UnreadableFileException when it is a directory, missing or not readable, with the reason
     */
    static Application read(ApplicationJson reader, Path file) {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("is a directory, not an application file");
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

    /** A file that cannot be read, with the reason as its message (no stack trace: it is the user's input). */
    static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String reason) {
            super(reason, null, false, false);
        }
    }
}
