package io.github.foerderregeln.api;

import java.util.List;

/**
 * An application that cannot be assessed (docs/rules.md, "Invalid input"): every problem found, each naming its
 * field. Thrown before any rule runs, so nothing is half-assessed. Legal ineligibility is never
 * reported this way; it is an {@link Outcome}.
 */
public class InvalidApplicationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source what was read, such as a file name or application id; may be null
     * @param problems every problem found; not null, not empty
     */
    public InvalidApplicationException(String source, List<Problem> problems) {
        super("application", source, problems);
    }
}
