/**
 * Förderregeln's tools for testing policy changes, on any {@link io.github.foerderregeln.api.FundingRules}:
 * scenario files and their runner ({@code testing.scenario}) with a JUnit 5 entry point
 * ({@code testing.scenario.junit}, which needs {@code junit-jupiter-api}), the policy diff and its
 * text, JSON and HTML reports ({@code testing.diff}), and a generated corpus of applications read
 * from a call's parameters ({@code testing.corpus}).
 */
module io.github.foerderregeln.testing {
    requires transitive io.github.foerderregeln.api;
    requires com.fasterxml.jackson.databind;
    requires java.xml;
    requires static org.junit.jupiter.api;
    requires static org.opentest4j;

    exports io.github.foerderregeln.testing.corpus;
    exports io.github.foerderregeln.testing.diff;
    exports io.github.foerderregeln.testing.scenario;
    exports io.github.foerderregeln.testing.scenario.junit;
}
