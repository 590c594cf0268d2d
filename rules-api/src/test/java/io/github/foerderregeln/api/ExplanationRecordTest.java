package io.github.foerderregeln.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.json.ExplanationJson;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Explanation#of}, the default {@link FundingRules#explain} and the hints of a
 * {@link Finding}, without an engine: the Haldensleben figures of docs/rules.md, "Real cases"
 * (0.80 x 212,900.00 = 170,320.00, tied with the amount requested; RATE binds).
 */
class ExplanationRecordTest {
    private static final Finding RATE_BINDS = new Finding("RDZ-GRANT-RATE", Severity.INFO, "begrenzt", "limited",
            "Zuschuss max. 80 %", Map.of("grant", new BigDecimal("170320.00")), "mehr braucht", "more needs");
    private static final Finding NETWORK = new Finding("RDZ-NETWORK", Severity.WARNING, "Netzwerk", "network",
            "Förderaufruf: Vernetzung", Map.of());

    private static Assessment haldensleben() {
        BigDecimal grant = new BigDecimal("170320.00");
        Amounts amounts = new Amounts(new BigDecimal("212900.00"), new BigDecimal("212900.00"), new BigDecimal("0.00"),
                grant, new BigDecimal("42580.00"), new BigDecimal("0.8000"),
                List.of(new Limit(LimitKind.RATE, grant, "RDZ-GRANT-RATE"),
                        new Limit(LimitKind.CEILING, new BigDecimal("200000.00"), "RDZ-GRANT-CEILING"),
                        new Limit(LimitKind.REQUESTED, grant, "RDZ-GRANT-REQUESTED")),
                LimitKind.RATE);
        return new Assessment("haldensleben-2019", "rdz-lsa-2018", "2018.1", "bundled@0123456789ab", Outcome.ELIGIBLE,
                amounts, List.of(RATE_BINDS, NETWORK), List.of("RDZ-GRANT-CEILING", "RDZ-GRANT-RATE", "RDZ-NETWORK"));
    }

    @Test
    void theBindingLimitIsMarkedAndEachRuleTakesTheReferenceOfItsFindingOrOfTheRuleSet() {
        Explanation explanation = Explanation.of(haldensleben(), Map.of("RDZ-GRANT-CEILING", "Pressemitteilungen 2019"));

        assertThat(explanation.limits()).extracting(Explanation.ExplainedLimit::binding).containsExactly(true, false, false);
        assertThat(explanation.limits()).extracting(Explanation.ExplainedLimit::reference)
                .containsExactly("Zuschuss max. 80 %", "Pressemitteilungen 2019", "");
        assertThat(explanation.rulesFired()).containsExactly(
                new Explanation.FiredRule("RDZ-GRANT-CEILING", "Pressemitteilungen 2019"),
                new Explanation.FiredRule("RDZ-GRANT-RATE", "Zuschuss max. 80 %"),
                new Explanation.FiredRule("RDZ-NETWORK", "Förderaufruf: Vernetzung"));
        assertThat(explanation.changes()).singleElement().satisfies(change -> {
            assertThat(change.ruleId()).isEqualTo("RDZ-GRANT-RATE");
            assertThat(change.hint(Language.DE)).isEqualTo("mehr braucht");
            assertThat(change.hint(Language.EN)).isEqualTo("more needs");
            assertThat(change.figures()).containsEntry("grant", new BigDecimal("170320.00"));
        });
        assertThat(explanation.binding()).map(Explanation.ExplainedLimit::kind).contains(LimitKind.RATE);
    }

    @Test
    void theDefaultExplainOfTheFacadeIsBuiltFromItsAssessment() {
        FundingRules rules = new FundingRules() {
            @Override
            public Assessment assess(Application application) {
                return haldensleben();
            }

            @Override
            public List<Assessment> assessAll(Collection<? extends Application> applications) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stream<Assessment> assessAll(Stream<? extends Application> applications) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<String> callIds() {
                return Set.of("rdz-lsa-2018");
            }

            @Override
            public Optional<FundingCall> call(String id) {
                return Optional.empty();
            }

            @Override
            public String ruleSetId() {
                return "bundled@0123456789ab";
            }
        };

        Explanation explanation = rules.explain((Application) null);

        assertThat(explanation).isEqualTo(Explanation.of(haldensleben(), Map.of()));
        // without the rule set's references, a rule without findings has none
        assertThat(explanation.rulesFired().get(0)).isEqualTo(new Explanation.FiredRule("RDZ-GRANT-CEILING", ""));
    }

    @Test
    void aFindingHasAHintInBothLanguagesOrInNone() {
        assertThat(NETWORK.hint(Language.DE)).isEmpty();
        assertThat(RATE_BINDS.hint(Language.EN)).contains("more needs");
        assertThatThrownBy(() -> new Finding("RDZ-X", Severity.INFO, "de", "en", "ref", Map.of(), "nur deutsch", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both languages");
    }

    @Test
    void theJsonOfAnExplanationHasTheHintInTheLanguageAskedFor() {
        String json = ExplanationJson.toJson(Explanation.of(haldensleben(), Map.of()), Language.EN);

        assertThat(json).contains("\"assessment\" : {", "\"hint\" : \"more needs\"", "\"binding\" : true",
                "\"reference\" : \"\"");
        assertThat(json).doesNotContain("mehr braucht");
    }
}
