package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.InvalidInputException;
import io.github.foerderregeln.api.Problem;
import java.util.List;

/**
 * A grant decision or settlement that cannot be settled (docs/settlement.md, "Invalid input"):
 * every problem found, each naming its field. Thrown before any rule runs.
 */
public class InvalidSettlementException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source what was read, such as a file name or settlement id; may be null
     * @param problems every problem found; not null, not empty
     */
    public InvalidSettlementException(String source, List<Problem> problems) {
        super("settlement", source, problems);
    }
}
