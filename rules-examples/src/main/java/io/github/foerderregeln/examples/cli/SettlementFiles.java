package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.nio.file.Path;
import java.util.function.Function;

/** Settlement files for the commands, as {@link ApplicationFiles} for applications. */
final class SettlementFiles {
    private SettlementFiles() {
    }

    /** {@code work} done on the settlement in {@code file}, or why it could not be. */
    static <T> Attempt<T> attempt(SettlementJson reader, Path file, Function<Settlement, T> work) {
        return ApplicationFiles.attempt(file, "a settlement file", reader::readSettlement, work);
    }
}
