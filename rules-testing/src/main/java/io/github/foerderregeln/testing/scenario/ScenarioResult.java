package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.Assessment;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 *        failed; null when there is none (a broken file, an application rejected as invalid)
 */
public record ScenarioResult(Path file, Integer index, String name, Status status, List<String> differences, Assessment assessment) {
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
    }

    /** The result of a file of one scenario. */
    public ScenarioResult(Path file, String name, Status status, List<String> differences, Assessment assessment) {
        this(file, null, name, status, differences, assessment);
    }

    /** A result without an assessment. */
    public ScenarioResult(Path file, String name, Status status, List<String> differences) {
        this(file, null, name, status, differences, null);
    }

    /** This result without its assessment, to keep once it is printed. */
    public ScenarioResult withoutAssessment() {
        return new ScenarioResult(file, index, name, status, differences, null);
    }

    /** Where the scenario is: its file and, in a list, the element's index ({@code limits/rate.scenario.json[2]}). */
    public String where() {
        return Scenario.where(file, index);
    }

    /** Whether the assessment is as expected. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
