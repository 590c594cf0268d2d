package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A grant decision or settlement that cannot be settled (docs/settlement.md, "Invalid input"):
 * every problem found, each naming its field. Thrown before any rule runs.
 */
public class InvalidSettlementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<Problem> problems;

    /**
     * @param source what was read, such as a file name or settlement id; may be null
     * @param problems every problem found; not null, not empty
     */
    public InvalidSettlementException(String source, List<Problem> problems) {
        super(describe(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid settlement needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String source, List<Problem> problems) {
        String head = (source == null ? "invalid settlement" : source + ": invalid settlement")
                + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ")";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }

    /** What was read, such as a file name or settlement id; may be null. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order of the fields; not empty. */
    public List<Problem> problems() {
        return problems;
    }
}
