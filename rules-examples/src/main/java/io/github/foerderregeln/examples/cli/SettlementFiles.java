package io.github.foerderregeln.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.examples.cli.ApplicationFiles.Attempt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** Settlement files for the commands, as {@link ApplicationFiles} for applications. */
final class SettlementFiles {
    private SettlementFiles() {
    }

    /**
     * Whether {@code file} holds a settlement rather than an application: a JSON object with a
     * {@code grantDecision}, which no application has. A file that cannot be read or is no JSON
     * object is not one; the application reader then says what is wrong with it.
     */
    static boolean isSettlement(Path file) {
        JsonTree tree = new JsonTree();
        try {
            byte[] json = tree.read(file, "$");
            JsonNode root = json == null ? null : tree.parse(json);
            return root != null && root.isObject() && root.has("grantDecision");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code work} done on the settlement in {@code file}, or why it could not be. */
    static <T> Attempt<T> attempt(SettlementJson reader, Path file, Function<Settlement, T> work) {
        return ApplicationFiles.attempt(file, "a settlement file", reader::readSettlement, work);
    }
}
