package io.github.foerderregeln.testing.scenario;

import java.nio.file.Path;

/**
 * One scenario of a scenario file, read and checked: about an application ({@link Scenario}) or
 * about a settlement ({@link SettlementScenario}).
 */
public sealed interface ScenarioCase permits Scenario, SettlementScenario {
    /** The scenario file. */
    Path file();

    /** The scenario's index in its file when the file holds a list; null for a file of one scenario. */
    Integer index();

    /** The behaviour sentence, the test's name. */
    String name();

    /** The author's note, typically the arithmetic behind the expected figures; may be null. */
    String note();

    /** Where the scenario is: its file and, in a list, the element's index ({@code limits/rate.scenario.json[2]}). */
    default String where() {
        return index() == null ? file().toString() : file() + "[" + index() + "]";
    }
}
