package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario about an application, read and checked: what is expected of its assessment.
 *
 * @param file the scenario file; not null
 * @param index the scenario's index in its file when the file holds a list of scenarios; null
 *        for a file of one scenario; never negative
 * @param name the behaviour sentence, the test's name; not null, not blank
 * @param note the author's note (typically the arithmetic behind the expected figures); may be null
 * @param applicationJson the application in the JSON form of docs/json-format.md, a base already
 *        changed; it is read by the runner, with the call ids of the rules it runs with; not null
 * @param expect what the assessment must show; not null
 */
public record Scenario(Path file, Integer index, String name, String note, String applicationJson, Expectation expect)
        implements ScenarioCase {
    public Scenario {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(applicationJson, "applicationJson must not be null");
        Objects.requireNonNull(expect, "expect must not be null");
        if (index != null && index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
    }

    /** A file of one scenario. */
    public Scenario(Path file, String name, String note, String applicationJson, Expectation expect) {
        this(file, null, name, note, applicationJson, expect);
    }


    /**
     * What the assessment must show. Either {@code invalidFields} is given (the application must
     * be rejected as invalid input naming exactly these fields) or {@code outcome} and {@code grant}
     * are; every other part is optional and checked only when given.
     *
     * @param outcome the outcome; null only when {@code invalidFields} is given
     * @param grant the grant, compared by value ({@code 200000} equals {@code 200000.00}); null only
     *        when {@code invalidFields} is given
     * @param rulesFired the exact set of rule ids that fired (order ignored); null when not checked
     * @param findings every finding as rule id and severity, as a multiset (order ignored); null
     *        when not checked
     * @param includesFindings rule ids that must have at least one finding; not null, may be empty
     * @param excludesFindings rule ids that must have no finding; not null, may be empty
     * @param invalidFields the fields an invalid application must be rejected for; null unless expected
     */
    public record Expectation(Outcome outcome, BigDecimal grant, List<String> rulesFired,
            List<ExpectedFinding> findings, List<String> includesFindings, List<String> excludesFindings,
            List<String> invalidFields) implements Expected {
        public Expectation {
            rulesFired = rulesFired == null ? null : List.copyOf(rulesFired);
            findings = findings == null ? null : List.copyOf(findings);
            includesFindings = List.copyOf(includesFindings);
            excludesFindings = List.copyOf(excludesFindings);
            invalidFields = invalidFields == null ? null : List.copyOf(invalidFields);
            if (invalidFields == null && (outcome == null || grant == null)) {
                throw new IllegalArgumentException("an expectation needs an outcome and a grant, or invalid fields");
            }
        }

        @Override
        public Map<String, String> codes() {
            return outcome == null ? Map.of() : Map.of("outcome", outcome.name());
        }

        @Override
        public Map<String, BigDecimal> amounts() {
            return grant == null ? Map.of() : Map.of("grant", grant);
        }
    }

    /**
     * A finding expected: its rule id and severity.
     *
     * @param ruleId the rule id; not null
     * @param severity the severity; not null
     */
    public record ExpectedFinding(String ruleId, Severity severity) {
        public ExpectedFinding {
            Objects.requireNonNull(ruleId, "ruleId must not be null");
            Objects.requireNonNull(severity, "severity must not be null");
        }

        @Override
        public String toString() {
            return ruleId + " " + severity;
        }
    }
}
