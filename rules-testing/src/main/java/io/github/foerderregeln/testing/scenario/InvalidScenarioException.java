package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be run: every problem found, each naming its JSON path in the
 * scenario file ({@code expect.grant}, {@code changes.costs[0].amount}, ...).
 */
public class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<Problem> problems;

    /**
     * @param file the scenario file; not null
     * @param problems every problem; not null, not empty
     */
    public InvalidScenarioException(String file, List<Problem> problems) {
        super(problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n",
                file + ": invalid scenario (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ")\n", "")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid scenario needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The scenario file. */
    public String file() {
        return file;
    }

    /** Every problem, each naming its field. */
    public List<Problem> problems() {
        return problems;
    }
}
