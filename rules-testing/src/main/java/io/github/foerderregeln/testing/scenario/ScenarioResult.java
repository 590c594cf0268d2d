package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of running one scenario.
 *
 * @param file the scenario file; not null
 * @param index the scenario's index when its file holds a list; null for a file of one scenario
 *        (and for a file that could not be read at all)
 * @param name the scenario's sentence, or the file name when the file could not be read; not null
 * @param status passed, failed or broken; not null
 * @param differences for a failure, each way the assessment differs from the expectation
 *        ({@code grant: expected 160000.00, got 159999.00}); for a broken file, each problem with
 *        its field; empty when passed; not null, copied
 * @param assessment the assessment the expectation was compared with, to show why a scenario
 *        failed; null when there is none (a broken file, an application rejected as invalid, a
 *        scenario about a settlement)
 * @param settlement the settlement result the expectation was compared with; null when there is
 *        none (a scenario about an application, a broken one, a settlement rejected as invalid)
 */
public record ScenarioResult(Path file, Integer index, String name, Status status, List<String> differences, Assessment assessment,
        SettlementResult settlement) {
    /** How a scenario ended. */
    public enum Status {
        /** The assessment is as expected. */
        PASSED,
        /** The assessment differs from the expectation. */
        FAILED,
        /** The scenario could not be run: the file is invalid, or its application or the rules are. */
        BROKEN
    }

    public ScenarioResult {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(status, "status must not be null");
        differences = List.copyOf(differences);
        if ((status == Status.PASSED) != differences.isEmpty()) {
            throw new IllegalArgumentException("a scenario passes exactly when nothing differs: " + status + " " + differences);
        }
        if (assessment != null && settlement != null) {
            throw new IllegalArgumentException("a scenario is about an application or a settlement, not both");
        }
    }

    /** The result of a scenario about an application. */
    public ScenarioResult(Path file, Integer index, String name, Status status, List<String> differences, Assessment assessment) {
        this(file, index, name, status, differences, assessment, null);
    }

    /** The result of a file of one scenario. */
    public ScenarioResult(Path file, String name, Status status, List<String> differences, Assessment assessment) {
        this(file, null, name, status, differences, assessment);
    }

    /** A result without an assessment. */
    public ScenarioResult(Path file, String name, Status status, List<String> differences) {
        this(file, null, name, status, differences, null);
    }

    /** This result without its assessment or settlement result, to keep once it is printed. */
    public ScenarioResult withoutAnswer() {
        return new ScenarioResult(file, index, name, status, differences, null, null);
    }

    /** Where the scenario is: its file and, in a list, the element's index ({@code limits/rate.scenario.json[2]}). */
    public String where() {
        return index == null ? file.toString() : file + "[" + index + "]";
    }

    /**
     * What the rules answered, in one line, as the reports show it under a failure
     * ({@code assessed: ELIGIBLE, grant 80000.00}, {@code settled: REFUND, finalGrant 160000.00, refund 10320.00, ...});
     * empty when there is no answer.
     */
    public Optional<String> answer() {
        return answered().map(Answer::summary);
    }

    /** The findings of the answer; empty when there is none. */
    public List<Finding> answerFindings() {
        return answered().map(Answer::findings).orElse(List.of());
    }

    Optional<Answer> answered() {
        return assessment != null ? Optional.of(Answer.of(assessment))
                : settlement != null ? Optional.of(Answer.of(settlement)) : Optional.empty();
    }

    /** Whether the assessment is as expected. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
