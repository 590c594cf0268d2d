package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario about a settlement, read and checked: what is expected of settling it.
 *
 * @param file the scenario file; not null
 * @param index the scenario's index in its file when the file holds a list; null otherwise; never negative
 * @param name the behaviour sentence, the test's name; not null
 * @param note the author's note (typically the arithmetic behind the expected figures); may be null
 * @param settlementJson the settlement in the JSON form of docs/json-format.md, a base already changed; not null
 * @param expect what the settlement result must show; not null
 */
public record SettlementScenario(Path file, Integer index, String name, String note, String settlementJson,
        SettlementExpectation expect) implements ScenarioCase {
    public SettlementScenario {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(settlementJson, "settlementJson must not be null");
        Objects.requireNonNull(expect, "expect must not be null");
        if (index != null && index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
    }

    /**
     * What settling must show. Either {@code invalidFields} is given (the settlement must be
     * rejected as invalid input naming exactly these fields) or {@code outcome} and
     * {@code finalGrant} are; every other part is optional and checked only when given.
     *
     * @param outcome the settlement outcome; null only when {@code invalidFields} is given
     * @param amounts the amounts stated, by their field in the settlement result ({@code finalGrant}
     *        always, {@code refund}, {@code remainingPayment}, {@code refundInterest},
     *        {@code lateUseInterest} when given), compared by value; not null, copied in order
     * @param rulesFired the exact set of rule ids that fired; null when not checked
     * @param findings every finding as rule id and severity, as a multiset; null when not checked
     * @param includesFindings rule ids that must have at least one finding; not null
     * @param excludesFindings rule ids that must have no finding; not null
     * @param invalidFields the fields an invalid settlement must be rejected for; null unless expected
     */
    public record SettlementExpectation(SettlementOutcome outcome, Map<String, BigDecimal> amounts, List<String> rulesFired,
            List<ExpectedFinding> findings, List<String> includesFindings, List<String> excludesFindings,
            List<String> invalidFields) implements Expected {
        /** The amounts a settlement expectation may state, in the order of the settlement result. */
        public static final List<String> AMOUNTS = List.of("finalGrant", "refund", "remainingPayment", "refundInterest",
                "lateUseInterest");

        public SettlementExpectation {
            amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
            if (!AMOUNTS.containsAll(amounts.keySet())) {
                throw new IllegalArgumentException("unknown amounts: " + amounts.keySet() + "; known: " + AMOUNTS);
            }
            rulesFired = rulesFired == null ? null : List.copyOf(rulesFired);
            findings = findings == null ? null : List.copyOf(findings);
            includesFindings = List.copyOf(includesFindings);
            excludesFindings = List.copyOf(excludesFindings);
            invalidFields = invalidFields == null ? null : List.copyOf(invalidFields);
            if (invalidFields == null && (outcome == null || !amounts.containsKey("finalGrant"))) {
                throw new IllegalArgumentException("an expectation needs an outcome and a final grant, or invalid fields");
            }
        }

        @Override
        public Map<String, String> codes() {
            return outcome == null ? Map.of() : Map.of("outcome", outcome.name());
        }
    }
}
