package io.github.foerderregeln.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be decided: every problem found, each naming its field, thrown before any rule
 * runs, so that nothing is half-decided. {@link InvalidApplicationException} for an application,
 * {@code InvalidSettlementException} for a grant decision or settlement.
 */
public abstract class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<Problem> problems;

    /**
     * @param what what could not be read, for the message: "application", "settlement"
     * @param source what was read, such as a file name or id; may be null
     * @param problems every problem found; not null, not empty
     */
    protected InvalidInputException(String what, String source, List<Problem> problems) {
        super(describe(what, source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid " + what + " needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String what, String source, List<Problem> problems) {
        String head = (source == null ? "invalid " + what : source + ": invalid " + what)
                + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ")";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }

    /** What was read, such as a file name or id; may be null. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order of the fields; not empty. */
    public List<Problem> problems() {
        return problems;
    }
}
