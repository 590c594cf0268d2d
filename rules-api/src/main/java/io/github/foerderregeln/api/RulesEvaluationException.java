package io.github.foerderregeln.api;

/**
 * The rule engine failed while assessing a valid application. Never a legal result: the
 * application was not assessed, and the cause says why.
 */
public class RulesEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done; not null
     * @param cause the engine's failure; may be null
     */
    public RulesEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
