package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.InvalidSettlementException;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import io.github.foerderregeln.examples.cli.ApplicationFiles.UnreadableFileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Settlement files for the commands, as {@link ApplicationFiles} for applications. */
final class SettlementFiles {
    private SettlementFiles() {
    }

    /** {@code work} done on the settlement in {@code file}, or why it could not be. */
    static <T> Attempt<T> attempt(SettlementJson reader, Path file, Function<Settlement, T> work) {
        try {
            return new Attempt<>(work.apply(read(reader, file)), List.of(), null, null);
        } catch (InvalidSettlementException e) {
            return new Attempt<>(null, e.problems(), null, null);
        } catch (UnreadableFileException e) {
            return new Attempt<>(null, List.of(), e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Attempt<>(null, List.of(), null, e);
        }
    }

    static Settlement read(SettlementJson reader, Path file) {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("is a directory, not a settlement file");
        }
        try {
            return reader.readSettlement(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("cannot be read: permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read: " + e.getMessage());
        }
    }
}
