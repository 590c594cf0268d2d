/**
 * Förderregeln's API: what an application embedding the library calls. Exported: the records,
 * the {@link io.github.foerderregeln.api.FundingRules} façade, results and exceptions (package
 * {@code api}, also the facts rule authors use in DRL, such as {@code CallTerms}), the JSON of
 * applications, assessments, explanations and calls ({@code api.json}), and the service interface
 * an engine implements ({@code api.spi}). The helpers in {@code api.internal} are shared only with
 * the project's own modules; they may change in any release.
 *
 * <p>The engine ({@code rules-drools}, automatic module {@code io.github.foerderregeln.drools}) is
 * found through {@link java.util.ServiceLoader}; nothing here depends on it.
 */
module io.github.foerderregeln.api {
    requires com.fasterxml.jackson.databind;

    exports io.github.foerderregeln.api;
    exports io.github.foerderregeln.api.json;
    exports io.github.foerderregeln.api.spi;
    exports io.github.foerderregeln.api.settlement;
    // A new package of the API (such as the settlement records) is exported here; ModuleFacesTest
    // fails for a package that is neither exported nor internal.
    exports io.github.foerderregeln.api.internal to
            io.github.foerderregeln.drools, io.github.foerderregeln.testing, io.github.foerderregeln.examples;

    uses io.github.foerderregeln.api.spi.FundingRulesProvider;
}
